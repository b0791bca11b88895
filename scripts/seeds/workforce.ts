/**
 * The PWR (WTE) of the sample: UHL and LPT, substantive, bank and agency, by staff group, with
 * the March 23 base, the plan for every month and actuals to Oct 23, derived from the published
 * Month 7 figures (published-m7.json) and the choices in assumptions.ts.
 */
import * as A from "./assumptions";
import { agencyRow, PUBLISHED, wteRow } from "./published";
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
  type PublishedGroup,
  type ReturnData,
  type ReturnSeries,
  type StaffType,
} from "./types";

type PerOrgGroup = Record<Org, Record<Group, number>>;

export interface Workforce {
  readonly pwr: ReturnData;
  /** WTE the PWR moved between groups by recoding in that month (+ into, - out of). */
  readonly recoding: (org: Org, group: Group, month: number) => number;
}

const NARRATIVE = PUBLISHED.narrative;
const r2 = (x: number) => round(x, 2);

/** Recoded WTE: 45% of UHL's Infrastructure Support excess (000:46). */
export const RECODED_WTE = r2(NARRATIVE.recodingShare.value * NARRATIVE.recodingShare.ofWte);

function recoding(org: Org, group: Group, month: number): number {
  if (org !== A.RECODING.organisation || month < A.RECODING.month) return 0;
  if (group === A.RECODING.to) return RECODED_WTE;
  if (group === A.RECODING.from) return -RECODED_WTE;
  return 0;
}

function wteOverride(type: StaffType, key: PublishedGroup | "Total", org: Org): number | undefined {
  return A.WTE_VARIANCE_M7_UNROUNDED[type]?.[key]?.[org];
}

/** Substantive plan and actual at Oct 23 by organisation and group, including the derived Other. */
function substantiveAtM7(): { plan: PerOrgGroup; actual: PerOrgGroup } {
  const plan = recordOf(ORGS, () => ({}) as Record<Group, number>);
  const variance = recordOf(ORGS, () => ({}) as Record<Group, number>);
  for (const g of PUBLISHED_GROUPS) {
    const row = wteRow(g);
    plan.LPT[g] = A.LPT_SUBSTANTIVE_PLAN_M7[g];
    plan.UHL[g] = r2(row.plan - plan.LPT[g]);
    for (const o of ORGS) variance[o][g] = wteOverride("Substantive", g, o) ?? row.byOrg[o];
  }
  // Other: the plan-only group behind the gap between the five rows and Total Substantive.
  const total = wteRow("Total Substantive");
  const otherPlan = r2(total.plan - sum(PUBLISHED_GROUPS.map((g) => wteRow(g).plan)));
  variance.UHL.Other = r2(total.byOrg.UHL - sum(PUBLISHED_GROUPS.map((g) => variance.UHL[g])));
  plan.UHL.Other = r2(A.OTHER_SUBSTANTIVE_ACTUAL - variance.UHL.Other);
  plan.LPT.Other = r2(otherPlan - plan.UHL.Other);
  variance.LPT.Other = r2(A.OTHER_SUBSTANTIVE_ACTUAL - plan.LPT.Other);
  const actual = recordOf(ORGS, (o) => recordOf(GROUPS, (g) => r2(plan[o][g] + variance[o][g])));
  return { plan, actual };
}

function bankAtM7(): { plan: Record<Org, number>; actual: Record<Org, number> } {
  const row = wteRow("Total Bank");
  const plan = { UHL: A.UHL_BANK_PLAN_M7, LPT: r2(row.plan - A.UHL_BANK_PLAN_M7) };
  const actual = recordOf(ORGS, (o) => r2(plan[o] + (wteOverride("Bank", "Total", o) ?? row.byOrg[o])));
  return { plan, actual };
}

/** Agency by organisation and group: the base split, the plan share and the variance tables. */
function agency(): Record<Org, Record<Group, ReturnSeries>> {
  return recordOf(ORGS, (o) =>
    recordOf(GROUPS, (g): ReturnSeries => {
      if (g === "Other") {
        // "Other staff": base 0, no months (000:129).
        return { base: agencyOtherBase(), plan: new Array<number>(MONTHS).fill(0), actual: new Array<number>(REPORTING_MONTH).fill(0) };
      }
      const systemBase = agencyRow(g).base;
      const orgShare = A.AGENCY_BASE[o][g] / (A.AGENCY_BASE.UHL[g] + A.AGENCY_BASE.LPT[g]);
      if (A.AGENCY_BASE.UHL[g] + A.AGENCY_BASE.LPT[g] !== systemBase) {
        throw new Error(`AGENCY_BASE for ${g} does not add up to the published base ${systemBase}`);
      }
      const plan = A.AGENCY_PLAN_WTE.map((p) => r2(p * A.AGENCY_PLAN_SHARE[g] * orgShare));
      const lpt = A.LPT_AGENCY_VARIANCE[g];
      const variance = A.AGENCY_VARIANCE_SYSTEM[g].map((v, i) => (o === "LPT" ? lpt[i] : v - lpt[i]));
      const actual = monthsTo(REPORTING_MONTH).map((m) => r2(plan[m - 1] + variance[m - 1]));
      return { base: A.AGENCY_BASE[o][g], plan, actual };
    })
  );
}

function agencyOtherBase(): number {
  const other = PUBLISHED.agencyVariance.rows.find((r) => r.label === "Other");
  return other?.base ?? 0;
}

/** A straight line from the base through the Oct value, continued to March. */
function linearPlan(base: number, atM7: number): number[] {
  return monthsTo(MONTHS).map((m) => r2(base + ((atM7 - base) * m) / REPORTING_MONTH));
}

export function buildWorkforce(): Workforce {
  const subM7 = substantiveAtM7();
  const bankM7 = bankAtM7();
  const agencyRows = agency();

  // March 23 base of each organisation's whole workforce, from the published growth (000:72):
  // UHL 8.9%, LPT 0.9% at Oct. The combined growth then comes out at 6.7% (the narrative's,
  // 000:44), not the table's unreproducible 6.8% (docs/published-pack.md, Table 1).
  const growth = PUBLISHED.wteVariance.growth.byOrg;
  const agencyBase = recordOf(ORGS, (o) => sum(GROUPS.map((g) => agencyRows[o][g].base ?? 0)));
  const agencyActualM7 = recordOf(ORGS, (o) => sum(GROUPS.map((g) => agencyRows[o][g].actual[REPORTING_MONTH - 1])));
  const orgBase = recordOf(ORGS, (o) =>
    r2((sum(GROUPS.map((g) => subM7.actual[o][g])) + bankM7.actual[o] + agencyActualM7[o]) / (1 + growth[o]))
  );
  const bankBase = { UHL: r2(bankM7.actual.UHL / (1 + NARRATIVE.uhlBankGrowth.value)), LPT: A.LPT_BANK_BASE };

  const pwr = recordOf(ORGS, (o) => {
    const substantive = substantiveSeries(o, r2(orgBase[o] - bankBase[o] - agencyBase[o]), subM7.plan[o], subM7.actual[o]);
    const bank = bankSeries(o, bankBase[o], bankM7.plan[o], bankM7.actual[o]);
    return { Substantive: substantive, Bank: bank, Agency: agencyRows[o] };
  });
  return { pwr, recoding };
}

function substantiveSeries(org: Org, base: number, planM7: Record<Group, number>, actualM7: Record<Group, number>): Record<Group, ReturnSeries> {
  const staffed = PUBLISHED_GROUPS;
  // Every staffed group is planned to grow by the same proportion from March to October.
  const bases = splitExact(base, staffed.map((g) => planM7[g]), 2);
  const baseOf = (g: Group) => (g === "Other" ? 0 : bases[staffed.indexOf(g)]);
  const plans = recordOf(GROUPS, (g) =>
    g === "Other" ? new Array<number>(MONTHS).fill(planM7.Other) : linearPlan(baseOf(g), planM7[g])
  );

  // Position at M6 from the narrative: total 633 above plan, LPT 93 behind, so UHL 726 above.
  const lptM6 = NARRATIVE.lptSubstantiveVarianceM6.value;
  const varianceM6 = org === "LPT" ? lptM6 : NARRATIVE.substantiveVarianceM6.value - lptM6;
  const actualM6 = sum(GROUPS.map((g) => plans[g][5])) + varianceM6;
  const underlying = (g: Group) => actualM7[g] - recoding(org, g, REPORTING_MONTH);
  const movement = sum(staffed.map((g) => underlying(g) - baseOf(g)));
  const s6 = (actualM6 - sum(staffed.map(baseOf))) / movement;
  const shape = (m: number) =>
    m === REPORTING_MONTH ? 1 : m === 6 ? s6 : (s6 * m) / 6 + A.SUBSTANTIVE_WIGGLE[m - 1];

  return recordOf(GROUPS, (g): ReturnSeries => {
    const actual = monthsTo(REPORTING_MONTH).map((m) => {
      if (g === "Other") return A.OTHER_SUBSTANTIVE_ACTUAL;
      if (m === REPORTING_MONTH) return actualM7[g];
      return r2(baseOf(g) + (underlying(g) - baseOf(g)) * shape(m) + recoding(org, g, m));
    });
    return { base: baseOf(g), plan: plans[g], actual };
  });
}

function bankSeries(org: Org, base: number, planM7: number, actualM7: number): Record<Group, ReturnSeries> {
  const plan = linearPlan(base, planM7);
  // M6 bank variance: the published total (517, 000:76) less LPT's assumed share.
  const varianceM6 = org === "LPT" ? A.LPT_BANK_VARIANCE_M6 : NARRATIVE.bankVarianceM6.value - A.LPT_BANK_VARIANCE_M6;
  const actualM6 = plan[5] + varianceM6;
  // Bank grows by the same proportion each month from March to the M6 position.
  const actual = monthsTo(REPORTING_MONTH).map((m) =>
    m === REPORTING_MONTH ? actualM7 : r2(base * (actualM6 / base) ** (m / 6))
  );
  const shares = A.BANK_GROUP_SHARE[org];
  const weights = PUBLISHED_GROUPS.map((g) => shares[g]);
  const split = (total: number) => splitExact(total, weights, 2);
  const baseSplit = split(base);
  const planSplit = plan.map(split);
  const actualSplit = actual.map(split);
  return recordOf(GROUPS, (g): ReturnSeries => {
    if (g === "Other") return { base: 0, plan: new Array<number>(MONTHS).fill(0), actual: new Array<number>(REPORTING_MONTH).fill(0) };
    const i = PUBLISHED_GROUPS.indexOf(g);
    return { base: baseSplit[i], plan: planSplit.map((p) => p[i]), actual: actualSplit.map((a) => a[i]) };
  });
}
