/**
 * Table 1, WTEVariance: "Variance to plan (WTE), Oct 23" (docs/published-pack.md, Table 1). Rows: each substantive
 * staff group, the substantive / bank / agency totals, the total excluding overtime, and the
 * cumulative growth against the Base (March) column. Columns: the month's plan for all the
 * organisations, the total variance (actual - plan), and each organisation's variance.
 */
import { cumulativeGrowth } from "../metrics/growth";
import { planVariance } from "../metrics/variance";
import type { ReturnRow } from "../template/model";
import { orgSets, packGroups, type PackContext } from "./context";
import { cell, metricValue, TableDraft, total, uniqueHeaders } from "./draft";
import { add, atom, blankOnError, call, div, num, sub, type Expr } from "./expr";
import type { PackCell, PackCellAddress, PackTable } from "./model";
import {
  allTypeRows,
  baseMeasure,
  groupRows,
  hasGroup,
  typeRows,
  type Measure,
  type Query,
  type ReturnSource,
} from "./source";

type Pick = (orgs: ReadonlySet<string>, measure: Measure) => Query<ReturnRow>;

export function wteVarianceTable(
  ctx: PackContext,
  pwr: ReturnSource,
  at: PackCellAddress
): PackTable {
  const m = ctx.month;
  const columns = uniqueHeaders(
    ["Staff group", "Plan", "Total"],
    ctx.orgs.map((o) => o.label)
  );
  const t = new TableDraft("WTEVariance", `Variance to plan (WTE), ${ctx.label}`, columns, at);
  const perOrg = orgSets(ctx);
  const lastOrgCol = 1 + ctx.orgs.length;

  /** Plan | Total | each organisation's actual - plan, for one selection of rows. */
  const varianceRow = (pick: Pick): PackCell[] => {
    const r = t.size;
    const plan = pick(ctx.orgKeys, "Plan");
    const orgCells = perOrg.map((orgs) => {
      const actual = pick(orgs, "Actual");
      const planned = pick(orgs, "Plan");
      return cell(
        metricValue(planVariance(actual.value(m), planned.value(m))),
        sub(actual.expr(m), planned.expr(m)),
        "wte"
      );
    });
    return [
      cell(plan.value(m), plan.expr(m), "wte"),
      cell(
        total(orgCells.map((c) => c.value)),
        call("SUM", [atom(t.rowRange(r, 2, lastOrgCol))]),
        "wte"
      ),
      ...orgCells,
    ];
  };

  const groups = packGroups(hasGroup(pwr, ctx.orgKeys, "Substantive", "Other"));
  for (const group of groups) {
    t.add(
      group,
      "group",
      varianceRow((orgs, measure) => groupRows(pwr, orgs, "Substantive", group, measure))
    );
  }
  // Total Substantive adds the rows above, so the table adds up on the page.
  const subRow = t.add("Total Substantive", "total", t.sumRows(0, groups.length - 1, "wte"));
  const bankRow = t.add(
    "Total Bank",
    "total",
    varianceRow((orgs, measure) => typeRows(pwr, orgs, "Bank", measure))
  );
  const agencyRow = t.add(
    "Total Agency",
    "total",
    varianceRow((orgs, measure) => typeRows(pwr, orgs, "Agency", measure))
  );
  const allRow = t.add(
    "Total (excl. overtime)",
    "total",
    t.addRows([subRow, bankRow, agencyRow], "wte")
  );

  const growth = growthRow(ctx, pwr, t, allRow, perOrg);
  if (growth) t.add("Growth (cumulative)", "ratio", growth);
  return t.build([pwr.name]);
}

/**
 * Growth against the Base column: planned (Plan column) and actual (Total and each organisation)
 * total WTE excluding overtime at the month over the March base, minus 1. The base is read from
 * the Actual rows, or from the Plan rows when only they carry one.
 */
function growthRow(
  ctx: PackContext,
  pwr: ReturnSource,
  t: TableDraft,
  allRow: number,
  perOrg: readonly ReadonlySet<string>[]
): PackCell[] | null {
  const m = ctx.month;
  if (!pwr.hasPeriod("base")) {
    ctx.messages.push(
      `WTEVariance: the growth row is left out because ${pwr.name} has no Base (March) column.`
    );
    return null;
  }
  const measure = baseMeasure(
    pwr,
    allTypeRows(pwr, ctx.orgKeys, "Actual").concat(allTypeRows(pwr, ctx.orgKeys, "Plan"))
  );
  if (measure === null) {
    ctx.messages.push(
      `WTEVariance: the growth row is left out because the Base column of ${pwr.name} is blank.`
    );
    return null;
  }
  const base = (orgs: ReadonlySet<string>) => allTypeRows(pwr, orgs, measure);
  const growthCell = (current: number, currentExpr: Expr, orgs: ReadonlySet<string>): PackCell => {
    const b = base(orgs);
    return cell(
      metricValue(cumulativeGrowth(current, b.value("base"))),
      blankOnError(sub(div(currentExpr, b.expr("base")), num(1))),
      "percent"
    );
  };
  const planAll = t.cellAt(allRow, 0);
  const varianceAll = t.cellAt(allRow, 1);
  const cells: PackCell[] = [
    growthCell(planAll.value ?? 0, atom(t.ref(allRow, 0)), ctx.orgKeys),
    growthCell(
      (planAll.value ?? 0) + (varianceAll.value ?? 0),
      add(atom(t.ref(allRow, 0)), atom(t.ref(allRow, 1))),
      ctx.orgKeys
    ),
  ];
  for (const orgs of perOrg) {
    const actual = allTypeRows(pwr, orgs, "Actual");
    cells.push(growthCell(actual.value(m), actual.expr(m), orgs));
  }
  return cells;
}
