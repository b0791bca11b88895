/**
 * Table 4, PriceCap: "Agency spend against the price-cap ceiling (cumulative £m)"
 * (docs/published-pack.md, Table 4), from the Agency sheet. Each month adds that month's spend to the month before,
 * so the running totals read as formulas a person can follow.
 */
import { priceCapExcess } from "../metrics/priceCap";
import type { AgencyRow } from "../template/model";
import type { PackContext } from "./context";
import { cell, metricValue, TableDraft } from "./draft";
import { add, atom, blankOnError, div, num, scale, sub, type Expr } from "./expr";
import type { PackCell, PackCellAddress, PackTable } from "./model";
import { agencyRows, type AgencySource, type Query } from "./source";

export function priceCapTable(
  ctx: PackContext,
  agency: AgencySource,
  at: PackCellAddress
): PackTable | null {
  const cap = agencyRows(agency, ctx.orgKeys, "Price cap spend");
  const spend = agencyRows(agency, ctx.orgKeys, "Actual spend");
  if (cap.isEmpty || spend.isEmpty) {
    ctx.messages.push(
      `PriceCap: left out because the ${agency.name} sheet has no ${cap.isEmpty ? "Price cap spend" : "Actual spend"} rows for the organisations reported.`
    );
    return null;
  }
  const m = ctx.month;
  const months = Array.from({ length: m }, (_, i) => i + 1);
  const columns = ["Cumulative agency spend", ...months.map((k) => ctx.monthLabel(k))];
  const t = new TableDraft(
    "PriceCap",
    "Agency spend against the price-cap ceiling (cumulative £m)",
    columns,
    at
  );

  const cumulative = (q: Query<AgencyRow>): PackCell[] => {
    const r = t.size;
    let running = 0;
    return months.map((k, i) => {
      running += q.value(k) / ctx.toMillions;
      const thisMonth = scale(q.expr(k), ctx.toMillions);
      const expr: Expr = i === 0 ? thisMonth : add(atom(t.ref(r, i - 1)), thisMonth);
      return cell(running, expr, "gbpMillions");
    });
  };
  const capRow = t.add("Price cap spend (cumulative)", "series", cumulative(cap));
  const spendRow = t.add("Actual spend (cumulative)", "series", cumulative(spend));
  t.add(
    "% over price cap ceiling",
    "ratio",
    months.map((_, i) => {
      const value = metricValue(
        priceCapExcess(t.cellAt(spendRow, i).value ?? 0, t.cellAt(capRow, i).value ?? 0)
      );
      return cell(
        value,
        blankOnError(sub(div(atom(t.ref(spendRow, i)), atom(t.ref(capRow, i))), num(1))),
        "percent"
      );
    })
  );
  return t.build([agency.name]);
}
