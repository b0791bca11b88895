/** A small hand-made Pack for the report's tests, with a hostile organisation name. */
import type { Pack, PackCell, PackFormat, PackRow } from "../../src/domain/pack/model";

export const HOSTILE = `<img src=x onerror=alert(1)>`;

const cell = (value: number | null, format: PackFormat): PackCell => ({
  value,
  formula: value === null ? null : "=1",
  format,
});
const row = (
  label: string,
  role: PackRow["role"],
  format: PackFormat,
  values: (number | null)[]
): PackRow => ({
  label,
  role,
  cells: values.map((v) => cell(v, format)),
});

export function fixturePack(org2 = HOSTILE): Pack {
  return {
    month: 7,
    fyStartYear: 2023,
    label: "Oct 23",
    sheetName: "LLR Pack Oct 23",
    organisations: ["UHL", org2],
    messages: [`Vacancies were left out: the workbook has no "Vacancies" sheet & nothing to show.`],
    tables: [
      {
        name: "WTEVariance",
        title: "Variance to plan (WTE), Oct 23",
        columns: ["Staff group", "Plan", "Total", "UHL", org2],
        rows: [
          row("Nursing, Midwifery", "group", "wte", [6137, 86, 40, 46]),
          row(`Clinical "Support" & <co>`, "group", "wte", [4520, -61.4, -50, -11.4]),
          row("Total Substantive", "total", "wte", [10657, 24.6, -10, 34.6]),
          row("Growth (cumulative)", "ratio", "percent", [0.021, 0.068, 0.089, 0.009]),
        ],
        sources: ["PWR"],
        at: { row: 0, col: 0 },
      },
      {
        name: "PlanVsActualCost",
        title: "Plan and actual pay cost by month (£m)",
        columns: ["Series", "M1", "M2", "M3"],
        rows: [
          row("Combined plan", "series", "gbpMillions", [104.1, 104.3, 104.2]),
          row("Combined actual", "series", "gbpMillions", [106.8, -3.04, null]),
        ],
        sources: ["PFR"],
        at: { row: 8, col: 0 },
      },
    ],
    charts: [
      {
        name: "CostLine",
        kind: "line",
        title: "Plan vs actual pay cost, combined",
        table: "PlanVsActualCost",
        seriesBy: "rows",
        series: ["Combined plan", "Combined actual"],
        categories: ["M1", "M2", "M3"],
        xAxisTitle: "Month",
        yAxisTitle: "£m",
      },
      {
        name: "VarianceBar",
        kind: "clusteredBar",
        title: "Variance to plan (WTE) by staff group",
        table: "WTEVariance",
        seriesBy: "columns",
        series: ["UHL", org2],
        categories: ["Nursing, Midwifery", `Clinical "Support" & <co>`],
        xAxisTitle: "Staff group",
        yAxisTitle: "WTE",
      },
    ],
  };
}
