/**
 * The Vacancies sheet: substantive staff in post (the PWR's substantive actuals, so the vacancy
 * rate = vacancies / (in post + vacancies) matches the pack's, docs/published-pack.md, Table 5) and vacancies by
 * group, Apr..Oct, ending at the published Oct table (T06, 000:171-179).
 */
import * as A from "./assumptions";
import { PUBLISHED, vacancyRow } from "./published";
import {
  GROUPS,
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
  type VacancySeries,
} from "./types";

const r2 = (x: number) => round(x, 2);

function vacanciesAtM7(org: Org): Record<Group, number> {
  const out = {} as Record<Group, number>;
  for (const g of PUBLISHED_GROUPS) out[g] = A.VACANCIES_M7_UNROUNDED.groups[g]?.[org] ?? vacancyRow(g).byOrg[org];
  // The unlisted group behind the gap between the group rows and Total WTE (docs/published-pack.md, Table 5).
  out.Other = r2(A.VACANCIES_M7_UNROUNDED.total[org] - sum(PUBLISHED_GROUPS.map((g) => out[g])));
  return out;
}

/** Rates Apr..Sep: assumed to Aug, Sep from "From M6, UHL's vacancy increased 0.5% and LPT's ... decreased by 1.2%" (000:184). */
function ratesToM6(org: Org): number[] {
  const m7 = PUBLISHED.vacancies.vacancyRate.byOrg[org];
  const change = PUBLISHED.narrative.vacancyRateChangeFromM6.byOrg[org];
  return [...A.VACANCY_RATE_APR_AUG[org], round(m7 - change, 4)];
}

export function buildVacancies(pwr: ReturnData): Record<Org, Record<Group, VacancySeries>> {
  return recordOf(ORGS, (org) => {
    const inPost = recordOf(GROUPS, (g) => pwr[org].Substantive[g].actual.slice(0, REPORTING_MONTH));
    const atM7 = vacanciesAtM7(org);
    const rates = ratesToM6(org);
    const byMonth = monthsTo(REPORTING_MONTH - 1).map((m): Record<Group, number> => {
      const staff = sum(GROUPS.map((g) => inPost[g][m - 1]));
      const total = r2((rates[m - 1] / (1 - rates[m - 1])) * staff);
      // UHL nursing has its own falling path (000:186); the rest share out in the Oct mix.
      const fixed: Partial<Record<Group, number>> = org === "UHL" ? { "Nursing, Midwifery": A.UHL_NURSING_VACANCIES[m - 1] } : {};
      const free = GROUPS.filter((g) => fixed[g] === undefined);
      const split = splitExact(total - sum(Object.values(fixed)), free.map((g) => atM7[g]), 2);
      return recordOf(GROUPS, (g) => fixed[g] ?? split[free.indexOf(g)]);
    });
    byMonth.push(atM7);
    return recordOf(GROUPS, (g): VacancySeries => ({ inPost: inPost[g], vacancies: byMonth.map((v) => v[g]) }));
  });
}
