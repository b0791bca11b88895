/**
 * SUMIFS over a template sheet that add up exactly a chosen set of its rows.
 *
 * The pack's formulas must reproduce the domain's numbers, but the data may spell a label several
 * ways (aliases, case, spaces) and holds rows the pack must not count (Total rows, unknown staff
 * groups, other organisations). SUMIFS matches criteria case-insensitively but knows nothing of
 * aliases, so each set of rows is covered by a few SUMIFS terms, each matching rows by the texts
 * actually written in the sheet. The cover tries every combination of criteria columns and keeps
 * the one with the fewest terms, allowing "<>Total"-style exclusions on one column, so clean data
 * gives one short term ("all UHL bank rows except Total") and odd data still sums right.
 */
import { a1, columnLetters, quoteSheet } from "../../workbook/a1";
import type { CellValue } from "../../workbook/snapshot";
import { atom, num, sumOf, stringLiteral, type Expr } from "./expr";

export interface SourceRow {
  /** Absolute zero-based row. */
  readonly row: number;
  /** Raw text of each criteria column as written ("" when blank). */
  readonly texts: readonly string[];
  /** Lower-cased texts: what SUMIFS compares. */
  readonly keys: readonly string[];
}

export interface CriteriaSheet {
  readonly name: string;
  /** Absolute columns of the criteria (organisation, staff type, ...), in a fixed order. */
  readonly criteriaCols: readonly number[];
  /** Index into criteriaCols of the column that may carry "<>" exclusions, or -1. */
  readonly exclusionCol: number;
  /** First and last absolute rows of the data (below the header). */
  readonly top: number;
  readonly bottom: number;
  /** Every data row parsed from the sheet, wanted or not. */
  readonly rows: readonly SourceRow[];
}

export interface Criterion {
  readonly col: number;
  readonly op: "=" | "<>";
  readonly text: string;
}

export type Term = readonly Criterion[];

const MAX_EXCLUSIONS = 3;

/** Raw text of a cell for matching; numbers as Excel would compare them as text. */
export function criteriaText(value: CellValue | undefined): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/** SUMIFS criterion text: wildcards escaped, leading comparison characters neutralised. */
export function criterionString(c: Criterion): string {
  const escaped = c.text.replace(/[~*?]/g, (ch) => `~${ch}`);
  if (c.op === "<>") return `<>${escaped}`;
  return /^[=<>]/.test(escaped) ? `=${escaped}` : escaped;
}

/**
 * The fewest SUMIFS terms matching exactly `wanted` among the sheet's rows. `required` criteria
 * columns (indexes into criteriaCols) are always matched on, so a formula keeps saying what it
 * means ("UHL", "Bank") and stays right when rows are added later; the search only decides how to
 * cover spelling variants and which rows to exclude. Deterministic: masks are tried in a fixed
 * order and ties keep the first found.
 */
export function coverRows(
  sheet: CriteriaSheet,
  wanted: ReadonlySet<SourceRow>,
  required: readonly number[] = []
): Term[] {
  if (wanted.size === 0) return [];
  const n = sheet.criteriaCols.length;
  const requiredMask = required.reduce((m, i) => m | (1 << i), 0);
  let best: { terms: Term[]; criteria: number } | null = null;
  for (let mask = 1; mask < 1 << n; mask++) {
    if ((mask & requiredMask) !== requiredMask) continue;
    const terms = coverWithMask(sheet, wanted, mask);
    if (!terms) continue;
    const criteria = terms.reduce((s, t) => s + t.length, 0);
    if (
      !best ||
      terms.length < best.terms.length ||
      (terms.length === best.terms.length && criteria < best.criteria)
    ) {
      best = { terms, criteria };
    }
  }
  // The full mask works unless a wanted and an unwanted row share every text, which the pack's
  // selections never ask for (they depend on those texts only).
  return best ? best.terms : fallbackByRow(sheet, wanted);
}

function coverWithMask(
  sheet: CriteriaSheet,
  wanted: ReadonlySet<SourceRow>,
  mask: number
): Term[] | null {
  const included: number[] = [];
  for (let i = 0; i < sheet.criteriaCols.length; i++) if (mask & (1 << i)) included.push(i);
  const keyOf = (r: SourceRow) => included.map((i) => r.keys[i]).join("\u0000");

  const tuples = new Map<string, { wanted: SourceRow[]; unwanted: SourceRow[] }>();
  for (const r of wanted) {
    if (included.some((i) => r.keys[i] === "")) return null; // a "" criterion would match blanks
    const key = keyOf(r);
    let t = tuples.get(key);
    if (!t) tuples.set(key, (t = { wanted: [], unwanted: [] }));
    t.wanted.push(r);
  }
  for (const r of sheet.rows) {
    if (wanted.has(r)) continue;
    const t = tuples.get(keyOf(r));
    if (t) t.unwanted.push(r);
  }

  const terms: Term[] = [];
  for (const t of tuples.values()) {
    const first = t.wanted[0];
    const base: Criterion[] = included.map((i) => ({
      col: sheet.criteriaCols[i],
      op: "=",
      text: first.texts[i],
    }));
    if (t.unwanted.length === 0) {
      terms.push(base);
      continue;
    }
    const ex = sheet.exclusionCol;
    if (ex < 0 || included.includes(ex)) return null;
    const excluded = new Map<string, string>();
    for (const r of t.unwanted)
      if (!excluded.has(r.keys[ex])) excluded.set(r.keys[ex], r.texts[ex]);
    if (excluded.size > MAX_EXCLUSIONS) return null;
    if (t.wanted.some((r) => excluded.has(r.keys[ex]))) return null;
    const exclusions = [...excluded.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, text]): Criterion => ({ col: sheet.criteriaCols[ex], op: "<>", text }));
    terms.push([...base, ...exclusions]);
  }
  return terms;
}

/** One term per distinct row text, matching every criteria column. */
function fallbackByRow(sheet: CriteriaSheet, wanted: ReadonlySet<SourceRow>): Term[] {
  const terms = new Map<string, Term>();
  for (const r of wanted) {
    const key = r.keys.join("\u0000");
    if (!terms.has(key))
      terms.set(
        key,
        sheet.criteriaCols.map((col, i): Criterion => ({ col, op: "=", text: r.texts[i] }))
      );
  }
  return [...terms.values()];
}

/** $F$2:$F$85 on the sheet. */
export function columnRange(sheet: CriteriaSheet, col: number): string {
  const letters = columnLetters(col);
  return `${quoteSheet(sheet.name)}!$${letters}$${sheet.top + 1}:$${letters}$${sheet.bottom + 1}`;
}

/** SUMIFS(values, crit1, "x", ...) for one term. */
export function sumifs(sheet: CriteriaSheet, valueCol: number, term: Term): Expr {
  const args = [columnRange(sheet, valueCol)];
  for (const c of term) args.push(columnRange(sheet, c.col), stringLiteral(criterionString(c)));
  return atom(`SUMIFS(${args.join(",")})`);
}

/** The sum of the terms' SUMIFS over one value column; 0 when there is nothing to add. */
export function sumExpr(
  sheet: CriteriaSheet,
  valueCol: number | null,
  terms: readonly Term[]
): Expr {
  if (valueCol === null || terms.length === 0) return num(0);
  return sumOf(terms.map((t) => sumifs(sheet, valueCol, t)));
}

/** A1 of a cell on a template sheet, for messages. */
export const cellName = (sheet: string, row: number, col: number): string =>
  `${sheet}!${a1(row, col)}`;
