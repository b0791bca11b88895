/**
 * The Agency sheet: each organisation's share of the price-cap ceiling (45,392 £000 for the
 * system, 004:1930, phased straight-line: the pack's cumulative cap row, docs/published-pack.md, Table 4), its
 * actual agency spend (the PFR's agency total, so the two always agree), and agency shifts.
 */
import * as A from "./assumptions";
import type { AgencySpendByOrg } from "./finance";
import { PUBLISHED } from "./published";
import { GROUPS, MONTHS, ORGS, REPORTING_MONTH, exactSum, monthsTo, recordOf, sum, type AgencySpend, type Org, type ReturnData } from "./types";

/** Each organisation's FY ceiling (£000), split in proportion to its YTD agency plan. */
export function priceCapCeiling(spend: AgencySpendByOrg): Record<Org, number> {
  const ytdPlan = recordOf(ORGS, (o) => sum(spend.plan[o].slice(0, REPORTING_MONTH)));
  const system = PUBLISHED.priceCap.ceilingFyThousands;
  const uhl = Math.round((system * ytdPlan.UHL) / (ytdPlan.UHL + ytdPlan.LPT));
  return { UHL: uhl, LPT: system - uhl };
}

export function buildAgencySheet(pwr: ReturnData, pfr: ReturnData, spend: AgencySpendByOrg): Record<Org, AgencySpend> {
  const ceiling = priceCapCeiling(spend);
  return recordOf(ORGS, (o): AgencySpend => {
    const months = monthsTo(REPORTING_MONTH);
    const wte = months.map((m) => sum(GROUPS.map((g) => pwr[o].Agency[g].actual[m - 1])));
    const shifts = wte.map((w) => Math.round(w * A.SHIFTS_PER_WTE));
    return {
      // Full precision: 45,392 / 12 is not a round number, and May, Jun and Aug's "% over" only
      // reproduce with the unrounded cap (docs/published-pack.md, Table 4).
      priceCapSpend: new Array<number>(MONTHS).fill(ceiling[o] / MONTHS),
      actualSpend: months.map((m) => exactSum(GROUPS.map((g) => pfr[o].Agency[g].actual[m - 1]), 1)),
      shifts,
      shiftsAboveCap: shifts.map((s, i) => Math.round(s * A.SHIFTS_ABOVE_CAP_SHARE[o][i])),
    };
  });
}
