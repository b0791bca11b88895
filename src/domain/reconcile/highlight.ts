/**
 * Highlighting the rows and cells behind the findings, in a way "Clear highlights" can undo
 * completely without touching the user's own formatting: conditional formats the add-in owns,
 * never cell fills. (A fill overwrites the user's fill and cannot be told apart from it later.)
 *
 * Office.js conditional formats carry no tag or name, so ours are recognised by their rule: a
 * custom rule whose formula is always TRUE and names the marker as a string literal,
 * =AND(TRUE,"LLR-coding"="LLR-coding"). Excel stores string literals as typed, so the marker
 * survives save, reload and ExcelJS round trips; "Clear highlights" deletes exactly the
 * conditional formats whose formula contains "LLR-coding" (with its quotes) and nothing else.
 *
 * This is an addition beside WritePlan (src/workbook/plan.ts has no conditional formats); each
 * adapter applies a HighlightPlan as described in highlightPlan's comment.
 */
import { a1Range } from "../../workbook/a1";
import { parseA1 } from "../../workbook/a1";
import type { FindingCode } from "./codes";
import { parseCellRef } from "./finding";
import type { ReconcileResult } from "./reconcile";

export const HIGHLIGHT_MARKER = "LLR-coding";
/** Light amber: visible on white and on the template's blue header fill, readable with black text. */
export const HIGHLIGHT_FILL = "#FFE699";
/** Longest comma-separated address handed to one conditional format (Office.js RangeAreas). */
export const MAX_AREA_ADDRESS_LENGTH = 2000;

export interface HighlightPlan {
  /** The sheet whose cells are marked, as named in the workbook. */
  readonly sheet: string;
  /** A1 ranges on that sheet (no sheet prefix), top to bottom; adjacent rows merged. */
  readonly ranges: readonly string[];
  /** Identifies the add-in's conditional formats; the rule formula carries it. */
  readonly marker: string;
  /** The conditional format's rule: =AND(TRUE,"<marker>"="<marker>"). */
  readonly formula: string;
  /** Fill of the highlighted cells, "#RRGGBB". */
  readonly fill: string;
}

export interface HighlightOptions {
  /** Only findings of these codes (default: all). */
  readonly codes?: readonly FindingCode[];
  /** Also mark the PWR and PFR cells of aggregate findings (default true). */
  readonly aggregateCells?: boolean;
  readonly marker?: string;
  readonly fill?: string;
}

/** The always-true rule formula that names the marker; markers are letters, digits, - and _. */
export function highlightFormula(marker: string = HIGHLIGHT_MARKER): string {
  const safe = marker.replace(/[^A-Za-z0-9_-]/g, "_");
  return `=AND(TRUE,"${safe}"="${safe}")`;
}

/** True when a conditional format's formula is one of ours (whatever case or spacing Excel gives back). */
export function isHighlightFormula(
  formula: string | null | undefined,
  marker: string = HIGHLIGHT_MARKER
): boolean {
  if (typeof formula !== "string") return false;
  const safe = marker.replace(/[^A-Za-z0-9_-]/g, "_");
  return formula.includes(`"${safe}"`);
}

/** Runs of consecutive rows (zero-based, sorted, distinct) as [top, bottom] pairs. */
function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/**
 * What to mark: the whole table width of every Staff row with a staff-level finding, and (unless
 * switched off) the PWR/PFR cells of aggregate findings. One plan per sheet.
 *
 * An adapter applies a plan by:
 * 1. clearing ours first (idempotent re-highlighting), then, for each chunk of highlightAreas(plan):
 * 2. Office.js: `sheet.getRanges(chunk).conditionalFormats.add(Excel.ConditionalFormatType.custom)`,
 *    `cf.custom.rule.formula = plan.formula`, `cf.custom.format.fill.color = plan.fill`
 *    (ExcelApi 1.9 for getRanges; 1.6 for conditional formats); all chunks in one sync.
 *    ExcelJS: `ws.addConditionalFormatting({ ref: chunk.replace(/,/g, " "), rules: [{ type:
 *    "expression", formulae: [plan.formula.slice(1)], style: { fill: { type: "pattern", pattern:
 *    "solid", bgColor: { argb: "FF" + fill } } } }] })`.
 * "Clear highlights" on every sheet: Office.js — load `sheet.getRange().conditionalFormats` items'
 * `type`, sync, load `custom.rule.formula` of the custom ones, sync, delete those for which
 * isHighlightFormula(formula) holds, sync. ExcelJS — drop the entries of `ws.conditionalFormattings`
 * whose rules' formulae satisfy isHighlightFormula. Nothing else is touched.
 */
export function highlightPlan(
  result: ReconcileResult,
  options?: HighlightOptions
): HighlightPlan[] {
  const marker = options?.marker ?? HIGHLIGHT_MARKER;
  const fill = options?.fill ?? HIGHLIGHT_FILL;
  const formula = highlightFormula(marker);
  const codes = options?.codes ? new Set(options.codes) : null;
  const plans: HighlightPlan[] = [];

  const staff = result.staffSheet;
  if (staff) {
    const rows = new Set<number>();
    for (const f of result.findings) {
      if (f.row !== undefined && (!codes || codes.has(f.code))) rows.add(f.row);
    }
    if (rows.size > 0) {
      const ranges = rowRuns([...rows].sort((a, b) => a - b)).map(([top, bottom]) =>
        a1Range(top, staff.firstCol, bottom, staff.lastCol)
      );
      plans.push({ sheet: staff.name, ranges, marker, formula, fill });
    }
  }

  if (options?.aggregateCells !== false) {
    const bySheet = new Map<string, Map<string, { row: number; col: number }>>();
    for (const f of result.findings) {
      if (f.row !== undefined || (codes && !codes.has(f.code))) continue;
      for (const ref of f.cells) {
        const parsed = parseCellRef(ref);
        const at = parsed && parseA1(parsed.address);
        if (!parsed || !at) continue;
        let cells = bySheet.get(parsed.sheet);
        if (!cells) bySheet.set(parsed.sheet, (cells = new Map()));
        cells.set(parsed.address, at);
      }
    }
    for (const [sheet, cells] of bySheet) {
      const ranges = [...cells.entries()]
        .sort((a, b) => a[1].row - b[1].row || a[1].col - b[1].col)
        .map(([address]) => address);
      plans.push({ sheet, ranges, marker, formula, fill });
    }
  }
  return plans;
}

/** The plan's ranges as comma-separated addresses, each at most maxLength long (one conditional format each). */
export function highlightAreas(
  plan: HighlightPlan,
  maxLength: number = MAX_AREA_ADDRESS_LENGTH
): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const range of plan.ranges) {
    if (current !== "" && current.length + 1 + range.length > maxLength) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? range : `${current},${range}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
