/**
 * Highlighting the rows and cells behind the findings, in a way "Clear highlights" can undo
 * completely without touching the user's own formatting: conditional formats the add-in owns,
 * never cell fills. How such a highlight is encoded (the marker in an always-TRUE rule formula)
 * belongs to the port, src/workbook/highlight.ts; this file decides what to mark.
 */
import { a1Range } from "../../workbook/a1";
import { parseA1 } from "../../workbook/a1";
import {
  highlightAreas,
  isMarkerFormula,
  markerFormula,
  MAX_AREA_ADDRESS_LENGTH,
  type HighlightPlan,
} from "../../workbook/highlight";
import type { FindingCode } from "./codes";
import { parseCellRef } from "./finding";
import type { ReconcileResult } from "./reconcile";

export { highlightAreas, MAX_AREA_ADDRESS_LENGTH, type HighlightPlan };

export const HIGHLIGHT_MARKER = "LLR-coding";
/** Light amber: visible on white and on the template's blue header fill, readable with black text. */
export const HIGHLIGHT_FILL = "#FFE699";

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
  return markerFormula(marker);
}

/** True when a conditional format's formula is one of ours (whatever case or spacing Excel gives back). */
export function isHighlightFormula(
  formula: string | null | undefined,
  marker: string = HIGHLIGHT_MARKER
): boolean {
  return isMarkerFormula(formula, marker);
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
 * Adapters apply plans through WorkbookHost.highlight (clearing the marker's earlier highlights
 * first) and remove them with WorkbookHost.clearHighlights; see src/excel/highlight.ts and
 * src/preview/previewHost.ts. Over ExcelJS it would be, for each chunk of highlightAreas(plan):
 * `ws.addConditionalFormatting({ ref: chunk.replace(/,/g, " "), rules: [{ type: "expression",
 * formulae: [plan.formula.slice(1)], style: { fill: { type: "pattern", pattern: "solid",
 * bgColor: { argb: "FF" + fill } } } }] })`, and clearing drops the entries of
 * `ws.conditionalFormattings` whose rules' formulae satisfy isHighlightFormula.
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
