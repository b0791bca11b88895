/**
 * How the Coding tab words and formats findings: short titles for the codes, groups as
 * "from → to", WTE and £000 as the findings sheet shows them. Pure, so the e2e test formats
 * reconcile()'s results with the same functions and compares them with the page.
 */
import type { Finding, FindingCode, GroupPair } from "../../../domain/reconcile";
import { formatNumber, monthLabel } from "../../../domain/validation/format";

/** A few words per code for filters and headings; the code itself stays visible beside them. */
export const CODE_TITLES: Readonly<Record<FindingCode, string>> = {
  COST_WTE_DIRECTION: "WTE and pay point opposite ways",
  UNIT_COST_SHIFT: "Pay per WTE off plan",
  RECODING_SHIFT: "Staff recoded between groups",
  OCCUPATION_GROUP_MISMATCH: "Occupation code in another group",
  PWR_PFR_GROUP_MISMATCH: "PWR and PFR groups differ",
  UNKNOWN_OCCUPATION_CODE: "Blank or unknown occupation codes",
  RETIRED_OCCUPATION_CODE: "Retired occupation codes",
  JOB_TITLE_SUSPECT: "Job title contradicts the code",
};

/** Codes whose findings have a month-by-month chart (aggregate figures of PWR and PFR). */
export const CHARTED_CODES: ReadonlySet<FindingCode> = new Set([
  "COST_WTE_DIRECTION",
  "UNIT_COST_SHIFT",
  "RECODING_SHIFT",
]);

/** "Clinical Support → Infrastructure Support"; one group when both are the same. */
export function groupsText(groups: GroupPair): string {
  const [from, to] = groups;
  if (from === to) return from ?? "Unknown group";
  return `${from ?? "Unknown group"} → ${to ?? "Unknown group"}`;
}

/** WTE with one decimal, as the findings sheet's "#,##0.0". */
export function wteCell(f: Finding): string {
  return formatNumber(f.wte, 1);
}

/** £000 without decimals, as the findings sheet's "#,##0"; a dash at staff level (no cost). */
export function costCell(f: Finding): string {
  return f.cost === null ? "–" : formatNumber(f.cost, 0);
}

export function findingMonth(f: Finding, fy: number | null): string {
  return f.month === null ? "" : monthLabel(f.month, fy);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
}
