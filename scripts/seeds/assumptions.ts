/**
 * Every choice the sample workbook makes where the published Month 7 pack is silent or does not
 * add up. The published figures themselves live in published-m7.json; the generator derives
 * everything else from these two files, and verify.ts proves the result still reproduces every
 * published figure (the build fails if it does not).
 *
 * Units: WTE; £000 for money (the PFR's unit). "Unrounded" values are the figures behind a
 * published rounded one: the pack prints whole WTE and £0.1m, and several of its rows only add up
 * with unrounded inputs (docs/published-pack.md). Each such value rounds to the published one.
 *
 * Line references: 000:<n> = line n of the paper's plain text (docs/published-pack.md).
 */
import type { Group, Org, PublishedGroup, StaffType } from "./types";

type ByGroup<T> = Readonly<Record<PublishedGroup, T>>;
type ByOrg<T> = Readonly<Record<Org, T>>;

// ---------------------------------------------------------------------------------------------
// Workforce (PWR, WTE) at Month 7
// ---------------------------------------------------------------------------------------------

/**
 * LPT's share of the substantive plan at Oct 23. The pack prints only the system plan per group
 * (000:63-67); UHL = system - LPT. LPT is a mental-health and community trust, so nursing and
 * clinical support weigh more and medical less than at UHL (an acute trust). The split makes UHL
 * about 74% of the substantive workforce, and UHL's 637 WTE over plan "i.e 4% above plan"
 * (000:55) holds: 637 / 15,740 = 4.0%.
 */
export const LPT_SUBSTANTIVE_PLAN_M7: ByGroup<number> = {
  "Nursing, Midwifery": 2150.4,
  "Scientific, Therapeutic, Technical": 700.2,
  "Clinical Support": 1300.6,
  "Infrastructure Support": 1150.3,
  "Medical, Dental": 365.2,
};

/**
 * Unrounded WTE variances (actual - plan) at Oct 23 where the published whole numbers cannot all
 * be true at once. Everything not listed is used exactly as published (000:63-71).
 * - Medical, Dental: 151 + (-17) = 134 but the total is 133 (docs/published-pack.md, Table 1): 150.6 - 17.4 = 133.2.
 * - LPT bank -9: LPT's Total (excl. overtime) -49 - 9 - 8 = -66 but is printed -65 (same table); with
 *   -48.8 (substantive, below) - 8.6 - 7.8 (agency) = -65.2. The system total is then
 *   588.2 + 527.4 - 57.7 = 1,057.9, which prints as the published 1,058.
 * Agency variances come from the monthly agency tables below (UHL -49.9, LPT -7.8 at Oct).
 * The Other group is not listed: it is derived (see workforce.ts) as the gap between the five
 * group rows and Total Substantive (637 - 672.6 = -35.6 at UHL; -49 - (-47.4) = -1.4 at LPT).
 */
export const WTE_VARIANCE_M7_UNROUNDED: Readonly<Partial<Record<StaffType, Partial<Record<PublishedGroup | "Total", Partial<ByOrg<number>>>>>>> = {
  Substantive: { "Medical, Dental": { UHL: 150.6, LPT: -17.4 } },
  Bank: { Total: { LPT: -8.6 } },
};

/**
 * The substantive group that is in plan but has no actuals (docs/published-pack.md, Table 1): the pack's
 * five group rows miss Total Substantive by 37 WTE of plan, and plan + variance of the five rows
 * already equals the substantive actual (21,996). The sample carries it as `Other`, planned flat
 * all year and never staffed (actual 0): the kind of PWR coding gap the add-in must flag.
 */
export const OTHER_SUBSTANTIVE_ACTUAL = 0;

// ---------------------------------------------------------------------------------------------
// Bank
// ---------------------------------------------------------------------------------------------

/** UHL's bank plan at Oct 23 (the pack prints only the system 1,383, 000:69). LPT = 1,383 - 738. */
export const UHL_BANK_PLAN_M7 = 738;
/**
 * LPT's March 23 bank WTE (not published). UHL's comes from "UHL bank has grown by 71% from
 * March 23" (000:48): base = actual at Oct / 1.71.
 */
export const LPT_BANK_BASE = 660;
/** LPT's share of the M6 bank variance (the pack gives only the total, 517, 000:76). */
export const LPT_BANK_VARIANCE_M6 = -8;
/**
 * Bank WTE by staff group (fractions of each organisation's bank, constant through the year).
 * Not published; UHL's bank over plan is "primarily in Nursing, Midwifery and Clinical Support"
 * (000:76). Bank Other is carried as a row of zeros so every return block has the same groups.
 */
export const BANK_GROUP_SHARE: ByOrg<ByGroup<number>> = {
  UHL: { "Nursing, Midwifery": 0.44, "Scientific, Therapeutic, Technical": 0.03, "Clinical Support": 0.4, "Infrastructure Support": 0.08, "Medical, Dental": 0.05 },
  LPT: { "Nursing, Midwifery": 0.4, "Scientific, Therapeutic, Technical": 0.02, "Clinical Support": 0.48, "Infrastructure Support": 0.07, "Medical, Dental": 0.03 },
};

// ---------------------------------------------------------------------------------------------
// Agency WTE (T04, 000:122-131)
// ---------------------------------------------------------------------------------------------

/**
 * System agency plan by month, Apr 23..Mar 24. The pack implies about 862 (May, Jun), 833 (Jul),
 * 818 (Aug) and 789 at Sep and Oct (docs/published-pack.md, Table 3; Table 1 plan 789). Sep/Oct use 789.3: Oct's
 * -57.7 / 789.3 = -7.31% prints as the published -7.3% (with 789.0 it would be -7.35%), and
 * 789.3 still prints as 789. April and Nov-Mar are not published: a gently falling plan.
 */
export const AGENCY_PLAN_WTE = [866, 862, 862, 835, 818, 789.3, 789.3, 784, 778, 772, 766, 760] as const;

/** Each group's share of the agency plan (constant). Not published; close to the March mix. */
export const AGENCY_PLAN_SHARE: ByGroup<number> = {
  "Nursing, Midwifery": 0.33,
  "Scientific, Therapeutic, Technical": 0.07,
  "Clinical Support": 0.37,
  "Infrastructure Support": 0.145,
  "Medical, Dental": 0.085,
};

/**
 * March 23 agency WTE by organisation. The pack prints the system base per group (000:124-128:
 * 288, 66, 382, 112, 72, Other 0); the UHL/LPT split is assumed (UHL about two thirds). Each
 * group's plan is split between the organisations in the same proportion.
 */
export const AGENCY_BASE: ByOrg<ByGroup<number>> = {
  UHL: { "Nursing, Midwifery": 170, "Scientific, Therapeutic, Technical": 40, "Clinical Support": 270, "Infrastructure Support": 75, "Medical, Dental": 45 },
  LPT: { "Nursing, Midwifery": 118, "Scientific, Therapeutic, Technical": 26, "Clinical Support": 112, "Infrastructure Support": 37, "Medical, Dental": 27 },
};

/**
 * System agency variance (actual - plan, WTE) by group, Apr..Oct. May-Oct are the published
 * T04 rows (000:124-128) in unrounded form: each rounds to the published whole number, and the
 * monthly sums round to the published Total row (000:130) although the printed rows add to 101
 * in May and 6 in July (docs/published-pack.md, Table 3): May 99.8, Jun 44.0, Jul 5.0, Aug 9.0, Sep -97.0,
 * Oct -57.7. April is not published (the table starts in May): chosen between the March base
 * and May (each group's April actual about midway between its March base and May, to keep the
 * month-on-month moves small), over plan as "Q1 being over plan" (000:156) says: total +61 (7.0%).
 */
export const AGENCY_VARIANCE_SYSTEM: ByGroup<readonly number[]> = {
  "Nursing, Midwifery": [1.3, 9.7, 21.1, 71.8, 96.1, 45.0, 63.2],
  "Scientific, Therapeutic, Technical": [6.3, 10.7, 0.2, -2.2, 15.0, -2.0, 4.1],
  "Clinical Support": [77.5, 114.8, 33.9, -18.2, -45.1, -50.0, -35.8],
  "Infrastructure Support": [-23.1, -36.2, -29.1, -48.2, -56.0, -65.0, -60.0],
  "Medical, Dental": [-1.0, 0.8, 17.9, 1.8, -1.0, -25.0, -29.2],
};

/**
 * LPT's part of the agency variance by group, Apr..Oct (UHL's = system - LPT). Not published.
 * "LPT have consistently been under plan for agency" (000:156) and end at -8 (T02, 000:70),
 * here -7.8; most of the system's fall in infrastructure agency is UHL's.
 */
export const LPT_AGENCY_VARIANCE: ByGroup<readonly number[]> = {
  "Nursing, Midwifery": [-2.0, 3.0, 2.0, 3.0, 4.0, 4.5, 5.0],
  "Scientific, Therapeutic, Technical": [-1.0, -1.0, -1.0, -1.5, -1.5, -1.0, -1.0],
  "Clinical Support": [8.0, 1.0, 0.0, 0.0, 1.0, 2.0, 3.0],
  "Infrastructure Support": [-7.0, -6.0, -7.0, -8.0, -9.0, -11.0, -12.0],
  "Medical, Dental": [-2.0, -2.0, 0.0, -0.5, -2.5, -3.0, -2.8],
};

// ---------------------------------------------------------------------------------------------
// Monthly profiles (substantive)
// ---------------------------------------------------------------------------------------------

/**
 * Substantive actuals move from the March base to Oct along a straight line through the M6
 * position the narrative gives (000:74 "633 WTE above plan in M6", 000:56 LPT "93fte behind
 * plan at M6", so UHL +726), plus this small wiggle (fraction of each organisation's Mar-Oct
 * movement, Apr..Aug) so the charts do not look ruled. Plans move in a straight line from the
 * base through Oct to March 24.
 */
export const SUBSTANTIVE_WIGGLE = [0.02, -0.015, 0.02, -0.01, 0.015] as const;

/**
 * The recoding 000:46 describes ("approx. 45% of the excess figure [UHL Infrastructure Support,
 * +445] is due to recoding of staff into infrastructure support from areas like ward
 * assistants"): 0.45 x 445 = 200.25 WTE move in UHL's substantive PWR from Clinical Support to
 * Infrastructure Support from Jul 23 (month 4), while the PFR keeps their pay in Clinical Support
 * (the note on 000:105). Ward assistants are Clinical Support in the NHS occupation codes.
 */
export const RECODING = { organisation: "UHL" as Org, from: "Clinical Support" as Group, to: "Infrastructure Support" as Group, month: 4 } as const;

// ---------------------------------------------------------------------------------------------
// Finance (PFR, £000) at Month 7 and year to date
// ---------------------------------------------------------------------------------------------

/**
 * Unrounded system pay plan at Oct 23 (£000). Published (000:95-102) to £0.1m: 28.1, 12.5, 12.1,
 * 13.9, 27.5, Total Substantive 94.3, Bank 5.4, Agency 4.5 (the agency plan comes from the
 * agency tables below), Total 104.1. The group rows add to 94.1; the 170 between them and
 * 94,260 is the Other group's plan (37 WTE at about £4.6k).
 */
export const PAY_PLAN_M7 = {
  groups: { "Nursing, Midwifery": 28100, "Scientific, Therapeutic, Technical": 12500, "Clinical Support": 12100, "Infrastructure Support": 13900, "Medical, Dental": 27490 } as ByGroup<number>,
  totalSubstantive: 94260,
  bank: 5360,
} as const;

/**
 * Unrounded in-month pay variances at Oct 23 (£000, actual - plan). Each rounds to the published
 * £m (000:95-103) and every published row and column total is reproduced: the pack's own rows
 * do not add up at one decimal (IS 1.3 + 0.6 = 1.8; Bank 1.4 - 0.4 = 1.1; docs/published-pack.md, Table 2).
 * Other (derived) = Total Substantive - the five groups: +20 at each organisation.
 */
export const PAY_VARIANCE_M7: {
  readonly groups: ByGroup<ByOrg<number>>;
  readonly totalSubstantive: ByOrg<number>;
  readonly bank: ByOrg<number>;
} = {
  groups: {
    "Nursing, Midwifery": { UHL: -1960, LPT: -1040 },
    "Scientific, Therapeutic, Technical": { UHL: 2140, LPT: -740 },
    "Clinical Support": { UHL: 840, LPT: 360 },
    "Infrastructure Support": { UHL: 1280, LPT: 560 },
    "Medical, Dental": { UHL: -260, LPT: -240 },
  },
  totalSubstantive: { UHL: 2060, LPT: -1080 },
  bank: { UHL: 1430, LPT: -360 },
};

/**
 * Unrounded year-to-date (Apr-Oct) pay variances (£000). Each rounds to the published YTD
 * (000:95-103) and twice it rounds to the published "YE run rate", which the pack computed as
 * 2 x YTD (docs/published-pack.md, Table 2). Other (derived) = 10,020 - 9,700 = 320:
 * the residual the pack's group rows omit (YTD 9.7 vs 10.0). Agency's YTD comes from the agency
 * spend tables below (4,310.7).
 */
export const PAY_VARIANCE_YTD = {
  groups: { "Nursing, Midwifery": -17860, "Scientific, Therapeutic, Technical": 10660, "Clinical Support": 6360, "Infrastructure Support": 9500, "Medical, Dental": 1040 } as ByGroup<number>,
  totalSubstantive: 10020,
  bank: 7410,
} as const;

/**
 * How a year-to-date variance is spread over the months. The cost variance of a row is its WTE
 * variance costed at the planned £ per WTE plus a rate/mix drift. LPT's drift is flat (its
 * variance is steady); UHL's drift is a straight line fitted so that Oct equals the in-month
 * figure and Apr-Oct adds up to the YTD. This zero-sum wiggle (fraction of the Oct plan, Apr..Oct)
 * adds month-to-month texture without moving either total.
 */
export const COST_WIGGLE = [0.004, -0.003, 0.005, -0.006, 0.002, -0.002, 0] as const;

/**
 * Relative monthly cost of one WTE across groups, used only to split an organisation's bank or
 * agency pay between groups (not published). Agency doctors cost about 2.5 times an agency nurse.
 */
export const BANK_COST_WEIGHT: ByGroup<number> = {
  "Nursing, Midwifery": 1.1, "Scientific, Therapeutic, Technical": 1.1, "Clinical Support": 0.8, "Infrastructure Support": 0.7, "Medical, Dental": 2.5,
};
export const AGENCY_COST_WEIGHT: ByGroup<number> = {
  "Nursing, Midwifery": 1.0, "Scientific, Therapeutic, Technical": 1.0, "Clinical Support": 0.6, "Infrastructure Support": 0.6, "Medical, Dental": 2.6,
};

// ---------------------------------------------------------------------------------------------
// Agency spend (PFR agency rows and the Agency sheet), £000
// ---------------------------------------------------------------------------------------------

/**
 * System agency spend by month, Apr..Oct (£000). Solved from the published cumulative row
 * (000:153: 5.9, 11.6, 17.4, 22.7, 27.7, 32.7, 37.9 £m) and "% over price cap ceiling" (000:154:
 * 55, 54, 53, 50, 46, 44, 43%) against the unrounded cap 45,392 / 12 a month: cumulative
 * 5,871.6, 11,639.9, 17,382.8, 22,701.2, 27,688.4, 32,720.9, 37,860.7 round to the published £m
 * and give 55.2, 53.9, 53.2, 50.0, 46.4, 44.2 and 43.0%. Oct (5,139.8) also lies inside T03's
 * in-month agency actual (plan 4.5 + 0.6, 000:102).
 */
export const AGENCY_SPEND_SYSTEM = [5871.6, 5768.3, 5742.9, 5318.4, 4987.2, 5032.5, 5139.8] as const;

/**
 * System agency pay plan by month, Apr 23..Mar 24 (£000). Not published except Oct (4.5, 000:102)
 * and YTD (actual 37.9 - variance 4.3 = 33.6, docs/published-pack.md, Table 4). Stepping down in August so that
 * spend is "12% above plan in the last 3 months" (000:165: 15,159.5 / 13,540 = +12.0%) while
 * YTD is 13% over (000:133), and Sep is £0.56m over ("remains static from M6", 000:112).
 */
export const AGENCY_PLAN_SPEND_SYSTEM = [5100, 5050, 4980, 4880, 4570, 4470, 4500, 4480, 4460, 4440, 4420, 4400] as const;

/**
 * LPT's agency: "UHL being 33% over budget and LPT is 13% under budget" YTD (000:133) fixes each
 * organisation's YTD plan; LPT's plan falls in a straight line to 1,660 in Oct ("planned agency
 * reduction", 000:50) and stays there. LPT's Oct spend is £0.22m over plan (T03 LPT +0.2,
 * 000:102). Its spend Apr..Aug is chosen (Sep is what is left of the YTD); UHL's = system - LPT.
 */
export const LPT_AGENCY_PLAN_SPEND_M7 = 1660;
export const LPT_AGENCY_VARIANCE_SPEND_M7 = 220;
export const LPT_AGENCY_SPEND = [1812.4, 1848.9, 1887.5, 1803.2, 1741.6] as const;

/**
 * Share of the price-cap ceiling (45,392 £000 for the system, 004:1930) held by each
 * organisation: in proportion to its YTD agency plan. Only the system total is published.
 */
export const PRICE_CAP_SPLIT = "ytdAgencyPlan" as const;

/** Agency shifts a month per agency WTE (about 4.34 weeks x 5 shifts). */
export const SHIFTS_PER_WTE = 21.7;

/**
 * Share of agency shifts above the price cap, Apr..Oct. LPT: "peak in May of 70% of shifts
 * uncompliant to September of 54%" (000:135); UHL "has remained (circa) static since May although
 * far below midlands average" (000:137): about a fifth.
 */
export const SHIFTS_ABOVE_CAP_SHARE: ByOrg<readonly number[]> = {
  UHL: [0.24, 0.22, 0.22, 0.21, 0.22, 0.21, 0.21],
  LPT: [0.66, 0.7, 0.67, 0.62, 0.58, 0.54, 0.52],
};

// ---------------------------------------------------------------------------------------------
// Vacancies (T06, 000:171-179)
// ---------------------------------------------------------------------------------------------

/**
 * Unrounded vacancies at Oct 23 where the printed whole numbers do not add up (docs/published-pack.md, Table 5):
 * Infrastructure Support 614 + 268 = 882 and Medical, Dental 185 + 34 = 219 but the totals are 883
 * and 220; LPT's groups must still add to 1,242 and the two organisations to 2,879. The UHL
 * total 1,636 (1,636.3) exceeds its five groups (1,603.7) by 32.6 WTE (the pack's 1,636 - 1,603 =
 * 33): carried as UHL `Other`, the pack's unlisted group. Everything not listed is as published.
 */
export const VACANCIES_M7_UNROUNDED: {
  readonly groups: Partial<Record<PublishedGroup, Partial<ByOrg<number>>>>;
  readonly total: ByOrg<number>;
} = {
  groups: {
    "Nursing, Midwifery": { UHL: 343.9, LPT: 531.9 },
    "Scientific, Therapeutic, Technical": { LPT: 126.9 },
    "Infrastructure Support": { UHL: 614.4, LPT: 268.4 },
    "Medical, Dental": { UHL: 185.4, LPT: 34.2 },
  },
  total: { UHL: 1636.3, LPT: 1242.4 },
};

/**
 * Vacancy rate by month Apr..Aug (Sep comes from 000:184: UHL 9.1 - 0.5 = 8.6%, LPT 18.1 + 1.2 =
 * 19.3%, combined "the same as M6"). LPT's rate climbs as 560 WTE of posts join its establishment
 * during the year (000:191); UHL's eases.
 */
export const VACANCY_RATE_APR_AUG: ByOrg<readonly number[]> = {
  UHL: [0.096, 0.094, 0.092, 0.09, 0.088],
  LPT: [0.145, 0.155, 0.165, 0.175, 0.185],
};

/** "UHL nursing vacancies have decreased month on month YTD" (000:186): Apr..Sep, Oct is 344. */
export const UHL_NURSING_VACANCIES = [421.5, 407.2, 393.8, 378.4, 365.1, 353.6] as const;
