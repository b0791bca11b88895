/**
 * The pack's charts (the published pack's charts, docs/published-pack.md): which table each
 * plots and which of its rows or columns are the series. Where they sit is the write plan's job.
 */
import type { PackContext } from "./context";
import type { PackChart, PackTable, PackTableName } from "./model";
import { COMBINED, seriesLabel } from "./planVsActual";

const safeName = (s: string): string =>
  s.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "") || "Org";

export function packCharts(ctx: PackContext, tables: readonly PackTable[]): PackChart[] {
  const has = (name: PackTableName) => tables.find((t) => t.name === name);
  const charts: PackChart[] = [];
  const wte = has("WTEVariance");
  if (wte) {
    const groups = wte.rows.filter((r) => r.role === "group").map((r) => r.label);
    charts.push({
      name: "VarianceByGroupChart",
      kind: "clusteredBar",
      title: `Variance to plan (WTE) by staff group and organisation, ${ctx.label}`,
      table: "WTEVariance",
      seriesBy: "columns",
      series: wte.columns.slice(3),
      categories: groups,
      xAxisTitle: "Staff group",
      yAxisTitle: "WTE above (+) or below (-) plan",
    });
  }
  const months = (t: PackTable) => t.columns.slice(1);
  const plan = has("PlanVsActualWTE");
  if (plan) {
    const who = [COMBINED, ...ctx.orgs.map((o) => o.label)];
    who.forEach((w, i) => {
      charts.push({
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
      });
    });
  }
  const cost = has("PlanVsActualCost");
  if (cost) {
    charts.push({
      name: "PlanVsActualCostChart",
      kind: "line",
      title: "Combined plan vs actual pay cost (£m)",
      table: "PlanVsActualCost",
      seriesBy: "rows",
      series: [seriesLabel(COMBINED, "Plan"), seriesLabel(COMBINED, "Actual")],
      categories: months(cost),
      xAxisTitle: "Month",
      yAxisTitle: "£m",
    });
  }
  const cap = has("PriceCap");
  if (cap) {
    charts.push({
      name: "PriceCapChart",
      kind: "line",
      title: "Cumulative agency spend vs price-cap ceiling (£m)",
      table: "PriceCap",
      seriesBy: "rows",
      series: cap.rows.filter((r) => r.role === "series").map((r) => r.label),
      categories: months(cap),
      xAxisTitle: "Month",
      yAxisTitle: "£m (cumulative)",
    });
  }
  return charts;
}
