/** Which block of cells the preview's sheet viewer shows: a window around the selection. */
import type { CellRect } from "./selection";
import { usedBounds, type SheetGrid } from "./sheetGrid";

export interface Viewport {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Rows and columns around the selection's top-left cell, a little more after it than before it
 * (as Excel scrolls), clamped at A1; without a selection on this sheet, the used range's corner.
 */
export function viewportFor(
  grid: SheetGrid,
  selection: CellRect | null,
  rows = 7,
  cols = 5
): Viewport {
  if (selection) {
    return {
      top: Math.max(0, selection.top - Math.floor((rows - 1) / 2)),
      left: Math.max(0, selection.left - Math.floor((cols - 1) / 2)),
      rows,
      cols,
    };
  }
  const bounds = usedBounds(grid);
  return { top: bounds?.top ?? 0, left: bounds?.left ?? 0, rows, cols };
}
