/**
 * Shapes and arithmetic shared by the sample-workbook generator. Kept free of the domain code on
 * purpose: the sample is the fixture the domain is tested against, so it must not be built with it.
 */

export const ORGS = ["UHL", "LPT"] as const;
export type Org = (typeof ORGS)[number];

export const STAFF_TYPES = ["Substantive", "Bank", "Agency"] as const;
export type StaffType = (typeof STAFF_TYPES)[number];

/** The five groups the published pack prints, in canonical order. */
export const PUBLISHED_GROUPS = [
  "Nursing, Midwifery",
  "Scientific, Therapeutic, Technical",
  "Clinical Support",
  "Infrastructure Support",
  "Medical, Dental",
] as const;
export type PublishedGroup = (typeof PUBLISHED_GROUPS)[number];

/** Canonical order of src/domain/staffGroups.ts: the published five, then Other. */
export const GROUPS = [...PUBLISHED_GROUPS, "Other"] as const;
export type Group = (typeof GROUPS)[number];

export const MONTHS = 12;
/** Oct 23, the month the published pack reports. */
export const REPORTING_MONTH = 7;
export const MONTH_LABELS = [
  "Apr 23", "May 23", "Jun 23", "Jul 23", "Aug 23", "Sep 23",
  "Oct 23", "Nov 23", "Dec 23", "Jan 24", "Feb 24", "Mar 24",
] as const;

/** One row pair of a return: Base (Mar 23), Plan M1-M12 and Actual M1..reporting month. */
export interface ReturnSeries {
  readonly base: number | null;
  readonly plan: readonly number[];
  readonly actual: readonly number[];
}

export type ReturnData = Readonly<Record<Org, Readonly<Record<StaffType, Readonly<Record<Group, ReturnSeries>>>>>>;

export interface VacancySeries {
  readonly inPost: readonly number[];
  readonly vacancies: readonly number[];
}

export interface AgencySpend {
  readonly priceCapSpend: readonly number[];
  readonly actualSpend: readonly number[];
  readonly shifts: readonly number[];
  readonly shiftsAboveCap: readonly number[];
}

export interface SampleModel {
  /** WTE, 2 decimals. */
  readonly pwr: ReturnData;
  /** £000, 1 decimal; no Base column. */
  readonly pfr: ReturnData;
  readonly vacancies: Readonly<Record<Org, Readonly<Record<Group, VacancySeries>>>>;
  readonly agency: Readonly<Record<Org, AgencySpend>>;
}

/** Month numbers 1..n. */
export function monthsTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** Rounds to dp decimals, half away from zero; the figures never sit on a half. */
export function round(x: number, dp: number): number {
  const f = 10 ** dp;
  const r = Math.round(Math.abs(x) * f + 1e-9) / f;
  return x < 0 ? -r : r;
}

/** Sum computed in units of 10^-dp, so totals of 2-decimal figures are exact 2-decimal figures. */
export function exactSum(values: readonly number[], dp: number): number {
  const f = 10 ** dp;
  return values.reduce((s, v) => s + Math.round(v * f), 0) / f;
}

/**
 * Splits total into parts proportional to weights, each rounded to dp decimals, with the rounding
 * remainder given to the largest parts so the parts add up to the rounded total exactly.
 */
export function splitExact(total: number, weights: readonly number[], dp: number): number[] {
  const f = 10 ** dp;
  const units = Math.round(total * f);
  const wSum = weights.reduce((s, w) => s + w, 0);
  if (wSum === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (units * w) / wSum);
  const floors = raw.map(Math.floor);
  let rest = units - floors.reduce((s, v) => s + v, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i] += 1;
    rest -= 1;
  }
  return floors.map((u) => u / f);
}

export function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Builds a record keyed by every element of keys. */
export function recordOf<K extends string, V>(keys: readonly K[], value: (k: K) => V): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const k of keys) out[k] = value(k);
  return out;
}
