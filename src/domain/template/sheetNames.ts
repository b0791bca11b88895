/**
 * Finding the template's sheets in a workbook: names match ignoring case and leading/trailing
 * spaces; a missing sheet gets the closest name as a suggestion.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import { labelKey } from "../labels";

export interface SheetLocation {
  /** The template's name for the sheet ("PWR"). */
  readonly expected: string;
  /** The workbook sheet used, or null when there is none. */
  readonly sheet: SheetSnapshot | null;
  /** Other sheets whose names differ from the used one only in case or surrounding spaces. */
  readonly duplicates: readonly SheetSnapshot[];
}

const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** Locates each expected sheet; an exact name match wins over case or space variants. */
export function locateSheets(
  snapshot: WorkbookSnapshot,
  expected: readonly string[]
): SheetLocation[] {
  return expected.map((name) => {
    const matches = snapshot.sheets.filter((s) => sameName(s.name, name));
    const sheet = matches.find((s) => s.name === name) ?? matches[0] ?? null;
    return { expected: name, sheet, duplicates: matches.filter((s) => s !== sheet) };
  });
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), so "PRW" is one
 * edit from "PWR".
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/**
 * The candidate closest to `target` (compared ignoring case and spaces), or null when none is
 * close: within a third of the name's length in edits, or (when `allowContains`) containing it,
 * as "PWR data" contains "PWR".
 */
export function closestName(
  target: string,
  candidates: readonly string[],
  allowContains: boolean
): string | null {
  const t = labelKey(target);
  const limit = Math.max(1, Math.floor(t.length / 3));
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = labelKey(candidate);
    if (c === "") continue;
    const d = editDistance(t, c);
    const contains = allowContains && c.length >= 3 && (c.includes(t) || t.includes(c));
    const score = d <= limit ? d : contains ? limit + 0.5 : Infinity;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
