/**
 * The preview's highlights: what WorkbookHost.highlight and clearHighlights do to the in-memory
 * workbook, mirroring the Excel adapter. One entry per area, as Excel holds one conditional
 * format per area, so "removed" counts the same in both.
 */
import { areaRects, highlightAreas, planMarkers, type HighlightPlan } from "../workbook/highlight";
import { rectContains } from "./selection";
import { findSheetIndex } from "./sheetNames";
import type { GridHighlight, SheetGrid } from "./sheetGrid";

/** The highlight shown on a cell (the last added wins), or null. */
export function highlightAt(grid: SheetGrid, row: number, col: number): GridHighlight | null {
  const highlights = grid.highlights ?? [];
  for (let i = highlights.length - 1; i >= 0; i--)
    if (highlights[i].rects.some((r) => rectContains(r, row, col))) return highlights[i];
  return null;
}

function without(
  sheets: readonly SheetGrid[],
  markers: readonly string[]
): { sheets: SheetGrid[]; removed: number } {
  let removed = 0;
  const kept = sheets.map((grid) => {
    const before = grid.highlights ?? [];
    const after = before.filter((h) => !markers.includes(h.marker));
    removed += before.length - after.length;
    return after.length === before.length ? grid : { ...grid, highlights: after };
  });
  return { sheets: kept, removed };
}

/** The sheets with the marker's highlights removed everywhere, and how many were. */
export function clearGridHighlights(
  sheets: readonly SheetGrid[],
  marker: string
): { sheets: SheetGrid[]; removed: number } {
  return without(sheets, [marker]);
}

/**
 * The sheets with the plans' markers cleared, then the plans' areas added. Throws, naming the
 * sheet, when a plan's sheet is missing or a range is not an A1 range (the caller then keeps
 * the old sheets: nothing changes).
 */
export function applyGridHighlights(
  sheets: readonly SheetGrid[],
  plans: readonly HighlightPlan[]
): SheetGrid[] {
  const names = sheets.map((s) => s.name);
  const additions = plans.map((plan) => {
    const index = findSheetIndex(names, plan.sheet);
    if (index < 0)
      throw new Error(
        `There is no sheet named "${plan.sheet}" in this workbook any more, so nothing was highlighted.`
      );
    const entries = highlightAreas(plan).map((area): GridHighlight => {
      const rects = areaRects(area);
      if (!rects) throw new Error(`Sheet "${names[index]}": "${area}" is not a list of A1 ranges.`);
      return { marker: plan.marker, fill: plan.fill, rects };
    });
    return { index, entries };
  });
  const cleared = without(sheets, planMarkers(plans)).sheets;
  for (const { index, entries } of additions) {
    const grid = cleared[index];
    cleared[index] = { ...grid, highlights: [...(grid.highlights ?? []), ...entries] };
  }
  return cleared;
}
