import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { readSnapshotFromFile } from "../../src/xlsx/readSnapshot";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { makeBadFiles, tempDir, xlsxBytes, type BadFile } from "./badFiles";

let dir: string;
let bad: BadFile[];

beforeAll(async () => {
  dir = await tempDir();
  bad = await makeBadFiles(dir);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function snapshotOf(
  build: (wb: ExcelJS.Workbook) => void,
  name = "book.xlsx"
): Promise<WorkbookSnapshot> {
  const file = path.join(dir, name);
  await fs.writeFile(file, await xlsxBytes(build));
  const result = await readSnapshotFromFile(file);
  if (!result.ok) throw new Error(`unexpected failure: ${result.error.reason}`);
  return result.value;
}

describe("readSnapshotFromFile: unreadable files", () => {
  it("gives one clear line for every unreadable kind", async () => {
    for (const { kind, file, expect: pattern } of bad) {
      const result = await readSnapshotFromFile(file);
      if (result.ok) throw new Error(`${kind} was read`);
      expect({ kind, file: result.error.file }).toEqual({ kind, file });
      expect({ kind, reason: result.error.reason }).toEqual({
        kind,
        reason: expect.stringMatching(pattern),
      });
      expect(result.error.reason).not.toMatch(/\n|\bat .*\.js:\d+/);
    }
  });
});

describe("readSnapshotFromFile: values", () => {
  it("maps every kind of cell value to the snapshot's plain values", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("Kinds");
      ws.getCell("A1").value = 42.5;
      ws.getCell("B1").value = "text";
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = new Date(Date.UTC(2023, 9, 31)); // 31 Oct 2023
      ws.getCell("E1").value = {
        richText: [{ text: "Nursing, " }, { font: { bold: true }, text: "Midwifery" }],
      };
      ws.getCell("F1").value = { text: "NHS Digital", hyperlink: "https://digital.nhs.uk" };
      ws.getCell("G1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      ws.getCell("A2").value = { formula: "A1*2", result: 85 } as ExcelJS.CellFormulaValue;
      ws.getCell("B2").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue;
      ws.getCell("C2").value = { formula: "_xlfn.VAR.S(A1:A3)" } as ExcelJS.CellFormulaValue;
      ws.getCell("D2").value = {
        formula: 'IF(A1>1,"big","small")',
        result: "big",
      } as ExcelJS.CellFormulaValue;
    });
    expect(snap.sheets).toHaveLength(1);
    const [sheet] = snap.sheets;
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    expect(sheet.values[0]).toEqual([
      42.5,
      "text",
      true,
      45230,
      "Nursing, Midwifery",
      "NHS Digital",
      "#REF!",
    ]);
    expect(sheet.values[1]).toEqual([85, "#DIV/0!", null, "big", null, null, null]);
    expect(sheet.formulas?.[0]).toEqual([null, null, null, null, null, null, null]);
    expect(sheet.formulas?.[1]).toEqual([
      "=A1*2",
      "=1/0",
      "=VAR.S(A1:A3)",
      '=IF(A1>1,"big","small")',
      null,
      null,
      null,
    ]);
  });

  it("reads dates in the 1904 date system as the file's own serial numbers", async () => {
    const snap = await snapshotOf((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("D").getCell("A1").value = new Date(Date.UTC(2023, 9, 31));
    }, "1904.xlsx");
    expect(snap.sheets[0].values[0][0]).toBe(45230 - 1462);
    expect(snap.dateSystem).toBe(1904);
  });

  it("says the workbook uses the 1900 date system when its date1904 flag is off", async () => {
    const snap = await snapshotOf((wb) => {
      wb.addWorksheet("D").getCell("A1").value = new Date(Date.UTC(2023, 9, 31));
    }, "1900.xlsx");
    expect(snap.sheets[0].values[0][0]).toBe(45230);
    expect(snap.dateSystem).toBe(1900);
  });

  it("spans the used cells only, from the top-left to the bottom-right one", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("Offset");
      ws.getCell("C3").value = "Organisation";
      ws.getCell("E3").value = "Measure";
      ws.getCell("D5").value = 7;
      ws.getCell("J20").style = { font: { bold: true } }; // formatting alone does not make a cell used
    }, "offset.xlsx");
    const [sheet] = snap.sheets;
    expect(sheet.origin).toEqual({ row: 2, col: 2 });
    expect(sheet.values).toEqual([
      ["Organisation", null, "Measure"],
      [null, null, null],
      [null, 7, null],
    ]);
    expect(sheet.formulas).toBeUndefined();
  });

  it("keeps a merged range's value in its top-left cell only", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("Merged");
      ws.getCell("A1").value = "Title";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = 1;
      ws.getCell("C2").value = 3;
    }, "merged.xlsx");
    expect(snap.sheets[0].values).toEqual([
      ["Title", null, null],
      [1, null, 3],
    ]);
  });

  it("translates shared formulas for every cell they fill", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("Shared");
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("B1").value = {
        formula: "A1*10",
        result: 10,
        shareType: "shared",
        ref: "B1:B2",
      } as ExcelJS.CellFormulaValue;
      ws.getCell("B2").value = {
        sharedFormula: "B1",
        result: 20,
      } as ExcelJS.CellSharedFormulaValue;
    }, "shared.xlsx");
    expect(snap.sheets[0].values).toEqual([
      [1, 10],
      [2, 20],
    ]);
    expect(snap.sheets[0].formulas).toEqual([
      [null, "=A1*10"],
      [null, "=A2*10"],
    ]);
  });

  it("reports hidden sheets, keeps sheet order and reads empty sheets as empty", async () => {
    const snap = await snapshotOf((wb) => {
      wb.addWorksheet("PWR").getCell("A1").value = "x";
      wb.addWorksheet("Empty");
      const hidden = wb.addWorksheet("Lists");
      hidden.getCell("B2").value = "y";
      hidden.state = "hidden";
    }, "hidden.xlsx");
    expect(snap.sheets.map((s) => [s.name, s.hidden ?? false, s.values.length])).toEqual([
      ["PWR", false, 1],
      ["Empty", false, 0],
      ["Lists", true, 1],
    ]);
    expect(snap.source).toBe(path.join(dir, "hidden.xlsx"));
  });
});
