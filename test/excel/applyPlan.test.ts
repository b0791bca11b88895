import { createExcelHost } from "../../src/excel/excelHost";
import { applyPlan } from "../../src/excel/write/applyPlan";
import { isOwnedSheet, selectRange } from "../../src/excel/select";
import { createExcelSession } from "../../src/excel/session";
import { ownerNameFor } from "../../src/workbook/ownership";
import type { SheetPlan, WritePlan } from "../../src/workbook/plan";
import { fakeExcel, type FakeExcel } from "./fakeExcel";

const PACK: SheetPlan = {
  name: "LLR Pack Oct 23",
  ownerMarker: "llr-pack",
  blocks: [
    { at: "A1", rows: [["Variance to plan (WTE), Oct 23"]] },
    {
      at: "A3",
      rows: [
        ["Staff group", "Plan", "Oct 23", "Variance"],
        ["Nursing, Midwifery", 5000, 5086, { formula: "=C4-B4", value: 86 }],
        ["Total", { formula: "=SUM(B4:B4)", value: 5000 }, 5086],
      ],
    },
  ],
  formats: [
    {
      range: "A3:D3",
      bold: true,
      fill: "#1F4E79",
      fontColor: "#FFFFFF",
      horizontalAlignment: "center",
    },
    { range: "B4:D5", numberFormat: "#,##0" },
  ],
  columnWidths: [{ col: 0, width: 28 }],
  freeze: { rows: 3, cols: 0 },
  validations: [
    { range: "A4:A5", values: ["Nursing, Midwifery", "Total"], prompt: "Staff group" },
    { range: "E4:E5", values: ["UHL", "LPT"] },
  ],
  tables: [{ name: "WTEVariance", range: "A3:D5" }],
  charts: [
    {
      name: "wte",
      kind: "line",
      title: "Plan vs actual",
      dataRange: "A3:C5",
      seriesBy: "rows",
      xAxisTitle: "Month",
      yAxisTitle: "WTE",
      at: "G3",
      width: 480,
      height: 288,
    },
  ],
  activate: true,
};
const PLAN: WritePlan = { sheets: [PACK] };

afterEach(() => {
  delete (globalThis as any).Excel;
});

function hostOn(fake: FakeExcel) {
  (globalThis as any).Excel = fake.excel;
  return createExcelHost({ requirements: fake.requirements });
}

const apply = (fake: FakeExcel, plan: WritePlan) =>
  applyPlan(fake.newContext(), createExcelSession(fake.requirements), plan);

const sheetOf = (fake: FakeExcel, name: string) =>
  fake.state().sheets.find((s) => s.name === name)!;
const PACK_OWNER = ownerNameFor("LLR Pack Oct 23", "llr-pack");

describe("writing a plan in Excel", () => {
  it("applies a whole plan in three syncs, with calculation suspended while it writes", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR", used: "A1", values: [["x"]] }] });
    const result = await hostOn(fake).applyPlan(PLAN);
    expect(fake.syncCount).toBe(3);
    expect(fake.runtime.calls.suspendCalculation).toBe(2);
    expect(result).toEqual({ sheets: ["LLR Pack Oct 23", "LLR Lists"], messages: [] });
  });

  it("keeps to three syncs however many sheets, tables and charts the plan has", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    const many: WritePlan = {
      sheets: Array.from({ length: 6 }, (_, i) => ({
        ...PACK,
        name: `Pack ${i}`,
        tables: [
          { name: `T${i}a`, range: "A3:D5" },
          { name: `T${i}b`, range: "A1:A1" },
        ],
        charts: [PACK.charts![0], { ...PACK.charts![0], name: "second" }],
      })),
    };
    await apply(fake, many);
    expect(fake.syncCount).toBe(3);
    const packs = fake.state().sheets.filter((s) => s.name.startsWith("Pack"));
    expect(packs.map((s) => s.charts.length)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it("writes each block's values and formulas as one 2-D array, text Excel would convert kept as text", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await apply(fake, PLAN);
    expect(fake.read("LLR Pack Oct 23", "A1:D5", "formulas")).toEqual([
      ["Variance to plan (WTE), Oct 23", "", "", ""],
      ["", "", "", ""],
      ["Staff group", "Plan", "'Oct 23", "Variance"],
      ["Nursing, Midwifery", 5000, 5086, "=C4-B4"],
      ["Total", "=SUM(B4:B4)", 5086, ""],
    ]);
    expect(fake.read("LLR Pack Oct 23", "C3")).toEqual([["Oct 23"]]);
    // One write per block (and one for the list sheet).
    expect(fake.runtime.used).toContain("Range.formulas");
  });

  it("builds a chart from explicitly named series that are not next to each other", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    const chart = {
      ...PLAN.sheets[0].charts![0],
      categories: "B3:C3",
      series: [
        { name: "UHL plan", nameCell: "A4", values: "B4:C4" },
        { name: "UHL actual", nameCell: "A9", values: "B9:C9" },
      ],
    };
    await apply(fake, { sheets: [{ ...PLAN.sheets[0], charts: [chart] }] });
    const [made] = sheetOf(fake, "LLR Pack Oct 23").charts;
    expect(made.source).toBe("B4:C4");
    expect(made.series).toEqual([
      { name: "UHL plan", values: "B4:C4", xValues: "B3:C3" },
      { name: "UHL actual", values: "B9:C9", xValues: "B3:C3" },
    ]);
  });

  it("adds the table, formats, lists, widths, frozen rows, chart and activation", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await apply(fake, PLAN);
    const state = fake.state();
    expect(state.tables).toEqual([
      {
        name: "WTEVariance",
        sheet: "LLR Pack Oct 23",
        address: "A3:D5",
        style: "TableStyleMedium2",
      },
    ]);
    const pack = sheetOf(fake, "LLR Pack Oct 23");
    expect(pack.formats["A3:D3"]).toEqual({
      font: { bold: true, color: "#FFFFFF" },
      fill: { color: "#1F4E79" },
      horizontalAlignment: "Center",
    });
    expect(pack.formats["B4:D5"].numberFormat).toEqual([
      ["#,##0", "#,##0", "#,##0"],
      ["#,##0", "#,##0", "#,##0"],
    ]);
    expect(pack.validations["A4:A5"]).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "='LLR Lists'!$A$1:$A$2" } },
      prompt: { showPrompt: true, message: "Staff group" },
      errorAlert: { showAlert: true, style: "Warning" },
    });
    expect(pack.validations["E4:E5"]).toMatchObject({ rule: { list: { source: "UHL,LPT" } } });
    expect(pack.formats["A:A"].columnWidth).toBe(150.75); // (28 characters x 7 px + 5 px) x 0.75 pt
    expect(pack.freeze).toEqual({ kind: "rows", arg: 3 });
    expect(pack.charts).toEqual([
      expect.objectContaining({
        type: "Line",
        source: "A3:C5",
        seriesBy: "Rows",
        name: "wte",
        title: "Plan vs actual",
        legend: { visible: true, position: "Bottom" },
        axisTitles: { category: "Month", value: "WTE" },
        at: "G3",
        width: 480,
        height: 288,
      }),
    ]);
    expect(state.activeSheet).toBe("LLR Pack Oct 23");
    const lists = sheetOf(fake, "LLR Lists");
    expect(lists.visibility).toBe("Hidden");
    expect(fake.read("LLR Lists", "A1:A2")).toEqual([["Nursing, Midwifery"], ["Total"]]);
  });

  it("marks the sheets it makes with the owner name both adapters use", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await apply(fake, PLAN);
    expect(fake.state().names).toEqual([
      { name: ownerNameFor("LLR Lists", "llr-lists"), formula: "='LLR Lists'!$A$1" },
      { name: PACK_OWNER, formula: "='LLR Pack Oct 23'!$A$1" },
    ]);
  });

  it("replaces its own sheet, in its place, and nothing else", async () => {
    const fake = fakeExcel({
      sheets: [
        { name: "PWR" },
        { name: "LLR Pack Oct 23", used: "A1", values: [["old pack"]] },
        { name: "Notes" },
      ],
      names: [{ name: PACK_OWNER, formula: "='LLR Pack Oct 23'!$A$1" }],
    });
    const result = await apply(fake, { sheets: [{ ...PACK, validations: [] }] });
    expect(result).toEqual({ sheets: ["LLR Pack Oct 23"], messages: [] });
    const state = fake.state();
    expect(state.sheets.map((s) => s.name)).toEqual(["PWR", "LLR Pack Oct 23", "Notes"]);
    expect(fake.read("LLR Pack Oct 23", "A1")).toEqual([["Variance to plan (WTE), Oct 23"]]);
    expect(state.names).toEqual([{ name: PACK_OWNER, formula: "='LLR Pack Oct 23'!$A$1" }]);
  });

  it("writes '<name> (2)' beside a sheet the add-in did not make, and says so", async () => {
    const fake = fakeExcel({
      sheets: [{ name: "LLR Pack Oct 23", used: "A1", values: [["mine"]] }],
      // A marker that points elsewhere (the user renamed the add-in's sheet) does not make it ours.
      names: [{ name: PACK_OWNER, formula: "='Renamed'!$A$1" }],
    });
    const result = await apply(fake, { sheets: [{ ...PACK, validations: [] }] });
    expect(result.sheets).toEqual(["LLR Pack Oct 23 (2)"]);
    expect(result.messages).toEqual([
      'A sheet named "LLR Pack Oct 23" already exists and was not made by the add-in, so it was left as it is and "LLR Pack Oct 23 (2)" was written instead.',
    ]);
    expect(fake.read("LLR Pack Oct 23", "A1")).toEqual([["mine"]]);
  });

  it("renames a table whose name a user's table already has, unless it sat on the replaced sheet", async () => {
    const fake = fakeExcel({
      sheets: [{ name: "LLR Pack Oct 23" }, { name: "Mine" }],
      names: [{ name: PACK_OWNER, formula: "='LLR Pack Oct 23'!$A$1" }],
      tables: [
        { name: "WTEVariance", sheet: "LLR Pack Oct 23" },
        { name: "Other", sheet: "Mine" },
      ],
    });
    const plan: WritePlan = {
      sheets: [
        {
          ...PACK,
          validations: [],
          tables: [
            { name: "WTEVariance", range: "A3:D5" },
            { name: "Other", range: "A1:A1" },
          ],
        },
      ],
    };
    const result = await apply(fake, plan);
    expect(fake.state().tables.map((t) => [t.name, t.sheet])).toEqual([
      ["Other", "Mine"],
      ["WTEVariance", "LLR Pack Oct 23"],
      ["Other_2", "LLR Pack Oct 23"],
    ]);
    expect(result.messages).toEqual([
      'A table or defined name "Other" already exists in the workbook, so the table on "LLR Pack Oct 23" is named "Other_2".',
    ]);
  });

  it("names the sheet and address of a plan it cannot apply", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await expect(
      apply(fake, { sheets: [{ name: "S", blocks: [{ at: "nowhere", rows: [[1]] }] }] })
    ).rejects.toThrow('Sheet "S": block address "nowhere" is not a cell.');
  });
});

describe("isOwnedSheet and select", () => {
  it("tells the add-in's sheets from the user's in one sync", async () => {
    const fake = fakeExcel({
      sheets: [{ name: "LLR Pack Oct 23" }, { name: "PWR" }],
      names: [{ name: PACK_OWNER, formula: "='LLR Pack Oct 23'!$A$1" }],
    });
    expect(await isOwnedSheet(fake.context, "LLR Pack Oct 23", "llr-pack")).toBe(true);
    expect(await isOwnedSheet(fake.context, "PWR", "llr-pack")).toBe(false);
    expect(await isOwnedSheet(fake.context, "Missing", "llr-pack")).toBe(false);
    expect(fake.syncCount).toBe(3);
  });

  it("activates the sheet and selects the range through the host", async () => {
    const fake = fakeExcel({ sheets: [{ name: "Notes" }, { name: "PWR" }] });
    const host = hostOn(fake);
    expect(host.kind).toBe("excel");
    await host.select("PWR", "D7");
    expect(fake.state().activeSheet).toBe("PWR");
    expect(fake.model.selection).toBe("PWR!D7");
    expect(fake.syncCount).toBe(1);
  });

  it("turns a missing sheet into a message naming it", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await expect(selectRange(fake.context, "Gone", "A1")).rejects.toThrow(
      'There is no sheet named "Gone" in this workbook any more.'
    );
  });

  it("turns an address that is not one into a message naming it", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await expect(selectRange(fake.context, "PWR", "row 7")).rejects.toThrow(
      '"row 7" is not a cell address on sheet PWR.'
    );
  });

  it("says in words when Excel refuses to go there", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }, { name: "Lists", visibility: "Hidden" }] });
    await expect(selectRange(fake.context, "Lists", "A1")).rejects.toMatchObject({
      code: "InvalidOperation",
      message: expect.stringMatching(/^Excel could not go to Lists!A1: .* \(InvalidOperation\)\.$/),
    });
  });
});
