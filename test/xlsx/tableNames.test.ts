/**
 * The xlsx adapter names the plan's tables by the shared policy (src/workbook/tableNames.ts):
 * Excel keeps tables and defined names in one namespace, compared without regard to case, so a
 * pack table may take neither; past "_9" the write is refused and nothing is written.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { applyPlanToWorkbook, PlanError } from "../../src/xlsx/applyPlan";
import { writePlanToFile } from "../../src/xlsx/writePlan";
import type { SheetPlan, WritePlan } from "../../src/workbook/plan";
import { tempDir, xlsxBytes } from "./badFiles";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("llr-table-names-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The pack's WTE and cost tables, as the pack plan lays them out. */
const PACK: SheetPlan = {
  name: "LLR Pack Oct 23",
  ownerMarker: "llr-pack",
  blocks: [
    {
      at: "A1",
      rows: [
        ["Staff group", "Plan", "Total"],
        ["Nursing, Midwifery", 5000, 86],
        ["Medical, Dental", 2000, -10],
      ],
    },
    {
      at: "A6",
      rows: [
        ["Staff group", "Plan", "Total"],
        ["Nursing, Midwifery", 21.4, 0.3],
      ],
    },
  ],
  tables: [
    { name: "WTEVariance", range: "A1:C3" },
    { name: "CostVariance", range: "A6:C7" },
  ],
};
const plan: WritePlan = { sheets: [PACK] };

/** A user's workbook: the PWR sheet, plus what `extra` adds (their own tables and named ranges). */
function userWorkbook(extra: (wb: ExcelJS.Workbook, pwr: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const pwr = wb.addWorksheet("PWR");
  pwr.addRow(["Organisation", "Staff type", "Staff group", "Apr 23"]);
  pwr.addRow(["UHL", "Substantive", "Nursing, Midwifery", 5012.4]);
  extra(wb, pwr);
  return wb;
}

function addUserTable(wb: ExcelJS.Workbook, sheet: string, name: string, at: string) {
  const ws = wb.getWorksheet(sheet) ?? wb.addWorksheet(sheet);
  ws.addTable({ name, ref: at, columns: [{ name: "Org" }], rows: [["UHL"]] });
}

const tableNames = (wb: ExcelJS.Workbook, sheet: string) =>
  Object.keys(
    (wb.getWorksheet(sheet) as unknown as { tables: Record<string, unknown> }).tables
  ).sort();
const definedNames = (wb: ExcelJS.Workbook) =>
  (wb.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name).sort();

describe("xlsx adapter: table names", () => {
  it("keeps the plan's names in a workbook that uses none of them", () => {
    const wb = userWorkbook(() => undefined);
    const outcome = applyPlanToWorkbook(wb, plan);
    expect(outcome.messages).toEqual([]);
    expect(tableNames(wb, "LLR Pack Oct 23")).toEqual(["CostVariance", "WTEVariance"]);
  });

  it("a clash with a user's table on another sheet: the next free name, and a message", () => {
    const wb = userWorkbook((book) => addUserTable(book, "Mine", "WTEVariance", "A1"));
    const outcome = applyPlanToWorkbook(wb, plan);
    expect(tableNames(wb, "LLR Pack Oct 23")).toEqual(["CostVariance", "WTEVariance_2"]);
    expect(outcome.messages).toEqual([
      'A table or defined name "WTEVariance" already exists in the workbook, so the table on "LLR Pack Oct 23" is named "WTEVariance_2".',
    ]);
    expect(tableNames(wb, "Mine")).toEqual(["WTEVariance"]);
  });

  it("a clash with a defined name (a named range): tables and names share one namespace", () => {
    const wb = userWorkbook((book) => book.definedNames.add("PWR!$D$2", "CostVariance"));
    const outcome = applyPlanToWorkbook(wb, plan);
    expect(tableNames(wb, "LLR Pack Oct 23")).toEqual(["CostVariance_2", "WTEVariance"]);
    expect(outcome.messages).toEqual([expect.stringContaining('is named "CostVariance_2"')]);
    expect(definedNames(wb)).toContain("CostVariance");
  });

  it("compares names without regard to case", () => {
    const wb = userWorkbook((book) => {
      addUserTable(book, "Mine", "wtevariance", "A1");
      book.definedNames.add("PWR!$A$1", "WTEVARIANCE_2");
    });
    applyPlanToWorkbook(wb, plan);
    expect(tableNames(wb, "LLR Pack Oct 23")).toEqual(["CostVariance", "WTEVariance_3"]);
  });

  it("two tables of one plan never take the same name", () => {
    const twice: SheetPlan = {
      ...PACK,
      tables: [
        { name: "WTEVariance", range: "A1:C3" },
        { name: "wteVariance", range: "A6:C7" },
      ],
    };
    const wb = userWorkbook(() => undefined);
    applyPlanToWorkbook(wb, { sheets: [twice] });
    expect(tableNames(wb, "LLR Pack Oct 23")).toEqual(["WTEVariance", "wteVariance_2"]);
  });

  it("running again frees the names of the sheet it replaces: the same names, no message", () => {
    const wb = userWorkbook(() => undefined);
    applyPlanToWorkbook(wb, plan);
    const again = applyPlanToWorkbook(wb, plan);
    expect(again.messages).toEqual([]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["PWR", "LLR Pack Oct 23"]);
    expect(tableNames(wb, "LLR Pack Oct 23")).toEqual(["CostVariance", "WTEVariance"]);
  });

  describe("when every candidate is taken", () => {
    /** WTEVariance and _2 .. _9: tables on the user's sheet and defined names, mixed. */
    const crowded = (book: ExcelJS.Workbook) => {
      addUserTable(book, "Mine", "WTEVariance", "A1");
      for (let n = 2; n <= 9; n++) {
        if (n % 2 === 0) addUserTable(book, "Mine", `WTEVariance_${n}`, `${"CDEFGHIJ"[n - 2]}1`);
        else book.definedNames.add(`PWR!$A$${n}`, `wtevariance_${n}`);
      }
    };
    const refusal =
      'The workbook already has tables or defined names "WTEVariance" to "WTEVariance_9", so the table for "LLR Pack Oct 23" cannot be named: rename or delete one of them and run again. Nothing was written.';

    it("refuses with the policy's message and leaves the workbook as it was", () => {
      const wb = userWorkbook(crowded);
      const before = {
        sheets: wb.worksheets.map((w) => w.name),
        names: definedNames(wb),
        mine: tableNames(wb, "Mine"),
      };
      expect(() => applyPlanToWorkbook(wb, plan)).toThrow(new PlanError(refusal));
      expect({
        sheets: wb.worksheets.map((w) => w.name),
        names: definedNames(wb),
        mine: tableNames(wb, "Mine"),
      }).toEqual(before);
    });

    it("writes no file, and leaves the input's bytes alone", async () => {
      const input = path.join(dir, "crowded.xlsx");
      await fs.writeFile(input, await xlsxBytes(crowdedInto));
      const bytes = await fs.readFile(input);
      const out = path.join(dir, "crowded-out.xlsx");
      const result = await writePlanToFile(plan, out, { base: input });
      expect(result).toEqual({ ok: false, error: { file: out, reason: refusal } });
      await expect(fs.stat(out)).rejects.toThrow();
      expect((await fs.readdir(dir)).filter((f) => f.includes("crowded-out"))).toEqual([]);
      expect(await fs.readFile(input)).toEqual(bytes);
    });

    /** The same crowded workbook, built into the file's workbook. */
    function crowdedInto(book: ExcelJS.Workbook) {
      book.addWorksheet("PWR").addRow(["Organisation", "Staff type"]);
      crowded(book);
    }
  });
});
