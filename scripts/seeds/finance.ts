/**
 * The PFR (£000) of the sample: pay plan and actual by organisation, staff type and group, built
 * on the PWR (planned £ per WTE) and the published Month 7 finance figures (T03, T05).
 */
import * as A from "./assumptions";
import { PUBLISHED } from "./published";
import {
  GROUPS,
  MONTHS,
  ORGS,
  PUBLISHED_GROUPS,
  REPORTING_MONTH,
  monthsTo,
  recordOf,
  round,
  splitExact,
  sum,
  type Group,
  type Org,
  type ReturnData,
  type ReturnSeries,
} from "./types";
import type { Workforce } from "./workforce";

const r1 = (x: number) => round(x, 1);
const months7 = monthsTo(REPORTING_MONTH);

/**
 * Monthly cost variance of one row: its WTE variance costed at the planned rate plus a drift.
 * LPT's drift is flat; UHL's is a straight line fitted to the Oct figure and the YTD left over
 * after LPT. Returns Apr..Oct for each organisation.
 */
function spreadVariance(
  rate: number,
  wteVariance: Record<Org, readonly number[]>,
  inMonth: Record<Org, number>,
  ytd: number,
  wiggleScale: Record<Org, number>
): Record<Org, number[]> {
  const wiggle = (o: Org, m: number) => A.COST_WIGGLE[m - 1] * wiggleScale[o];
  const lptDrift = inMonth.LPT - rate * wteVariance.LPT[REPORTING_MONTH - 1];
  const lpt = months7.map((m) => rate * wteVariance.LPT[m - 1] + lptDrift + wiggle("LPT", m));
  const uhlYtd = ytd - sum(lpt);
  const c7 = inMonth.UHL - rate * wteVariance.UHL[REPORTING_MONTH - 1];
  const driftTotal = uhlYtd - rate * sum(wteVariance.UHL);
  // a + b m: a + 7b = c7 and 7a + 28b = driftTotal.
  const b = (7 * c7 - driftTotal) / 21;
  const a = c7 - 7 * b;
  const uhl = months7.map((m) => rate * wteVariance.UHL[m - 1] + a + b * m + wiggle("UHL", m));
  return { UHL: uhl, LPT: lpt };
}

function emptyRow(): ReturnSeries {
  return { base: null, plan: new Array<number>(MONTHS).fill(0), actual: new Array<number>(REPORTING_MONTH).fill(0) };
}

function substantive(wf: Workforce): Record<Org, Record<Group, ReturnSeries>> {
  const pwr = wf.pwr;
  const planCostM7 = recordOf(GROUPS, (g) =>
    g === "Other" ? A.PAY_PLAN_M7.totalSubstantive - sum(PUBLISHED_GROUPS.map((p) => A.PAY_PLAN_M7.groups[p])) : A.PAY_PLAN_M7.groups[g]
  );
  const inMonth = recordOf(GROUPS, (g) =>
    recordOf(ORGS, (o) =>
      g === "Other"
        ? A.PAY_VARIANCE_M7.totalSubstantive[o] - sum(PUBLISHED_GROUPS.map((p) => A.PAY_VARIANCE_M7.groups[p][o]))
        : A.PAY_VARIANCE_M7.groups[g][o]
    )
  );
  const ytd = recordOf(GROUPS, (g) =>
    g === "Other" ? A.PAY_VARIANCE_YTD.totalSubstantive - sum(PUBLISHED_GROUPS.map((p) => A.PAY_VARIANCE_YTD.groups[p])) : A.PAY_VARIANCE_YTD.groups[g]
  );

  const out = recordOf(ORGS, () => ({}) as Record<Group, ReturnSeries>);
  for (const g of GROUPS) {
    const planWteM7 = sum(ORGS.map((o) => pwr[o].Substantive[g].plan[REPORTING_MONTH - 1]));
    // One planned £ per WTE per group for both organisations.
    const rate = planCostM7[g] / planWteM7;
    const plan = recordOf(ORGS, (o) => pwr[o].Substantive[g].plan.map((w) => r1(w * rate)));
    // The PFR does not follow the PWR's recoding, so it is taken out of the WTE variance.
    const wteVariance = recordOf(ORGS, (o) =>
      months7.map((m) => pwr[o].Substantive[g].actual[m - 1] - pwr[o].Substantive[g].plan[m - 1] - wf.recoding(o, g, m))
    );
    const variance = spreadVariance(rate, wteVariance, inMonth[g], ytd[g], recordOf(ORGS, (o) => plan[o][REPORTING_MONTH - 1]));
    for (const o of ORGS) {
      const actual = months7.map((m) => r1(plan[o][m - 1] + variance[o][m - 1]));
      out[o][g] = { base: null, plan: plan[o], actual };
    }
  }
  return out;
}

/** Splits an organisation's monthly totals between groups in proportion to WTE x cost weight. */
function splitByGroup(
  totals: readonly number[],
  wte: (g: (typeof PUBLISHED_GROUPS)[number], monthIndex: number) => number,
  weight: Readonly<Record<(typeof PUBLISHED_GROUPS)[number], number>>
): number[][] {
  return totals.map((t, i) => splitExact(t, PUBLISHED_GROUPS.map((g) => wte(g, i) * weight[g]), 1));
}

function assemble(planSplit: number[][], actualSplit: number[][]): Record<Group, ReturnSeries> {
  return recordOf(GROUPS, (g): ReturnSeries => {
    if (g === "Other") return emptyRow();
    const i = PUBLISHED_GROUPS.indexOf(g);
    return { base: null, plan: planSplit.map((p) => p[i]), actual: actualSplit.map((a) => a[i]) };
  });
}

function bank(wf: Workforce): Record<Org, Record<Group, ReturnSeries>> {
  const pwr = wf.pwr;
  const planWte = recordOf(ORGS, (o) => monthsTo(MONTHS).map((m) => sum(GROUPS.map((g) => pwr[o].Bank[g].plan[m - 1]))));
  const actualWte = recordOf(ORGS, (o) => months7.map((m) => sum(GROUPS.map((g) => pwr[o].Bank[g].actual[m - 1]))));
  const rate = A.PAY_PLAN_M7.bank / sum(ORGS.map((o) => planWte[o][REPORTING_MONTH - 1]));
  const plan = recordOf(ORGS, (o) => planWte[o].map((w) => r1(w * rate)));
  const wteVariance = recordOf(ORGS, (o) => months7.map((m) => actualWte[o][m - 1] - planWte[o][m - 1]));
  const variance = spreadVariance(rate, wteVariance, A.PAY_VARIANCE_M7.bank, A.PAY_VARIANCE_YTD.bank, recordOf(ORGS, (o) => plan[o][REPORTING_MONTH - 1]));
  return recordOf(ORGS, (o) => {
    const actual = months7.map((m) => r1(plan[o][m - 1] + variance[o][m - 1]));
    const rows = pwr[o].Bank;
    return assemble(
      splitByGroup(plan[o], (g, i) => rows[g].plan[i], A.BANK_COST_WEIGHT),
      splitByGroup(actual, (g, i) => rows[g].actual[i], A.BANK_COST_WEIGHT)
    );
  });
}

export interface AgencySpendByOrg {
  readonly plan: Record<Org, number[]>;
  readonly actual: Record<Org, number[]>;
}

/**
 * Agency pay by organisation and month. System spend and plan come from assumptions.ts; each
 * organisation's YTD plan follows from "UHL being 33% over budget and LPT is 13% under budget"
 * (000:133): U + L = plan, 1.33 U + 0.87 L = spend.
 */
export function agencySpend(): AgencySpendByOrg {
  const systemPlan = A.AGENCY_PLAN_SPEND_SYSTEM;
  const systemActual = A.AGENCY_SPEND_SYSTEM;
  const ytdPlan = sum(systemPlan.slice(0, REPORTING_MONTH));
  const ytdActual = sum(systemActual);
  const over = PUBLISHED.narrative.agencyYtdOverspend.byOrg;
  const uhlYtdPlan = (ytdActual - (1 + over.LPT) * ytdPlan) / (over.UHL - over.LPT);
  const lptYtdPlan = ytdPlan - uhlYtdPlan;

  // LPT's plan falls in a straight line to its Oct figure, then stays there.
  const p7 = A.LPT_AGENCY_PLAN_SPEND_M7;
  const step = (lptYtdPlan - REPORTING_MONTH * p7) / 21;
  const lptPlan = monthsTo(MONTHS).map((m) => r1(m < REPORTING_MONTH ? p7 + step * (REPORTING_MONTH - m) : p7));
  const lptOct = p7 + A.LPT_AGENCY_VARIANCE_SPEND_M7;
  const lptSep = r1(lptYtdPlan * (1 + over.LPT) - lptOct - sum(A.LPT_AGENCY_SPEND));
  const lptActual = [...A.LPT_AGENCY_SPEND, lptSep, lptOct];
  const minus = (a: readonly number[], b: readonly number[]) => a.map((x, i) => r1(x - b[i]));
  return {
    plan: { UHL: minus(systemPlan, lptPlan), LPT: lptPlan },
    actual: { UHL: minus(systemActual, lptActual), LPT: lptActual },
  };
}

function agency(wf: Workforce, spend: AgencySpendByOrg): Record<Org, Record<Group, ReturnSeries>> {
  return recordOf(ORGS, (o) => {
    const rows = wf.pwr[o].Agency;
    return assemble(
      splitByGroup(spend.plan[o], (g, i) => rows[g].plan[i], A.AGENCY_COST_WEIGHT),
      splitByGroup(spend.actual[o], (g, i) => rows[g].actual[i], A.AGENCY_COST_WEIGHT)
    );
  });
}

export function buildFinance(wf: Workforce): { pfr: ReturnData; agencySpend: AgencySpendByOrg } {
  const spend = agencySpend();
  const sub = substantive(wf);
  const bk = bank(wf);
  const ag = agency(wf, spend);
  const pfr = recordOf(ORGS, (o) => ({ Substantive: sub[o], Bank: bk[o], Agency: ag[o] }));
  return { pfr, agencySpend: spend };
}
