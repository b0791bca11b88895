/** The preview's "sample with hostile text" (?workbook=hostile), which the security e2e test opens. */
import sampleJson from "../../seeds/llr-m7-sample.snapshot.json";
import { validate } from "../../src/domain/validation/validate";
import { HOSTILE_TEXT, hostileWorkbook } from "../../src/preview/hostileWorkbook";
import { previewWorkbook } from "../../src/preview/sampleWorkbooks";
import { PREVIEW_WORKBOOKS, previewWorkbookFromQuery } from "../../src/preview/workbookChoices";
import { parseA1 } from "../../src/workbook/a1";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";

const sample = sampleJson as unknown as WorkbookSnapshot;
const { snapshot, placed } = hostileWorkbook(sample);

function cellOf(sheet: string, address: string) {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(address)!;
  const r = row - s.origin.row;
  const c = col - s.origin.col;
  return { value: s.values[r]?.[c], formula: s.formulas?.[r]?.[c] ?? null };
}

describe("hostile workbook", () => {
  it("places every payload, as a value or as a formula with its shown value", () => {
    expect(placed.map((p) => p.value)).toEqual(
      expect.arrayContaining([
        HOSTILE_TEXT.imgAlert,
        HOSTILE_TEXT.imgFlag,
        HOSTILE_TEXT.javascriptUrl,
        HOSTILE_TEXT.hyperlinkFormula,
      ])
    );
    expect(placed.some((p) => p.formula === HOSTILE_TEXT.hyperlinkFormula)).toBe(true);
    for (const p of placed) {
      expect(cellOf(p.sheet, p.cell)).toEqual({ value: p.value, formula: p.formula ?? null });
    }
    expect(snapshot.sheets.map((s) => s.name)).toContain(HOSTILE_TEXT.sheetName);
    expect(snapshot.source).toBe(HOSTILE_TEXT.source);
  });

  it("surfaces each payload on a template sheet in an issue message naming its cell", () => {
    const issues = validate(snapshot);
    const onTemplate = placed.filter((p) => p.sheet !== HOSTILE_TEXT.sheetName);
    expect(onTemplate.length).toBe(4);
    for (const p of onTemplate) {
      expect(issues.find((i) => i.sheet === p.sheet && i.cell === p.cell)?.message).toContain(
        `"${String(p.value)}"`
      );
    }
  });

  it("leaves the sample itself untouched", () => {
    const again = hostileWorkbook(sample);
    expect(again.snapshot).toEqual(snapshot);
    expect(JSON.stringify(sample)).not.toContain("onerror");
  });

  it.each([
    ["?workbook=hostile", "hostile"],
    ["?workbook=HOSTILE", "hostile"],
    ["?workbook=bad", "bad"],
    ["", "sample"],
    ["?workbook=<img>", "sample"],
  ])("the preview opens %j as %s", (query, id) => {
    expect(previewWorkbookFromQuery(query)).toBe(id);
  });

  it("is offered in the preview's workbook picker and opened by previewWorkbook", () => {
    expect(PREVIEW_WORKBOOKS.map((w) => w.id)).toContain("hostile");
    expect(previewWorkbook("hostile")).toEqual(snapshot);
  });
});
