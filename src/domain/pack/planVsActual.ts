/**
 * Tables 6, PlanVsActualWTE and PlanVsActualCost: plan and actual totals (all staff types) by
 * month, April to March, for the organisations together and each one: the data of the plan vs
 * actual charts (as in the published pack, docs/published-pack.md). Actuals after the reporting month stay blank.
 * The combined rows come first so a chart of them reads one block under the header.
 */
import type { PackContext } from "./context";
import { cell, emptyCell, TableDraft, total, uniqueHeaders } from "./draft";
import { scale } from "./expr";
import type { PackCell, PackCellAddress, PackFormat, PackTable, PackTableName } from "./model";
import { allTypeRows, type Measure, type ReturnSource } from "./source";

export const COMBINED = "Combined";

export const seriesLabel = (who: string, measure: Measure): string =>
  `${who} ${measure === "Plan" ? "plan" : "actual"}`;

export function planVsActualTable(
  ctx: PackContext,
  src: ReturnSource,
  at: PackCellAddress,
  name: Extract<PackTableName, "PlanVsActualWTE" | "PlanVsActualCost">
): PackTable {
  const cost = name === "PlanVsActualCost";
  const format: PackFormat = cost ? "gbpMillions" : "wte";
  const divisor = cost ? ctx.toMillions : 1;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const title = cost ? "Plan vs actual pay cost (£m) by month" : "Plan vs actual (WTE) by month";
  const columns = uniqueHeaders(
    ["Series"],
    [],
    months.map((k) => ctx.monthLabel(k))
  );
  const t = new TableDraft(name, title, columns, at);
  const shown = (measure: Measure, k: number) =>
    src.hasPeriod(k) && (measure === "Plan" || k <= ctx.month);

  const orgRow = (orgs: ReadonlySet<string>, measure: Measure): PackCell[] => {
    const q = allTypeRows(src, orgs, measure);
    return months.map((k) =>
      shown(measure, k)
        ? cell(q.value(k) / divisor, scale(q.expr(k), divisor), format)
        : emptyCell(format)
    );
  };
  // Rows: Combined plan, Combined actual, then plan and actual of each organisation.
  const first = 2;
  const orgRowIndex = (i: number, measure: Measure) => first + 2 * i + (measure === "Plan" ? 0 : 1);
  const combined = (measure: Measure): PackCell[] =>
    months.map((k, c) => {
      if (!shown(measure, k)) return emptyCell(format);
      const rows = ctx.orgs.map((_, i) => orgRowIndex(i, measure));
      const values = rows.map((r) => orgCells[r - first][c].value);
      return {
        value: total(values),
        formula: `=${rows.map((r) => t.ref(r, c)).join("+")}`,
        format,
      };
    });
  const orgCells: PackCell[][] = [];
  ctx.orgs.forEach((o) => {
    const one = new Set([o.key]);
    orgCells.push(orgRow(one, "Plan"), orgRow(one, "Actual"));
  });
  t.add(seriesLabel(COMBINED, "Plan"), "series", combined("Plan"));
  t.add(seriesLabel(COMBINED, "Actual"), "series", combined("Actual"));
  ctx.orgs.forEach((o, i) => {
    t.add(seriesLabel(o.label, "Plan"), "series", orgCells[2 * i]);
    t.add(seriesLabel(o.label, "Actual"), "series", orgCells[2 * i + 1]);
  });
  return t.build([src.name]);
}
