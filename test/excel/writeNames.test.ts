/**
 * Where a write puts things and what it calls them: a rerun replaces the add-in's earlier sheets
 * in their places; table names follow the one policy of src/workbook/tableNames.ts against
 * tables and defined names; charts need a feature above the declared requirement sets.
 */
import { applyPlan } from "../../src/excel/write/applyPlan";
import { createExcelSession } from "../../src/excel/session";
import { ownerNameFor } from "../../src/workbook/ownership";
import type { SheetPlan, WritePlan } from "../../src/workbook/plan";
import { fakeExcel, type FakeExcel, type WorkbookSpec } from "./fakeExcel";

const PACK: SheetPlan = {
  name: "LLR Pack Oct 23",
  ownerMarker: "llr-pack",
  blocks: [
    {
      at: "A1",
      rows: [
        ["Staff group", "Plan", "Oct 23"],
        ["Nursing", 5000, 5086],
      ],
    },
  ],
  validations: [{ range: "A2", values: ["Nursing, Midwifery", "Total"] }],
  tables: [{ name: "WTEVariance", range: "A1:C2" }],
  charts: [
    {
      name: "wte",
      kind: "line",
      title: "Plan vs actual",
      dataRange: "A1:C2",
      seriesBy: "rows",
      categories: "B1:C1",
      series: [{ name: "Nursing", nameCell: "A2", values: "B2:C2" }],
      at: "E3",
      width: 480,
      height: 288,
    },
  ],
};
const PLAN: WritePlan = { sheets: [PACK] };
const PACK_OWNER = ownerNameFor("LLR Pack Oct 23", "llr-pack");
const LISTS_OWNER = ownerNameFor("LLR Lists", "llr-lists");

function write(fake: FakeExcel, plan: WritePlan = PLAN) {
  return applyPlan(fake.newContext(), createExcelSession(fake.requirements), plan);
}

describe("a rerun", () => {
  const spec: WorkbookSpec = {
    sheets: [
      { name: "PWR", used: "A1", values: [["x"]] },
      { name: "LLR Pack Oct 23", used: "A1", values: [["the earlier pack"]] },
      { name: "Notes", used: "A1", values: [["mine"]] },
      { name: "LLR Lists", visibility: "Hidden", used: "A1", values: [["old"]] },
    ],
    names: [
      { name: PACK_OWNER, formula: "='LLR Pack Oct 23'!$A$1" },
      { name: LISTS_OWNER, formula: "='LLR Lists'!$A$1" },
    ],
    tables: [{ name: "WTEVariance", sheet: "LLR Pack Oct 23", range: "A1:C2" }],
  };

  it("replaces the add-in's sheets in their places, tables and names included, in four syncs", async () => {
    const fake = fakeExcel(spec);
    const result = await write(fake);
    expect(result).toEqual({ sheets: ["LLR Pack Oct 23", "LLR Lists"], messages: [] });
    const state = fake.state();
    expect(state.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["PWR", "Visible"],
      ["LLR Pack Oct 23", "Visible"],
      ["Notes", "Visible"],
      ["LLR Lists", "Hidden"],
    ]);
    expect(fake.read("LLR Pack Oct 23", "A1:C2")).toEqual([
      ["Staff group", "Plan", "Oct 23"],
      ["Nursing", 5000, 5086],
    ]);
    expect(fake.read("LLR Lists", "A1:A2")).toEqual([["Nursing, Midwifery"], ["Total"]]);
    expect(state.tables).toEqual([
      {
        name: "WTEVariance",
        sheet: "LLR Pack Oct 23",
        address: "A1:C2",
        style: "TableStyleMedium2",
      },
    ]);
    expect(state.names).toEqual([
      { name: LISTS_OWNER, formula: "='LLR Lists'!$A$1" },
      { name: PACK_OWNER, formula: "='LLR Pack Oct 23'!$A$1" },
    ]);
    // The drop-down list refers to the list sheet by its final name.
    expect(state.sheets[1].validations.A2.rule).toEqual({
      list: { inCellDropDown: true, source: "='LLR Lists'!$A$1:$A$2" },
    });
    expect(fake.syncCount).toBe(4);
  });
});

describe("table names", () => {
  const sheets = [{ name: "PWR", used: "A1", values: [["x"]] }];

  it("do not take a workbook-scoped defined name", async () => {
    const fake = fakeExcel({ sheets, names: [{ name: "wtevariance", formula: "=PWR!$A$1" }] });
    const result = await write(fake);
    expect(fake.state().tables.map((t) => t.name)).toEqual(["WTEVariance_2"]);
    expect(result.messages).toEqual([
      'A table or defined name "WTEVariance" already exists in the workbook, so the table on "LLR Pack Oct 23" is named "WTEVariance_2".',
    ]);
  });

  it("do not take a sheet-scoped defined name", async () => {
    const fake = fakeExcel({
      sheets: [{ ...sheets[0], names: [{ name: "WTEVariance", formula: "=PWR!$A$1" }] }],
    });
    await write(fake);
    expect(fake.state().tables.map((t) => t.name)).toEqual(["WTEVariance_2"]);
  });

  it("refuse the write, before anything is written, when every alternative is taken", async () => {
    const taken = ["WTEVariance", ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `WTEVariance_${n}`)];
    const fake = fakeExcel({
      sheets,
      names: taken.map((name) => ({ name, formula: "=PWR!$A$1" })),
    });
    const before = fake.state();
    await expect(write(fake)).rejects.toThrow(
      'The workbook already has tables or defined names "WTEVariance" to "WTEVariance_9", so the table for "LLR Pack Oct 23" cannot be named: rename or delete one of them and run again. Nothing was written.'
    );
    expect(fake.syncCount).toBe(1);
    expect(fake.state()).toEqual(before);
  });
});

describe("charts", () => {
  it("on the declared minimum (ExcelApi 1.9) are left out with a message, and nothing above it is called", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] }, { excelApi: "1.9" });
    const result = await write(fake);
    expect(result.messages).toEqual([
      "This version of Excel does not support ExcelApi 1.12 (the pack's charts, whose series come from rows that are not next to each other), so the pack is written with its tables and commentary but without its charts; update Excel to get them.",
    ]);
    expect(fake.syncLog.every((s) => s.outcome === "ok")).toBe(true);
    const pack = fake.state().sheets.find((s) => s.name === "LLR Pack Oct 23")!;
    expect(pack.charts).toEqual([]);
    expect(fake.state().tables.map((t) => t.name)).toEqual(["WTEVariance"]);
    expect([...fake.runtime.used].filter((m) => m.startsWith("ChartSeries"))).toEqual([]);
  });

  it("where ExcelApi 1.12 is supported are written", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }] }, { excelApi: "1.12" });
    const result = await write(fake);
    expect(result.messages).toEqual([]);
    const pack = fake.state().sheets.find((s) => s.name === "LLR Pack Oct 23")!;
    expect(pack.charts.map((c) => c.series)).toEqual([
      [{ name: "Nursing", values: "B2:C2", xValues: "B1:C1" }],
    ]);
  });
});
