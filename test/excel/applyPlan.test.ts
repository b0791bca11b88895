import { applyPlan } from "../../src/excel/write/applyPlan";
import { isOwnedSheet, selectRange as selectWithContext } from "../../src/excel/select";
import { createExcelSession } from "../../src/excel/session";
import { createExcelHost } from "../../src/excel/excelHost";
import { ownerNameFor } from "../../src/workbook/ownership";
import type { SheetPlan, WritePlan } from "../../src/workbook/plan";
import { fakeExcel } from "./fakeExcel";

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

const applyPlanInExcel = (plan: WritePlan) => createExcelHost().applyPlan(plan);
const applyWithContext = (context: any, plan: WritePlan) =>
  applyPlan(context, createExcelSession(), plan);

describe("applyPlanInExcel", () => {
  it("applies a whole plan in three syncs, with calculation suspended while it writes", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR", used: "A1", values: [["x"]] }] });
    (globalThis as any).Excel = fake.excel;
    const result = await applyPlanInExcel(PLAN);
    expect(fake.syncs).toHaveBeenCalledTimes(3);
    expect(fake.calls.suspendCalculation).toBe(2);
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
    await applyWithContext(fake.context, many);
    expect(fake.syncs).toHaveBeenCalledTimes(3);
    expect(fake.added.filter((s) => s.name.startsWith("Pack")).map((s) => s.charts.length)).toEqual(
      [2, 2, 2, 2, 2, 2]
    );
  });

  it("writes each block's values and formulas as one 2-D array, text Excel would convert kept as text", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await applyWithContext(fake.context, PLAN);
    const pack = fake.added.find((s) => s.name === "LLR Pack Oct 23")!;
    const writes = pack.ranges.filter((r) => r.formulas !== undefined);
    expect(writes.map((r) => [r.address, r.formulas])).toEqual([
      ["A1", [["Variance to plan (WTE), Oct 23"]]],
      [
        "A3:D5",
        [
          ["Staff group", "Plan", "'Oct 23", "Variance"],
          ["Nursing, Midwifery", 5000, 5086, "=C4-B4"],
          ["Total", "=SUM(B4:B4)", 5086, null],
        ],
      ],
    ]);
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
    await applyWithContext(fake.context, { sheets: [{ ...PLAN.sheets[0], charts: [chart] }] });
    const made = fake.added.find((s) => s.name === "LLR Pack Oct 23")!.charts[0] as Record<
      string,
      any
    >;
    expect(made.source).toBe("B4:C4");
    expect(
      made.seriesList.map((s: Record<string, unknown>) => [s.name, s.values, s.categories])
    ).toEqual([
      ["UHL plan", "B4:C4", "B3:C3"],
      ["UHL actual", "B9:C9", "B3:C3"],
    ]);
  });

  it("adds the table, formats, lists, widths, frozen rows, chart and activation", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await applyWithContext(fake.context, PLAN);
    const pack = fake.added.find((s) => s.name === "LLR Pack Oct 23")!;
    expect([...pack.tables]).toEqual([
      { address: "A3:D5", hasHeaders: true, name: "WTEVariance", style: "TableStyleMedium2" },
    ]);
    const header = pack.ranges.find((r) => r.address === "A3:D3")!;
    expect(header.format).toMatchObject({
      font: { bold: true, color: "#FFFFFF" },
      fill: { color: "#1F4E79" },
      horizontalAlignment: "Center",
    });
    expect(pack.ranges.find((r) => r.address === "B4:D5")!.numberFormat).toEqual([
      ["#,##0", "#,##0", "#,##0"],
      ["#,##0", "#,##0", "#,##0"],
    ]);
    const groups = pack.ranges.find((r) => r.address === "A4:A5")!.dataValidation;
    expect(groups).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "='LLR Lists'!$A$1:$A$2" } },
      prompt: { showPrompt: true, message: "Staff group" },
      errorAlert: { showAlert: true, style: "Warning" },
    });
    expect(pack.ranges.find((r) => r.address === "E4:E5")!.dataValidation).toMatchObject({
      rule: { list: { source: "UHL,LPT" } },
    });
    expect(pack.ranges.find((r) => r.address === "column 0")!.format.columnWidth).toBe(150.75); // (28 characters x 7 px + 5 px) x 0.75 pt
    expect(pack.freeze).toEqual({ kind: "rows", arg: 3 });
    expect([...pack.charts]).toEqual([
      expect.objectContaining({
        type: "Line",
        source: "A3:C5",
        seriesBy: "Rows",
        name: "wte",
        title: { text: "Plan vs actual" },
        legend: { visible: true, position: "Bottom" },
        axes: { categoryAxis: { title: { text: "Month" } }, valueAxis: { title: { text: "WTE" } } },
        at: "G3",
        width: 480,
        height: 288,
      }),
    ]);
    expect(fake.calls.activated).toEqual(["LLR Pack Oct 23"]);
    const lists = fake.added.find((s) => s.name === "LLR Lists")!;
    expect(lists.visibility).toBe("Hidden");
    expect(lists.ranges.find((r) => r.formulas)!.formulas).toEqual([
      ["Nursing, Midwifery"],
      ["Total"],
    ]);
  });

  it("marks the sheets it makes with the owner name both adapters use", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await applyWithContext(fake.context, PLAN);
    expect(fake.addedNames).toEqual([
      { name: ownerNameFor("LLR Pack Oct 23", "llr-pack"), reference: "LLR Pack Oct 23!A1" },
      { name: ownerNameFor("LLR Lists", "llr-lists"), reference: "LLR Lists!A1" },
    ]);
  });

  it("replaces its own sheet, in its place, and nothing else", async () => {
    const fake = fakeExcel({
      sheets: [{ name: "PWR" }, { name: "LLR Pack Oct 23" }, { name: "Notes" }],
      names: [
        { name: ownerNameFor("LLR Pack Oct 23", "llr-pack"), formula: "='LLR Pack Oct 23'!$A$1" },
      ],
    });
    const result = await applyWithContext(fake.context, { sheets: [{ ...PACK, validations: [] }] });
    expect(result).toEqual({ sheets: ["LLR Pack Oct 23"], messages: [] });
    expect(fake.deletedSheets).toEqual(["LLR Pack Oct 23"]);
    expect(fake.deletedNames).toEqual([ownerNameFor("LLR Pack Oct 23", "llr-pack")]);
    expect(fake.added.map((s) => [s.name, s.position])).toEqual([["LLR Pack Oct 23", 1]]);
  });

  it("writes '<name> (2)' beside a sheet the add-in did not make, and says so", async () => {
    const fake = fakeExcel({
      sheets: [{ name: "LLR Pack Oct 23" }],
      // A marker that points elsewhere (the user renamed the add-in's sheet) does not make it ours.
      names: [{ name: ownerNameFor("LLR Pack Oct 23", "llr-pack"), formula: "='Renamed'!$A$1" }],
    });
    const result = await applyWithContext(fake.context, { sheets: [{ ...PACK, validations: [] }] });
    expect(result.sheets).toEqual(["LLR Pack Oct 23 (2)"]);
    expect(result.messages).toEqual([
      'A sheet named "LLR Pack Oct 23" already exists and was not made by the add-in, so it was left as it is and "LLR Pack Oct 23 (2)" was written instead.',
    ]);
    expect(fake.deletedSheets).toEqual([]);
  });

  it("renames a table whose name a user's table already has, unless it sat on the replaced sheet", async () => {
    const fake = fakeExcel({
      sheets: [{ name: "LLR Pack Oct 23" }, { name: "Mine" }],
      names: [
        { name: ownerNameFor("LLR Pack Oct 23", "llr-pack"), formula: "='LLR Pack Oct 23'!$A$1" },
      ],
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
    const result = await applyWithContext(fake.context, plan);
    expect(fake.added[0].tables.map((t) => t.name)).toEqual(["WTEVariance", "Other_2"]);
    expect(result.messages).toEqual([
      'A table named "Other" already exists in the workbook, so the table on "LLR Pack Oct 23" is named "Other_2".',
    ]);
  });

  it("names the sheet and address of a plan it cannot apply", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    await expect(
      applyWithContext(fake.context, {
        sheets: [{ name: "S", blocks: [{ at: "nowhere", rows: [[1]] }] }],
      })
    ).rejects.toThrow('Sheet "S": block address "nowhere" is not a cell.');
  });
});

describe("isOwnedSheet and select", () => {
  it("tells the add-in's sheets from the user's in one sync", async () => {
    const fake = fakeExcel({
      sheets: [{ name: "LLR Pack Oct 23" }, { name: "PWR" }],
      names: [
        { name: ownerNameFor("LLR Pack Oct 23", "llr-pack"), formula: "='LLR Pack Oct 23'!$A$1" },
      ],
    });
    expect(await isOwnedSheet(fake.context, "LLR Pack Oct 23", "llr-pack")).toBe(true);
    expect(await isOwnedSheet(fake.context, "PWR", "llr-pack")).toBe(false);
    expect(await isOwnedSheet(fake.context, "Missing", "llr-pack")).toBe(false);
    expect(fake.syncs).toHaveBeenCalledTimes(3);
  });

  it("activates the sheet and selects the range through the host", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    (globalThis as any).Excel = fake.excel;
    const host = createExcelHost();
    expect(host.kind).toBe("excel");
    await host.select("PWR", "D7");
    expect(fake.calls).toMatchObject({ activated: ["PWR"], selected: ["PWR!D7"] });
    expect(fake.syncs).toHaveBeenCalledTimes(1);
  });

  it("turns a missing sheet into a message naming it", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] });
    fake.syncs.mockImplementationOnce(async () => {
      throw Object.assign(new Error("not found"), { code: "ItemNotFound" });
    });
    await expect(selectWithContext(fake.context, "Gone", "A1")).rejects.toThrow(
      'There is no sheet named "Gone" in this workbook any more.'
    );
  });
});
