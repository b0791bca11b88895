/**
 * docs/office-js-calls.md lists every Office.js member the adapter uses, with its requirement
 * set: this runs every path of the adapter against the strict fake, which records each member
 * used, and holds the page to what it saw and to the fake's sets (themselves checked against
 * @types/office-js in fakeExcel.test.ts).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { createExcelHost } from "../../src/excel/excelHost";
import { isOwnedSheet } from "../../src/excel/select";
import { markerFormula } from "../../src/workbook/highlight";
import { ownerNameFor } from "../../src/workbook/ownership";
import type { SheetPlan, WritePlan } from "../../src/workbook/plan";
import { CLASSES } from "./fake/classes";
import { fakeExcel, type FakeExcel, type FakeOptions, type WorkbookSpec } from "./fakeExcel";

const SHEET: SheetPlan = {
  name: "LLR Pack Oct 23",
  ownerMarker: "llr-pack",
  blocks: [
    {
      at: "A1",
      rows: [
        ["Group", "Plan", "Oct 23"],
        ["Nursing", 1, 2],
      ],
    },
  ],
  formats: [
    {
      range: "B2:C2",
      numberFormat: "#,##0",
      bold: true,
      italic: true,
      fontColor: "#000000",
      fontSize: 11,
      fill: "#FFFFFF",
      wrapText: true,
      horizontalAlignment: "center",
    },
  ],
  columnWidths: [{ col: 0, width: 20 }],
  freeze: { rows: 1, cols: 1 },
  validations: [{ range: "A2", values: ["Nursing, Midwifery", "Total"], prompt: "Group" }],
  tables: [{ name: "WTEVariance", range: "A1:C2" }],
  charts: [
    {
      name: "c",
      kind: "line",
      title: "Plan vs actual",
      dataRange: "A1:C2",
      seriesBy: "rows",
      categories: "B1:C1",
      series: [
        { name: "Plan", nameCell: "A2", values: "B2:C2" },
        { name: "Actual", nameCell: "A2", values: "B2:C2" },
      ],
      xAxisTitle: "Month",
      yAxisTitle: "WTE",
      at: "E2",
      width: 480,
      height: 288,
    },
  ],
  activate: true,
};
const PLANS: WritePlan[] = [
  { sheets: [SHEET] },
  { sheets: [{ ...SHEET, name: "Rows", ownerMarker: "rows", freeze: { rows: 1, cols: 0 } }] },
  { sheets: [{ ...SHEET, name: "Cols", ownerMarker: "cols", freeze: { rows: 0, cols: 1 } }] },
];

const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: "PWR",
      used: "A1:B2",
      values: [
        ["a", 1],
        ["b", 2],
      ],
      conditionalFormats: [
        { type: "Custom", formula: markerFormula("m"), address: "A1" },
        { type: "CellValue", address: "B1" },
      ],
    },
    { name: "LLR Pack Oct 23", used: "A1", values: [["the earlier pack"]] },
  ],
  names: [
    { name: ownerNameFor("LLR Pack Oct 23", "llr-pack"), formula: "='LLR Pack Oct 23'!$A$1" },
  ],
  tables: [{ name: "WTEVariance", sheet: "LLR Pack Oct 23", range: "A1:C2" }],
};

const HIGHLIGHT = {
  sheet: "PWR",
  ranges: ["A1"],
  marker: "m",
  formula: markerFormula("m"),
  fill: "#FFFF00",
};

type Work = (fake: FakeExcel, host: ReturnType<typeof createExcelHost>) => Promise<unknown>;

async function membersUsed(options: FakeOptions, work: Work): Promise<string[]> {
  const fake = fakeExcel(SPEC, options);
  (globalThis as { Excel?: unknown }).Excel = fake.excel;
  try {
    await work(fake, createExcelHost({ requirements: fake.requirements }));
  } catch {
    // Failure paths are among those exercised; what matters is what they called.
  } finally {
    delete (globalThis as { Excel?: unknown }).Excel;
  }
  return [...fake.runtime.used];
}

const PATHS: [string, FakeOptions, Work][] = [
  ["read", {}, (_f, host) => host.readSnapshot()],
  ["read without the walk", { excelApi: "1.4" }, (_f, host) => host.readSnapshot()],
  ["read in parts", { flavour: "web", payloadLimit: 40 }, (_f, host) => host.readSnapshot()],
  ["read over the cell limit", { readCellLimit: 2 }, (_f, host) => host.readSnapshot()],
  ...PLANS.map((plan, i): [string, FakeOptions, Work] => [
    `write ${i}`,
    {},
    (_f, host) => host.applyPlan(plan),
  ]),
  [
    "write, fail and undo",
    {},
    (fake, host) => {
      fake.failAt(3, "GeneralException", 10);
      return host.applyPlan(PLANS[0]);
    },
  ],
  [
    "highlight and clear",
    {},
    async (_f, host) => {
      await host.highlight([HIGHLIGHT]);
      await host.clearHighlights("m");
    },
  ],
  [
    "clear where the one-step rule load is refused",
    {},
    (fake, host) => {
      fake.failAt(2, "InvalidArgument");
      return host.clearHighlights("m");
    },
  ],
  [
    "select and ownership",
    {},
    async (fake, host) => {
      await host.select("PWR", "A1");
      await isOwnedSheet(fake.context, "LLR Pack Oct 23", "llr-pack");
    },
  ],
];

/** The page's table: "`Worksheet.getRanges()` | 1.9" -> Worksheet.getRanges, 1.9 and its set version. */
function documented(): Map<string, { api: string; setApi?: string }> {
  const page = readFileSync(join(__dirname, "../../docs/office-js-calls.md"), "utf8");
  const rows = new Map<string, { api: string; setApi?: string }>();
  for (const m of page.matchAll(
    /^\| `(\w+\.\w+)(?:\(\))?` \| (\d+\.\d+)(?: \(set: (\d+\.\d+)\))? \|/gm
  ))
    rows.set(m[1], { api: m[2], ...(m[3] ? { setApi: m[3] } : {}) });
  return rows;
}

describe("docs/office-js-calls.md", () => {
  it("lists exactly the members the adapter uses, each with its requirement set", async () => {
    const used = new Set<string>();
    for (const [, options, work] of PATHS)
      for (const m of await membersUsed(options, work)) used.add(m);
    const page = documented();
    expect([...page.keys()].sort()).toEqual([...used].sort());
    for (const [member, sets] of page) {
      const [cls, name] = member.split(".");
      const def = CLASSES[cls];
      const known = def.props?.[name] ?? def.nav?.[name] ?? def.methods?.[name];
      const fake = {
        api: known!.api,
        ...((known as { setApi?: string }).setApi
          ? { setApi: (known as { setApi?: string }).setApi }
          : {}),
      };
      expect({ member, ...sets }).toEqual({ member, ...fake });
    }
  });

  it("needs nothing above the declared ExcelApi 1.9", async () => {
    const page = documented();
    const above = [...page].filter(
      ([, s]) => Number(s.api.split(".")[1]) > 9 && s.api.startsWith("1.")
    );
    expect(above).toEqual([]);
  });
});
