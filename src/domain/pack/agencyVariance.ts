/**
 * Table 3, AgencyVariance: "Agency variance to plan (WTE) by month" (docs/published-pack.md, Table 3), from the
 * PWR's agency rows. Rows: each staff group, their total, and the total as a share of the plan.
 * Columns: the Base (March) agency WTE, then actual - plan for every month April..month, all the
 * organisations together.
 */
import { planVariance, planVariancePercent } from "../metrics/variance";
import { packGroups, type PackContext } from "./context";
import { cell, emptyCell, metricValue, TableDraft } from "./draft";
import { atom, blankOnError, div, sub } from "./expr";
import type { PackCell, PackCellAddress, PackTable } from "./model";
import {
  baseMeasure,
  groupRows,
  hasGroup,
  MEASURE,
  TYPE,
  typeRows,
  type ReturnSource,
} from "./source";
import { STAFF_GROUPS } from "../staffGroups";

export function agencyVarianceTable(
  ctx: PackContext,
  pwr: ReturnSource,
  at: PackCellAddress
): PackTable {
  const m = ctx.month;
  const months = Array.from({ length: m }, (_, i) => i + 1);
  const columns = ["Staff group", "Base", ...months.map((k) => ctx.monthLabel(k))];
  const t = new TableDraft("AgencyVariance", "Agency variance to plan (WTE) by month", columns, at);
  const measure = baseMeasure(
    pwr,
    typeRows(pwr, ctx.orgKeys, "Agency", "Actual").concat(
      typeRows(pwr, ctx.orgKeys, "Agency", "Plan")
    )
  );
  const hasBase = measure !== null;

  const groups = packGroups(hasGroup(pwr, ctx.orgKeys, "Agency", "Other"));
  for (const group of groups) {
    const actual = groupRows(pwr, ctx.orgKeys, "Agency", group, "Actual");
    const plan = groupRows(pwr, ctx.orgKeys, "Agency", group, "Plan");
    const base = groupRows(pwr, ctx.orgKeys, "Agency", group, measure ?? "Actual");
    const cells: PackCell[] = [
      hasBase ? cell(base.value("base"), base.expr("base"), "wte") : emptyCell("wte"),
    ];
    for (const k of months) {
      cells.push(
        cell(
          metricValue(planVariance(actual.value(k), plan.value(k))),
          sub(actual.expr(k), plan.expr(k)),
          "wte"
        )
      );
    }
    t.add(group, "group", cells);
  }
  const totalCells = t.sumRows(0, groups.length - 1, "wte");
  if (!hasBase) totalCells[0] = emptyCell("wte");
  const totalRow = t.add("Total", "total", totalCells);

  // The same rows as the group rows above, so the percentage is their total over their plan.
  const allGroups = (measure: "Actual" | "Plan") =>
    STAFF_GROUPS.filter((g) => groups.includes(g))
      .map((g) => groupRows(pwr, ctx.orgKeys, "Agency", g, measure))
      .reduce((a, b) => a.concat(b))
      .matchedOn([TYPE, MEASURE]);
  const actualAll = allGroups("Actual");
  const planAll = allGroups("Plan");
  const pct: PackCell[] = [emptyCell("percent")];
  months.forEach((k, i) => {
    const value = metricValue(planVariancePercent(actualAll.value(k), planAll.value(k)));
    pct.push(
      cell(value, blankOnError(div(atom(t.ref(totalRow, i + 1)), planAll.expr(k))), "percent")
    );
  });
  t.add("Variance to plan %", "ratio", pct);
  return t.build([pwr.name]);
}
