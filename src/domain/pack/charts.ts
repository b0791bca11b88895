/**
 * The pack's charts (the published pack's charts, docs/published-pack.md): PACK_CHARTS says which
 * table each plots and which of its rows or columns are the series, in the order they are drawn.
 * Where they sit is the write plan's job.
 */
import type { PackContext } from "./context";
import type { PackChart, PackTable, PackTableName } from "./model";
import { COMBINED, seriesLabel } from "./planVsActual";

const safeName = (s: string): string =>
  s.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "") || "Org";

const months = (t: PackTable) => t.columns.slice(1);

interface PackChartSpec {
  readonly table: PackTableName;
  make(ctx: PackContext, table: PackTable): PackChart[];
}

export const PACK_CHARTS: readonly PackChartSpec[] = [
  {
    table: "WTEVariance",
    make: (ctx, wte) => [
      {
        name: "VarianceByGroupChart",
        kind: "clusteredBar",
        title: `Variance to plan (WTE) by staff group and organisation, ${ctx.label}`,
        table: "WTEVariance",
        seriesBy: "columns",
        series: wte.columns.slice(3),
        categories: wte.rows.filter((r) => r.role === "group").map((r) => r.label),
        xAxisTitle: "Staff group",
        yAxisTitle: "WTE above (+) or below (-) plan",
      },
    ],
  },
  {
    table: "PlanVsActualWTE",
    make: (ctx, plan) =>
      [COMBINED, ...ctx.orgs.map((o) => o.label)].map((w, i) => ({
        name:
          i === 0 ? "PlanVsActualWTEChart_Combined" : `PlanVsActualWTEChart_${i}_${safeName(w)}`,
        kind: "line",
        title: `${w} plan vs actual (WTE)`,
        table: "PlanVsActualWTE",
        seriesBy: "rows",
        series: [seriesLabel(w, "Plan"), seriesLabel(w, "Actual")],
        categories: months(plan),
        xAxisTitle: "Month",
        yAxisTitle: "WTE",
      })),
  },
  {
    table: "PlanVsActualCost",
    make: (_ctx, cost) => [
      {
        name: "PlanVsActualCostChart",
        kind: "line",
        title: "Combined plan vs actual pay cost (£m)",
        table: "PlanVsActualCost",
        seriesBy: "rows",
        series: [seriesLabel(COMBINED, "Plan"), seriesLabel(COMBINED, "Actual")],
        categories: months(cost),
        xAxisTitle: "Month",
        yAxisTitle: "£m",
      },
    ],
  },
  {
    table: "PriceCap",
    make: (_ctx, cap) => [
      {
        name: "PriceCapChart",
        kind: "line",
        title: "Cumulative agency spend vs price-cap ceiling (£m)",
        table: "PriceCap",
        seriesBy: "rows",
        series: cap.rows.filter((r) => r.role === "series").map((r) => r.label),
        categories: months(cap),
        xAxisTitle: "Month",
        yAxisTitle: "£m (cumulative)",
      },
    ],
  },
];

/** The charts of the tables the pack has. */
export function packCharts(ctx: PackContext, tables: readonly PackTable[]): PackChart[] {
  return PACK_CHARTS.flatMap((c) => {
    const table = tables.find((t) => t.name === c.table);
    return table ? c.make(ctx, table) : [];
  });
}
