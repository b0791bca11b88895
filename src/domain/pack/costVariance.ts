/**
 * Table 2, CostVariance: "Variance to plan (£m), Oct 23" (docs/published-pack.md, Table 2), from the PFR. Columns:
 * the month's plan, the in-month variance in total and per organisation, the year to date (the
 * sum of the monthly variances April..month) and the year-end run rate (YTD / month x 12).
 *
 * The published Month 7 pack printed 2 x YTD as its run rate (YTD annualised over six months,
 * docs/published-pack.md, Table 2); the pack uses the months actually elapsed.
 */
import { yearEndRunRate } from "../metrics/runRate";
import { planVariance } from "../metrics/variance";
import type { ReturnRow } from "../template/model";
import { orgSets, packGroups, type PackContext } from "./context";
import { cell, metricValue, TableDraft, total, uniqueHeaders } from "./draft";
import { atom, call, div, mul, num, scale, sub, sumOf, type Expr } from "./expr";
import type { PackCell, PackCellAddress, PackTable } from "./model";
import {
  groupRows,
  hasGroup,
  typeRows,
  type Measure,
  type Query,
  type ReturnSource,
} from "./source";

type Pick = (orgs: ReadonlySet<string>, measure: Measure) => Query<ReturnRow>;

export function costVarianceTable(
  ctx: PackContext,
  pfr: ReturnSource,
  at: PackCellAddress
): PackTable {
  const m = ctx.month;
  const d = ctx.toMillions;
  const columns = uniqueHeaders(
    ["Staff group", "Plan", "Total"],
    ctx.orgs.map((o) => o.label),
    ["YTD", "YE run rate"]
  );
  const t = new TableDraft("CostVariance", `Variance to plan (£m), ${ctx.label}`, columns, at);
  const perOrg = orgSets(ctx);
  const lastOrgCol = 1 + ctx.orgs.length;
  const ytdCol = lastOrgCol + 1;

  const runRate = (r: number, ytd: number | null): PackCell =>
    cell(
      ytd === null ? null : metricValue(yearEndRunRate(ytd, m)),
      mul(div(atom(t.ref(r, ytdCol)), num(m)), num(12)),
      "gbpMillions"
    );

  const varianceRow = (pick: Pick): PackCell[] => {
    const r = t.size;
    const plan = pick(ctx.orgKeys, "Plan");
    const orgCells = perOrg.map((orgs) => {
      const actual = pick(orgs, "Actual");
      const planned = pick(orgs, "Plan");
      const v = metricValue(planVariance(actual.value(m), planned.value(m)));
      return cell(
        v === null ? null : v / d,
        scale(sub(actual.expr(m), planned.expr(m)), d),
        "gbpMillions"
      );
    });
    // YTD: the monthly variances of every organisation, April to the month.
    const actualAll = pick(ctx.orgKeys, "Actual");
    const planAll = pick(ctx.orgKeys, "Plan");
    let ytd = 0;
    const monthly: Expr[] = [];
    for (let k = 1; k <= m; k++) {
      if (!pfr.hasPeriod(k)) continue;
      const v = planVariance(actualAll.value(k), planAll.value(k));
      ytd += v.ok ? v.value : 0;
      monthly.push(sub(actualAll.expr(k), planAll.expr(k)));
    }
    const ytdValue = ytd / d;
    return [
      cell(plan.value(m) / d, scale(plan.expr(m), d), "gbpMillions"),
      cell(
        total(orgCells.map((c) => c.value)),
        call("SUM", [atom(t.rowRange(r, 2, lastOrgCol))]),
        "gbpMillions"
      ),
      ...orgCells,
      cell(ytdValue, scale(sumOf(monthly), d), "gbpMillions"),
      runRate(r, ytdValue),
    ];
  };

  /** Totals: every column adds the rows above except the run rate, which annualises its own YTD. */
  const withRunRate = (r: number, cells: PackCell[]): PackCell[] => [
    ...cells.slice(0, -1),
    runRate(r, cells[ytdCol].value),
  ];

  const groups = packGroups(hasGroup(pfr, ctx.orgKeys, "Substantive", "Other"));
  for (const group of groups) {
    t.add(
      group,
      "group",
      varianceRow((orgs, measure) => groupRows(pfr, orgs, "Substantive", group, measure))
    );
  }
  const subRow = t.add(
    "Total Substantive",
    "total",
    withRunRate(t.size, t.sumRows(0, groups.length - 1, "gbpMillions"))
  );
  const bankRow = t.add(
    "Total Bank",
    "total",
    varianceRow((orgs, measure) => typeRows(pfr, orgs, "Bank", measure))
  );
  const agencyRow = t.add(
    "Total Agency",
    "total",
    varianceRow((orgs, measure) => typeRows(pfr, orgs, "Agency", measure))
  );
  t.add(
    "Total",
    "total",
    withRunRate(t.size, t.addRows([subRow, bankRow, agencyRow], "gbpMillions"))
  );

  ctx.messages.push(
    `CostVariance: "YE run rate" is the year to date / ${m} months x 12. The published Month 7 pack doubled the YTD instead (an annualisation over six months).`
  );
  return t.build([pfr.name]);
}
