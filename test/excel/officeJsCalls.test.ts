import { createExcelHost } from "../../src/excel/excelHost";
import { ownerNameFor } from "../../src/workbook/ownership";
import { markerFormula } from "../../src/workbook/highlight";
import { isOwnedSheet } from "../../src/excel/select";
import { CLASSES } from "./fake/classes";
import { fakeExcel, type FakeExcel, type FakeOptions, type WorkbookSpec } from "./fakeExcel";
import type { WritePlan } from "../../src/workbook/plan";

const PLAN: WritePlan = {
  sheets: [
    {
      name: "LLR Pack Oct 23",
      ownerMarker: "llr-pack",
      blocks: [{ at: "A1", rows: [["Group", "Plan", "Oct 23"], ["Nursing", 1, 2]] }],
      formats: [{ range: "B2:C2", numberFormat: "#,##0", bold: true, italic: true, fontColor: "#000000", fontSize: 11, fill: "#FFFFFF", wrapText: true, horizontalAlignment: "center" }],
      columnWidths: [{ col: 0, width: 20 }],
      freeze: { rows: 1, cols: 1 },
      validations: [{ range: "A2", values: ["Nursing, Midwifery", "Total"], prompt: "Group" }],
      tables: [{ name: "WTEVariance", range: "A1:C2" }],
      charts: [{ name: "c", kind: "line", title: "t", dataRange: "A1:C2", seriesBy: "rows", categories: "B1:C1", series: [{ name: "a", nameCell: "A2", values: "B2:C2" }, { name: "b", nameCell: "A2", values: "B2:C2" }], xAxisTitle: "x", yAxisTitle: "y", at: "E2", width: 10, height: 10 }],
      activate: true,
    },
  ],
};

const SPEC: WorkbookSpec = {
  sheets: [
    { name: "PWR", used: "A1:B2", values: [["a", 1], ["b", 2]], conditionalFormats: [{ type: "Custom", formula: markerFormula("m"), address: "A1" }, { type: "CellValue", address: "B1" }] },
    { name: "LLR Pack Oct 23", used: "A1", values: [["old"]] },
  ],
  names: [{ name: ownerNameFor("LLR Pack Oct 23", "llr-pack"), formula: "='LLR Pack Oct 23'!$A$1" }],
  tables: [{ name: "WTEVariance", sheet: "LLR Pack Oct 23", range: "A1:C2" }],
};

async function scenario(options: FakeOptions, work: (fake: FakeExcel) => Promise<unknown>) {
  const fake = fakeExcel(SPEC, options);
  (globalThis as any).Excel = fake.excel;
  await work(fake).catch(() => undefined);
  return [...fake.runtime.used];
}

it("lists", async () => {
  const used = new Set<string>();
  const add = (xs: string[]) => xs.forEach((x) => used.add(x));
  const host = (fake: FakeExcel) => createExcelHost({ requirements: fake.requirements });
  add(await scenario({}, (f) => host(f).readSnapshot()));
  add(await scenario({ excelApi: "1.4" }, (f) => host(f).readSnapshot()));
  add(await scenario({ flavour: "web", payloadLimit: 10 }, (f) => host(f).readSnapshot()));
  add(await scenario({}, (f) => host(f).applyPlan(PLAN)));
  add(await scenario({}, async (f) => { f.failAt(3, "GeneralException", 10); await host(f).applyPlan(PLAN); }));
  add(await scenario({}, async (f) => { await host(f).clearHighlights("m"); await host(f).highlight([{ sheet: "PWR", ranges: ["A1"], marker: "m", formula: markerFormula("m"), fill: "#FFFF00" }]); }));
  add(await scenario({}, async (f) => { f.failAt(2, "InvalidArgument"); await host(f).clearHighlights("m"); }));
  add(await scenario({}, async (f) => { await host(f).select("PWR", "A1"); await isOwnedSheet(f.context, "PWR", "m"); }));
  const rows = [...used].sort().map((m) => {
    const [cls, member] = m.split(".");
    const def = CLASSES[cls];
    const d = (def.props?.[member] ?? def.nav?.[member] ?? def.methods?.[member]) as any;
    return `${m} ${d.api}${d.setApi ? "/" + d.setApi : ""}`;
  });
  console.log(rows.join("\n"));
});
