/**
 * What the reconciler reports: findings (one mismatch each, pointing at its cells) and roll-up
 * lines (staff-level findings summed per organisation and pair of groups), with the wording they
 * share. Plain immutable data, so the task pane, the CLI's JSON and the findings sheet show the
 * same thing.
 */
import type { StaffGroup } from "../staffGroups";
import type { StaffType } from "../staffTypes";
import { a1, quoteSheet } from "../../workbook/a1";
import { formatNumber } from "../validation/format";
import type { FindingCode, FindingSeverity } from "./codes";

/**
 * [from, to]. Aggregate findings on one group carry it twice. Otherwise the first is where the
 * staff were or should be, the second where they are counted now:
 * - RECODING_SHIFT: [the group they left, the group they joined] on the PWR;
 * - OCCUPATION_GROUP_MISMATCH and RETIRED_OCCUPATION_CODE: [the occupation code's group, Staff group (PWR)];
 * - PWR_PFR_GROUP_MISMATCH: [Staff group (PWR), Staff group (PFR)];
 * - JOB_TITLE_SUSPECT: [the group the job title suggests, the occupation code's group];
 * - UNKNOWN_OCCUPATION_CODE: [null, Staff group (PWR)].
 * null when a group is unknown.
 */
export type GroupPair = readonly [StaffGroup | null, StaffGroup | null];

export interface Finding {
  readonly code: FindingCode;
  readonly severity: FindingSeverity;
  /** As written in the workbook (first spelling seen). */
  readonly organisation: string;
  /** null when the Staff sheet's staff type is blank or unknown. */
  readonly staffType: StaffType | null;
  /** FY month of the finding (1 = April); null for staff-level findings. */
  readonly month: number | null;
  readonly groups: GroupPair;
  /**
   * COST_WTE_DIRECTION: WTE variance to plan; UNIT_COST_SHIFT: actual WTE; RECODING_SHIFT: WTE
   * moved; staff level: the assignment's WTE (0 when blank).
   */
  readonly wte: number;
  /**
   * £000 a month. COST_WTE_DIRECTION: pay variance to plan; UNIT_COST_SHIFT: pay beyond what the
   * WTE cost at the planned rate; RECODING_SHIFT: the monthly pay of the staff moved. null at
   * staff level.
   */
  readonly cost: number | null;
  /** "Sheet!A1" references, most telling first. */
  readonly cells: readonly string[];
  readonly message: string;
  readonly suggestion: string;
  /** RECODING_SHIFT: whether the PFR moved their pay the same way; null when the PFR has no figures. */
  readonly pfrFollows?: boolean | null;
  /** Staff level: the assignment number and the absolute zero-based row on the Staff sheet. */
  readonly assignment?: string;
  readonly row?: number;
}

export interface RollupLine {
  readonly code: FindingCode;
  readonly organisation: string;
  readonly groups: GroupPair;
  readonly assignments: number;
  readonly wte: number;
  /** "UHL: 212.4 WTE in 180 assignments coded Infrastructure Support whose occupation codes are Clinical Support" */
  readonly message: string;
}

/** "PWR!H14" or "'Staff list'!B2", as Excel writes a reference. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

/** "'Staff list'!B2" -> { sheet: "Staff list", address: "B2" }; null when it is not a reference. */
export function parseCellRef(
  ref: string
): { readonly sheet: string; readonly address: string } | null {
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3) return null;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const address = ref.slice(bang + 1);
  return address === "" ? null : { sheet, address };
}

export function wteText(value: number): string {
  return `${formatNumber(value, 1)} WTE`;
}

/** Signed WTE: "+75.0 WTE", "-36.0 WTE". */
export function signedWte(value: number): string {
  return `${value > 0 ? "+" : ""}${wteText(value)}`;
}

/** £000 as a reader says it: 3000 -> "£3.0m", 450 -> "£450k", -2.4 -> "-£2k". */
export function moneyText(thousands: number): string {
  const sign = thousands < 0 ? "-" : "";
  const magnitude = Math.abs(thousands);
  if (magnitude >= 999.95) return `${sign}£${formatNumber(magnitude / 1000, 1)}m`;
  return `${sign}£${formatNumber(magnitude, 0)}k`;
}

/** Pay per WTE a month, from £000: 4.583 -> "£4.6k". */
export function unitCostText(thousandsPerWte: number): string {
  return `£${formatNumber(thousandsPerWte, 1)}k`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
}
