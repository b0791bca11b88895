import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { writePlanToFile } from "../../src/xlsx/writePlan";
import { readSnapshotFromFile } from "../../src/xlsx/readSnapshot";
import { isOwnedSheet, markOwned } from "../../src/xlsx/ownership";
import { ownerNameFor } from "../../src/workbook/ownership";
import { LIST_SHEET_NAME } from "../../src/workbook/validationLists";
import type { SheetPlan, WritePlan } from "../../src/workbook/plan";
import { makeZip, readZipEntry, tempDir, xlsxBytes } from "./badFiles";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("llr-write-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const at = (name: string) => path.join(dir, name);
const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The raw XML of one part of an .xlsx, to see exactly what Excel will read. */
async function partText(file: string, part: string): Promise<string> {
  const text = readZipEntry(await fs.readFile(file), part);
  if (text === null) throw new Error(`no ${part} in ${file}`);
  return text;
}

const PACK: SheetPlan = {
  name: "LLR Pack Oct 23",
  ownerMarker: "llr-pack",
  blocks: [
    { at: "A1", rows: [["Variance to plan (WTE), Oct 23"]] },
    {
      at: "A3",
      rows: [
        ["Staff group", "Plan", "Actual", "Variance", "Spread"],
        [
          "Nursing, Midwifery",
          5000,
          5086,
          { formula: "=C4-B4", value: 86 },
          { formula: "=VAR.S(B4:C4)", value: 1698 },
        ],
        [
          "Medical, Dental",
          2000,
          1990,
          { formula: "=C5-B5", value: -10 },
          { formula: "=STDEV.S(B5:C5)" },
        ],
        [
          "Total",
          { formula: "=SUM(B4:B5)", value: 7000 },
          { formula: "=SUM(C4:C5)", value: 7076 },
          { formula: "=C6-B6", value: 76 },
          null,
        ],
      ],
    },
  ],
  formats: [
    { range: "A1", bold: true, fontSize: 14 },
    {
      range: "A3:E3",
      bold: true,
      fill: "#1F4E79",
      fontColor: "#FFFFFF",
      horizontalAlignment: "center",
    },
    { range: "B4:D6", numberFormat: "#,##0" },
  ],
  columnWidths: [
    { col: 0, width: 28 },
    { col: 1, width: 12 },
  ],
  freeze: { rows: 3, cols: 1 },
  validations: [
    {
      range: "A4:A6",
      values: ["Nursing, Midwifery", "Medical, Dental", "Total"],
      prompt: "Pick a staff group",
    },
    { range: "F4:F6", values: ["UHL", "LPT"] },
  ],
  tables: [{ name: "WTEVariance", range: "A3:E6" }],
  charts: [
    {
      name: "c1",
      kind: "clusteredBar",
      title: "Variance by group",
      dataRange: "A3:D5",
      seriesBy: "columns",
      at: "H3",
      width: 400,
      height: 300,
    },
  ],
  activate: true,
};

describe("writePlanToFile: a new workbook", () => {
  let file: string;
  let messages: readonly string[];
  beforeAll(async () => {
    file = at("pack.xlsx");
    const result = await writePlanToFile({ sheets: [PACK] }, file);
    if (!result.ok) throw new Error(result.error.reason);
    messages = result.value.messages;
    expect(result.value.sheets).toEqual(["LLR Pack Oct 23", LIST_SHEET_NAME]);
  });

  it("round-trips values and formulas with their cached results into a snapshot", async () => {
    const read = await readSnapshotFromFile(file);
    if (!read.ok) throw new Error(read.error.reason);
    const pack = read.value.sheets.find((s) => s.name === "LLR Pack Oct 23")!;
    expect(pack.origin).toEqual({ row: 0, col: 0 });
    expect(pack.values).toEqual([
      ["Variance to plan (WTE), Oct 23", null, null, null, null],
      [null, null, null, null, null],
      ["Staff group", "Plan", "Actual", "Variance", "Spread"],
      ["Nursing, Midwifery", 5000, 5086, 86, 1698],
      ["Medical, Dental", 2000, 1990, -10, null],
      ["Total", 7000, 7076, 76, null],
    ]);
    expect(pack.formulas?.slice(3)).toEqual([
      [null, null, null, "=C4-B4", "=VAR.S(B4:C4)"],
      [null, null, null, "=C5-B5", "=STDEV.S(B5:C5)"],
      [null, "=SUM(B4:B5)", "=SUM(C4:C5)", "=C6-B6", null],
    ]);
  });

  it("stores newer functions with the _xlfn. prefix Excel expects in files", async () => {
    const xml = await partText(file, "xl/worksheets/sheet1.xml");
    expect(xml).toContain("<f>_xlfn.VAR.S(B4:C4)</f>");
    expect(xml).toContain("<f>_xlfn.STDEV.S(B5:C5)</f>");
    expect(xml).toContain("<f>SUM(B4:B5)</f>");
  });

  it("applies number formats, fonts, fills, widths and frozen panes", async () => {
    const ws = (await load(file)).getWorksheet("LLR Pack Oct 23")!;
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("C3").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(ws.getCell("C3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E79" },
    });
    expect(ws.getCell("E3").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("D5").numFmt).toBe("#,##0");
    expect(ws.getCell("A4").numFmt).toBeUndefined();
    expect(ws.getColumn(1).width).toBe(28);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
  });

  it("makes the table over its range with the header row", async () => {
    const ws = (await load(file)).getWorksheet("LLR Pack Oct 23")!;
    const table = ws.getTable("WTEVariance") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    expect(table.table.tableRef).toBe("A3:E6");
    expect(table.table.columns.map((c) => c.name)).toEqual([
      "Staff group",
      "Plan",
      "Actual",
      "Variance",
      "Spread",
    ]);
  });

  it("keeps short lists inline and sends lists with commas to a hidden list sheet", async () => {
    const wb = await load(file);
    const ws = wb.getWorksheet("LLR Pack Oct 23")!;
    const rules = (
      ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    expect(rules.F4).toMatchObject({ type: "list", formulae: ['"UHL,LPT"'] });
    expect(rules.A5).toMatchObject({
      type: "list",
      formulae: ["'LLR Lists'!$A$1:$A$3"],
      prompt: "Pick a staff group",
    });
    const lists = wb.getWorksheet(LIST_SHEET_NAME)!;
    expect(lists.state).toBe("hidden");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["LLR Pack Oct 23", LIST_SHEET_NAME]); // after the plan's sheets
    expect([1, 2, 3].map((r) => lists.getCell(r, 1).value)).toEqual([
      "Nursing, Midwifery",
      "Medical, Dental",
      "Total",
    ]);
  });

  it("marks its sheets as the add-in's and activates the plan's sheet", async () => {
    const wb = await load(file);
    expect(isOwnedSheet(wb, "LLR Pack Oct 23", "llr-pack")).toBe(true);
    expect(isOwnedSheet(wb, "llr pack oct 23", "llr-pack")).toBe(true);
    expect(isOwnedSheet(wb, "LLR Pack Oct 23", "llr-template")).toBe(false);
    expect(isOwnedSheet(wb, LIST_SHEET_NAME, "llr-lists")).toBe(true);
    expect(wb.views[0].activeTab).toBe(
      wb.worksheets.findIndex((w) => w.name === "LLR Pack Oct 23")
    );
  });

  it("says that charts are written as data only", () => {
    expect(messages).toEqual([
      expect.stringMatching(
        /Chart "Variance by group" is not drawn in the file .* data is in A3:D5 on "LLR Pack Oct 23"/
      ),
    ]);
  });

  it("leaves no temporary file behind", async () => {
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("writePlanToFile: on top of an input workbook", () => {
  const userBook = async (file: string, extraSheets: string[] = []) => {
    await fs.writeFile(
      file,
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet("PWR");
        ws.addRow(["Organisation", "Staff type"]);
        ws.addRow(["UHL", "Bank"]);
        for (const name of extraSheets)
          wb.addWorksheet(name).getCell("B2").value = `user data on ${name}`;
      })
    );
  };
  const plan = (value: number): WritePlan => ({
    sheets: [
      {
        name: "LLR Pack Oct 23",
        ownerMarker: "llr-pack",
        blocks: [{ at: "A1", rows: [["Run", value]] }],
      },
    ],
  });

  it("refuses to write over the input, by any spelling of its path", async () => {
    const input = at("input-refuse.xlsx");
    await userBook(input);
    const before = await sha(input);
    for (const out of [
      input,
      path.join(dir, ".", "input-refuse.xlsx"),
      path.relative(process.cwd(), input),
    ]) {
      const result = await writePlanToFile(plan(1), out, { base: input });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.reason).toMatch(/input workbook; the input is never overwritten/);
    }
    await fs.symlink(input, at("link.xlsx"));
    const viaLink = await writePlanToFile(plan(1), at("link.xlsx"), { base: input });
    expect(viaLink.ok).toBe(false);
    expect(await sha(input)).toBe(before);
  });

  it("copies the input, adds its sheet, and leaves the input's bytes unchanged", async () => {
    const input = at("input-copy.xlsx");
    await userBook(input, ["Notes"]);
    const before = await sha(input);
    const out = at("out-copy.xlsx");
    const result = await writePlanToFile(plan(1), out, { base: input });
    if (!result.ok) throw new Error(result.error.reason);
    expect(await sha(input)).toBe(before);
    const read = await readSnapshotFromFile(out);
    if (!read.ok) throw new Error(read.error.reason);
    expect(read.value.sheets.map((s) => s.name)).toEqual(["PWR", "Notes", "LLR Pack Oct 23"]);
    expect(read.value.sheets[0].values).toEqual([
      ["Organisation", "Staff type"],
      ["UHL", "Bank"],
    ]);
    expect(read.value.sheets[1]).toMatchObject({
      origin: { row: 1, col: 1 },
      values: [["user data on Notes"]],
    });
  });

  it("replaces its own sheet on a second run, in the same place, with no duplicate", async () => {
    const first = at("rerun-1.xlsx");
    const second = at("rerun-2.xlsx");
    await userBook(first, ["LLR Pack Oct 23", "After"]);
    const wb1 = await load(first);
    markOwned(wb1, "LLR Pack Oct 23", "llr-pack"); // as a first run would have left it, between the user's sheets
    await wb1.xlsx.writeFile(first);
    const result = await writePlanToFile(plan(2), second, { base: first });
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.value).toEqual({ sheets: ["LLR Pack Oct 23"], messages: [] });
    const wb2 = await load(second);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(["PWR", "LLR Pack Oct 23", "After"]);
    expect(wb2.getWorksheet("LLR Pack Oct 23")!.getCell("B1").value).toBe(2);
    expect(wb2.getWorksheet("LLR Pack Oct 23")!.getCell("B2").value).toBeNull(); // the old content is gone
    const owners = (wb2.definedNames as unknown as { model: { name: string }[] }).model.filter(
      (n) => n.name.startsWith("LLR_OWNER_")
    );
    expect(owners.map((n) => n.name)).toEqual([ownerNameFor("LLR Pack Oct 23", "llr-pack")]);
    // and a third run from that output gives the same workbook shape again
    const third = await writePlanToFile(plan(2), at("rerun-3.xlsx"), { base: second });
    if (!third.ok) throw new Error(third.error.reason);
    const read2 = await readSnapshotFromFile(second);
    const read3 = await readSnapshotFromFile(at("rerun-3.xlsx"));
    expect(read3).toEqual({
      ...read2,
      value: { ...(read2 as { value: object }).value, source: at("rerun-3.xlsx") },
    });
  });

  it("writes '<name> (2)' beside a user's sheet of the same name and says so", async () => {
    const input = at("input-clash.xlsx");
    await userBook(input, ["LLR Pack Oct 23"]);
    const out = at("out-clash.xlsx");
    const result = await writePlanToFile(plan(1), out, { base: input });
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.value.sheets).toEqual(["LLR Pack Oct 23 (2)"]);
    expect(result.value.messages).toEqual([
      'A sheet named "LLR Pack Oct 23" already exists and was not made by the add-in, so it was left as it is and "LLR Pack Oct 23 (2)" was written instead.',
    ]);
    const wb = await load(out);
    expect(wb.getWorksheet("LLR Pack Oct 23")!.getCell("B2").value).toBe(
      "user data on LLR Pack Oct 23"
    );
    expect(wb.getWorksheet("LLR Pack Oct 23 (2)")!.getCell("B1").value).toBe(1);
    // A second run replaces its own "(2)" and still leaves the user's sheet alone.
    const again = await writePlanToFile(plan(3), at("out-clash-2.xlsx"), { base: out });
    if (!again.ok) throw new Error(again.error.reason);
    const wb2 = await load(at("out-clash-2.xlsx"));
    expect(wb2.worksheets.map((w) => w.name)).toEqual([
      "PWR",
      "LLR Pack Oct 23",
      "LLR Pack Oct 23 (2)",
    ]);
    expect(wb2.getWorksheet("LLR Pack Oct 23 (2)")!.getCell("B1").value).toBe(3);
  });

  it("renames a table whose name the input already uses", async () => {
    const input = at("input-table.xlsx");
    await fs.writeFile(
      input,
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet("Mine");
        ws.addTable({ name: "WTEVariance", ref: "A1", columns: [{ name: "A" }], rows: [[1]] });
      })
    );
    const sheet: SheetPlan = {
      name: "Pack",
      ownerMarker: "llr-pack",
      blocks: [{ at: "A1", rows: [["H"], [1]] }],
      tables: [{ name: "WTEVariance", range: "A1:A2" }],
    };
    const result = await writePlanToFile({ sheets: [sheet] }, at("out-table.xlsx"), {
      base: input,
    });
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.value.messages).toEqual([
      expect.stringContaining('so the table on "Pack" is named "WTEVariance_2"'),
    ]);
    expect(
      (await load(at("out-table.xlsx"))).getWorksheet("Pack")!.getTable("WTEVariance_2")
    ).toBeDefined();
  });

  it("reports an unreadable base as the base file's one line", async () => {
    await fs.writeFile(at("base.csv.xlsx"), "a,b\n1,2\n");
    const result = await writePlanToFile(plan(1), at("never.xlsx"), { base: at("base.csv.xlsx") });
    expect(result).toEqual({
      ok: false,
      error: { file: at("base.csv.xlsx"), reason: expect.stringMatching(/CSV or text file/) },
    });
    await expect(fs.stat(at("never.xlsx"))).rejects.toThrow();
  });
});

describe("writePlanToFile: the chart seam", () => {
  it("hands the finished temporary file and the charts to a ChartWriter before the rename", async () => {
    const out = at("charts.xlsx");
    const seen: { file: string; existsAtOut: boolean; charts: string[] }[] = [];
    const result = await writePlanToFile({ sheets: [PACK] }, out, {
      chartWriter: async (file, charts) => {
        const existsAtOut = await fs.stat(out).then(
          () => true,
          () => false
        );
        seen.push({ file, existsAtOut, charts: charts.map((c) => `${c.sheet}:${c.chart.name}`) });
        return ["drawn"];
      },
    });
    if (!result.ok) throw new Error(result.error.reason);
    expect(seen).toEqual([
      {
        file: expect.stringMatching(/\.charts\.xlsx\..*\.tmp$/),
        existsAtOut: false,
        charts: ["LLR Pack Oct 23:c1"],
      },
    ]);
    expect(result.value.messages).toEqual(["drawn"]);
    await expect(fs.stat(out)).resolves.toBeTruthy();
  });
});

describe("writePlanToFile: failures", () => {
  it.each([
    ["a missing folder", () => at("no/such/folder/out.xlsx"), {}, /the folder does not exist/],
    ["a directory", () => dir, {}, /this is a directory/],
  ])("gives one line for %s", async (_kind, out, options, reason) => {
    const result = await writePlanToFile({ sheets: [{ name: "S", blocks: [] }] }, out(), options);
    expect(result).toEqual({
      ok: false,
      error: { file: out(), reason: expect.stringMatching(reason) },
    });
  });

  it("refuses an existing output when asked not to overwrite", async () => {
    await fs.writeFile(at("exists.xlsx"), makeZip({ "x.txt": "x" }));
    const result = await writePlanToFile({ sheets: [] }, at("exists.xlsx"), { noOverwrite: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toMatch(/already exists/);
  });

  it("names the sheet and address of a plan it cannot apply", async () => {
    const result = await writePlanToFile(
      { sheets: [{ name: "S", blocks: [{ at: "nowhere", rows: [[1]] }] }] },
      at("bad-plan.xlsx")
    );
    expect(result).toEqual({
      ok: false,
      error: {
        file: at("bad-plan.xlsx"),
        reason: 'Sheet "S": block address "nowhere" is not a cell.',
      },
    });
  });
});
