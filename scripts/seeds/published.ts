/**
 * Typed access to published-m7.json, the one file holding the seed pack's figures. Tests import
 * the JSON directly; the generator reads it through these look-ups so a renamed row fails loudly.
 */
import data from "./published-m7.json";
import type { Org, PublishedGroup } from "./types";

export const PUBLISHED = data;

type ByOrg = Readonly<Record<Org, number>>;

function find<T extends { label: string }>(rows: readonly T[], label: string, table: string): T {
  const row = rows.find((r) => r.label === label);
  if (!row) throw new Error(`published-m7.json: no row "${label}" in ${table}`);
  return row;
}

export interface WteRow {
  readonly plan: number;
  readonly total: number;
  readonly byOrg: ByOrg;
}

export function wteRow(label: PublishedGroup | "Total Substantive" | "Total Bank" | "Total Agency" | "Total (excl. overtime)"): WteRow {
  return find(PUBLISHED.wteVariance.rows, label, "wteVariance");
}

export interface CostRow {
  readonly plan: number;
  readonly inMonth: { readonly total: number; readonly byOrg: ByOrg };
  readonly ytd: number;
  readonly yeRunRatePublished: number;
}

export function costRow(label: PublishedGroup | "Total Substantive" | "Total Bank" | "Total Agency" | "Total"): CostRow {
  return find(PUBLISHED.costVariance.rows, label, "costVariance");
}

export function agencyRow(label: PublishedGroup): { readonly base: number; readonly variance: readonly (number | null)[] } {
  return find(PUBLISHED.agencyVariance.rows, label, "agencyVariance");
}

export function vacancyRow(label: PublishedGroup): { readonly total: number; readonly byOrg: ByOrg } {
  return find(PUBLISHED.vacancies.rows, label, "vacancies");
}
