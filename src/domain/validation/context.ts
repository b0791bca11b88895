/**
 * What every check needs: the parsed template, where to put issues, the settings in force, the
 * reporting month, and a keyed view of each sheet's rows (which rows are the first of their key,
 * which are duplicates, which have a label that could not be read).
 */
import type { ParsedTemplate, GroupCell } from "../template/model";
import type { TemplateSettings } from "../template/settingsDefinition";
import type { ReportingMonth } from "../template/reporting";
import type { LabelMatch } from "../labels";
import type { IssueSink } from "./issueSink";
import type { Quantity } from "./format";

export interface CheckContext {
  readonly parsed: ParsedTemplate;
  readonly sink: IssueSink;
  readonly settings: TemplateSettings;
  readonly fy: number | null;
  readonly reporting: ReportingMonth | null;
  /** Organisation keys from Settings › Organisations, or null when that is empty. */
  readonly allowedOrgs: ReadonlySet<string> | null;
  /** How PFR (and Agency spend) figures are shown. */
  readonly money: Quantity;
}

/** A row seen through its key: organisation, staff type, group, measure; null parts could not be read. */
export interface KeyedRow<R> {
  readonly row: R;
  /** [organisation, staff type, group] with "-" for parts a sheet does not have. */
  readonly entity: readonly (string | null)[];
  readonly measure: string | null;
  /** Entity key when every entity part is known. */
  readonly entityKey: string | null;
  /** Full key (entity + measure) when every part is known. */
  readonly key: string | null;
  readonly isTotal: boolean;
}

export interface KeyedSheet<R> {
  readonly rows: readonly KeyedRow<R>[];
  /** The first row of each full key. */
  readonly first: ReadonlyMap<string, KeyedRow<R>>;
  /** Rows with a later copy of an earlier row's key. */
  readonly duplicates: ReadonlySet<KeyedRow<R>>;
  /** Rows with at least one unreadable part: they might be the row a completeness check misses. */
  readonly wildcards: readonly KeyedRow<R>[];
}

export function matchValue(match: LabelMatch<string>): string | null {
  return match.kind === "unknown" ? null : match.value;
}

export function groupValue(cell: GroupCell): string | null {
  if (cell.kind === "total") return "Total";
  return cell.kind === "unknown" ? null : cell.group;
}

export function orgValue(orgKey: string, allowed: ReadonlySet<string> | null): string | null {
  if (orgKey === "") return null;
  return allowed && !allowed.has(orgKey) ? null : orgKey;
}

export function keyRows<R>(
  rows: readonly R[],
  parts: (row: R) => { entity: (string | null)[]; measure: string | null; isTotal: boolean }
): KeyedSheet<R> {
  const keyed: KeyedRow<R>[] = [];
  const first = new Map<string, KeyedRow<R>>();
  const duplicates = new Set<KeyedRow<R>>();
  const wildcards: KeyedRow<R>[] = [];
  for (const row of rows) {
    const { entity, measure, isTotal } = parts(row);
    const entityKey = entity.every((p) => p !== null) ? entity.join("|") : null;
    const key = entityKey !== null && measure !== null ? `${entityKey}|${measure}` : null;
    const k: KeyedRow<R> = { row, entity, measure, entityKey, key, isTotal };
    keyed.push(k);
    if (key === null) wildcards.push(k);
    else if (first.has(key)) duplicates.add(k);
    else first.set(key, k);
  }
  return { rows: keyed, first, duplicates, wildcards };
}

/**
 * True when some unreadable row could be the one looked for: its known parts agree with `entity`
 * (null in `entity` means "any") and its measure is unknown or equals `measure` (undefined: any).
 */
export function wildcardMatches<R>(
  sheet: KeyedSheet<R>,
  entity: readonly (string | null)[],
  measure?: string
): boolean {
  return sheet.wildcards.some(
    (w) =>
      w.entity.every((p, i) => p === null || entity[i] === null || p === entity[i]) &&
      (measure === undefined || w.measure === null || w.measure === measure)
  );
}
