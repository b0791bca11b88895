/**
 * Recomputes the published Month 7 tables from the sample model, the way the pack defines them,
 * and lists every figure that does not round to the published value. The build refuses to write
 * a sample that fails, so a change to assumptions.ts cannot silently break the fixture.
 */
import { PUBLISHED, agencyRow, costRow, vacancyRow, wteRow } from "./published";
import {
  GROUPS,
  ORGS,
  PUBLISHED_GROUPS,
  REPORTING_MONTH,
  STAFF_TYPES,
  monthsTo,
  round,
  sum,
  type Group,
  type Org,
  type SampleModel,
  type StaffType,
} from "./types";

const M7 = REPORTING_MONTH - 1;
const TYPE_TOTALS: Record<StaffType, "Total Substantive" | "Total Bank" | "Total Agency"> = {
  Substantive: "Total Substantive",
  Bank: "Total Bank",
  Agency: "Total Agency",
};

export function verifySample(model: SampleModel): string[] {
  const failures: string[] = [];
  const expect = (what: string, computed: number, published: number, dp: number) => {
    if (round(computed, dp) !== published) failures.push(`${what}: computed ${computed} rounds to ${round(computed, dp)}, published ${published}`);
  };
  const { pwr, pfr } = model;
  const wte = (o: Org, t: StaffType, groups: readonly Group[], pick: "plan" | "actual", i = M7) =>
    sum(groups.map((g) => pwr[o][t][g][pick][i]));
  const cost = (o: Org, t: StaffType, groups: readonly Group[], pick: "plan" | "actual", i = M7) =>
    sum(groups.map((g) => pfr[o][t][g][pick][i]));

  // T02 (000:61-72): plan and actual - plan at Oct 23.
  const wteCheck = (label: string, types: readonly StaffType[], groups: readonly Group[], row: { plan: number; total: number; byOrg: Record<Org, number> }) => {
    const plan = (o: Org) => sum(types.map((t) => wte(o, t, groups, "plan")));
    const variance = (o: Org) => sum(types.map((t) => wte(o, t, groups, "actual"))) - plan(o);
    expect(`T02 ${label} plan`, sum(ORGS.map(plan)), row.plan, 0);
    expect(`T02 ${label} total`, sum(ORGS.map(variance)), row.total, 0);
    for (const o of ORGS) expect(`T02 ${label} ${o}`, variance(o), row.byOrg[o], 0);
  };
  for (const g of PUBLISHED_GROUPS) wteCheck(g, ["Substantive"], [g], wteRow(g));
  for (const t of STAFF_TYPES) wteCheck(TYPE_TOTALS[t], [t], GROUPS, wteRow(TYPE_TOTALS[t]));
  wteCheck("Total (excl. overtime)", STAFF_TYPES, GROUPS, wteRow("Total (excl. overtime)"));

  const growth = PUBLISHED.wteVariance.growth;
  const base = (o: Org) => sum(STAFF_TYPES.flatMap((t) => GROUPS.map((g) => pwr[o][t][g].base ?? 0)));
  const all = (o: Org, pick: "plan" | "actual") => sum(STAFF_TYPES.map((t) => wte(o, t, GROUPS, pick)));
  const systemBase = sum(ORGS.map(base));
  expect("T02 growth plan", sum(ORGS.map((o) => all(o, "plan"))) / systemBase - 1, growth.plan, 3);
  expect("T02 growth total (reproducible)", sum(ORGS.map((o) => all(o, "actual"))) / systemBase - 1, growth.reproducibleTotal, 3);
  for (const o of ORGS) expect(`T02 growth ${o}`, all(o, "actual") / base(o) - 1, growth.byOrg[o], 3);

  // T03 (000:93-103), £m.
  const costCheck = (label: string, types: readonly StaffType[], groups: readonly Group[], row: ReturnType<typeof costRow>) => {
    const v = (o: Org, i: number) => sum(types.map((t) => cost(o, t, groups, "actual", i) - cost(o, t, groups, "plan", i))) / 1000;
    const ytd = sum(ORGS.flatMap((o) => monthsTo(REPORTING_MONTH).map((m) => v(o, m - 1))));
    expect(`T03 ${label} plan`, sum(ORGS.flatMap((o) => types.map((t) => cost(o, t, groups, "plan")))) / 1000, row.plan, 1);
    expect(`T03 ${label} in month`, sum(ORGS.map((o) => v(o, M7))), row.inMonth.total, 1);
    for (const o of ORGS) expect(`T03 ${label} ${o}`, v(o, M7), row.inMonth.byOrg[o], 1);
    expect(`T03 ${label} YTD`, ytd, row.ytd, 1);
    expect(`T03 ${label} YE run rate as printed (2 x YTD)`, 2 * ytd, row.yeRunRatePublished, 1);
  };
  for (const g of PUBLISHED_GROUPS) costCheck(g, ["Substantive"], [g], costRow(g));
  for (const t of STAFF_TYPES) costCheck(TYPE_TOTALS[t], [t], GROUPS, costRow(TYPE_TOTALS[t]));
  costCheck("Total", STAFF_TYPES, GROUPS, costRow("Total"));

  // T04 (000:122-131): agency WTE variance by month, May..Oct.
  const agencyVariance = (groups: readonly Group[], i: number) => sum(ORGS.map((o) => wte(o, "Agency", groups, "actual", i) - wte(o, "Agency", groups, "plan", i)));
  const av = PUBLISHED.agencyVariance;
  for (const g of PUBLISHED_GROUPS) {
    const row = agencyRow(g);
    expect(`T04 ${g} base`, sum(ORGS.map((o) => pwr[o].Agency[g].base ?? 0)), row.base, 0);
    av.months.forEach((m, k) => expect(`T04 ${g} M${m}`, agencyVariance([g], m - 1), row.variance[k] ?? NaN, 0));
  }
  av.months.forEach((m, k) => {
    const total = agencyVariance(GROUPS, m - 1);
    expect(`T04 total M${m}`, total, av.total.variance[k], 0);
    expect(`T04 % M${m}`, total / sum(ORGS.map((o) => wte(o, "Agency", GROUPS, "plan", m - 1))), av.variancePct.values[k], 3);
  });

  // T05 (000:151-154): cumulative £m and % over the price-cap ceiling.
  const pc = PUBLISHED.priceCap;
  pc.months.forEach((m, k) => {
    const cap = sum(ORGS.map((o) => sum(model.agency[o].priceCapSpend.slice(0, m)))) / 1000;
    const spend = sum(ORGS.map((o) => sum(model.agency[o].actualSpend.slice(0, m)))) / 1000;
    expect(`T05 cap M${m}`, cap, pc.capCumulative.values[k], 1);
    expect(`T05 actual M${m}`, spend, pc.actualCumulative.values[k], 1);
    expect(`T05 % over M${m}`, spend / cap - 1, pc.pctOver.values[k], 2);
  });

  // T06 (000:171-179): vacancies and vacancy rate at Oct 23.
  const vac = (o: Org, groups: readonly Group[]) => sum(groups.map((g) => model.vacancies[o][g].vacancies[M7]));
  const inPost = (o: Org) => sum(GROUPS.map((g) => model.vacancies[o][g].inPost[M7]));
  for (const g of PUBLISHED_GROUPS) {
    const row = vacancyRow(g);
    expect(`T06 ${g} total`, sum(ORGS.map((o) => vac(o, [g]))), row.total, 0);
    for (const o of ORGS) expect(`T06 ${g} ${o}`, vac(o, [g]), row.byOrg[o], 0);
  }
  const tv = PUBLISHED.vacancies;
  expect("T06 Total WTE", sum(ORGS.map((o) => vac(o, GROUPS))), tv.totalWte.total, 0);
  const rate = (orgs: readonly Org[]) => sum(orgs.map((o) => vac(o, GROUPS))) / sum(orgs.map((o) => vac(o, GROUPS) + inPost(o)));
  expect("T06 vacancy rate", rate(ORGS), tv.vacancyRate.total, 3);
  for (const o of ORGS) {
    expect(`T06 Total WTE ${o}`, vac(o, GROUPS), tv.totalWte.byOrg[o], 0);
    expect(`T06 vacancy rate ${o}`, rate([o]), tv.vacancyRate.byOrg[o], 3);
    for (const g of GROUPS) {
      if (model.vacancies[o][g].inPost.some((v, i) => v !== pwr[o].Substantive[g].actual[i])) failures.push(`Vacancies in post ${o} ${g} differs from the PWR substantive actual`);
    }
  }

  verifyNarrative(model, expect, failures);
  verifySanity(model, failures);
  return failures;
}

type Expect = (what: string, computed: number, published: number, dp: number) => void;

/** The narrative figures the sample also honours (published-m7.json "narrative"). */
function verifyNarrative(model: SampleModel, expect: Expect, failures: string[]): void {
  const { pwr, pfr } = model;
  const n = PUBLISHED.narrative;
  const wteVar = (o: Org, t: StaffType, i: number) => sum(GROUPS.map((g) => pwr[o][t][g].actual[i] - pwr[o][t][g].plan[i]));
  const costVar = (o: Org, t: StaffType, i: number) => sum(GROUPS.map((g) => pfr[o][t][g].actual[i] - pfr[o][t][g].plan[i]));
  const M6 = 5;
  expect("000:74 substantive M6", sum(ORGS.map((o) => wteVar(o, "Substantive", M6))), n.substantiveVarianceM6.value, 0);
  expect("000:56 LPT substantive M6", wteVar("LPT", "Substantive", M6), n.lptSubstantiveVarianceM6.value, 0);
  expect("000:76 bank M6", sum(ORGS.map((o) => wteVar(o, "Bank", M6))), n.bankVarianceM6.value, 0);
  const bank = (i: number | "base") => sum(GROUPS.map((g) => (i === "base" ? pwr.UHL.Bank[g].base ?? 0 : pwr.UHL.Bank[g].actual[i])));
  expect("000:48 UHL bank growth", bank(M7) / bank("base") - 1, n.uhlBankGrowth.value, 2);
  const agencyWte = (pick: "base" | "m7") => sum(ORGS.flatMap((o) => GROUPS.map((g) => (pick === "base" ? pwr[o].Agency[g].base ?? 0 : pwr[o].Agency[g].actual[M7]))));
  const reduction = agencyWte("m7") / agencyWte("base") - 1;
  if (Math.trunc(reduction * 100) !== n.agencyReductionSinceMarch.value * 100) failures.push(`000:47 agency reduction ${reduction} does not truncate to -20%`);
  expect("000:112 agency M6 in month £m", sum(ORGS.map((o) => costVar(o, "Agency", M6))) / 1000, n.agencyInMonthVarianceM6.value, 1);
  const months = monthsTo(REPORTING_MONTH).map((m) => m - 1);
  const agencyCost = (o: Org, pick: "plan" | "actual", idx: readonly number[]) => sum(idx.map((i) => sum(GROUPS.map((g) => pfr[o].Agency[g][pick][i]))));
  const over = (orgs: readonly Org[], idx: readonly number[]) =>
    sum(orgs.map((o) => agencyCost(o, "actual", idx))) / sum(orgs.map((o) => agencyCost(o, "plan", idx))) - 1;
  expect("000:133 agency YTD over plan", over(ORGS, months), n.agencyYtdOverspend.value, 2);
  for (const o of ORGS) expect(`000:133 agency YTD over plan ${o}`, over([o], months), n.agencyYtdOverspend.byOrg[o], 2);
  expect("000:165 agency last 3 months over plan", over(ORGS, [4, 5, 6]), n.agencyLast3MonthsOverspend.value, 2);
  const rate = (orgs: readonly Org[], i: number) => {
    const v = sum(orgs.flatMap((o) => GROUPS.map((g) => model.vacancies[o][g].vacancies[i])));
    return v / (v + sum(orgs.flatMap((o) => GROUPS.map((g) => model.vacancies[o][g].inPost[i]))));
  };
  for (const o of ORGS) {
    expect(`000:184 vacancy rate M6 ${o}`, rate([o], M6), round(PUBLISHED.vacancies.vacancyRate.byOrg[o] - n.vacancyRateChangeFromM6.byOrg[o], 3), 3);
  }
  expect("000:184 combined vacancy rate M6 = M7", rate(ORGS, M6), PUBLISHED.vacancies.vacancyRate.total, 3);
  const uhlNursing = model.vacancies.UHL["Nursing, Midwifery"].vacancies;
  if (uhlNursing.some((v, i) => i > 0 && v >= uhlNursing[i - 1])) failures.push("000:186 UHL nursing vacancies should fall every month");
  const lptNursing = model.vacancies.LPT["Nursing, Midwifery"].vacancies;
  if (lptNursing.some((v, i) => (i > 0 && i < M7 ? v <= lptNursing[i - 1] : i === M7 && v >= lptNursing[i - 1]))) {
    failures.push("000:186 LPT nursing vacancies should rise to M6 and fall in M7");
  }
  for (const [month, share] of Object.entries(n.lptShiftsAboveCap.byMonth)) {
    const i = Number(month) - 1;
    expect(`000:135 LPT shifts above cap M${month}`, model.agency.LPT.shiftsAboveCap[i] / model.agency.LPT.shifts[i], share, 2);
  }
}

/** No negative WTE, pay or vacancies; the Agency sheet's spend is the PFR's agency pay. */
function verifySanity(model: SampleModel, failures: string[]): void {
  for (const o of ORGS) {
    for (const t of STAFF_TYPES) {
      for (const g of GROUPS) {
        for (const [sheet, row] of [["PWR", model.pwr[o][t][g]], ["PFR", model.pfr[o][t][g]]] as const) {
          if ([row.base ?? 0, ...row.plan, ...row.actual].some((v) => v < 0)) failures.push(`${sheet} ${o} ${t} ${g} has a negative figure`);
        }
      }
    }
    for (const g of GROUPS) {
      if (model.vacancies[o][g].vacancies.some((v) => v < 0)) failures.push(`Vacancies ${o} ${g} negative`);
    }
  }
}
