/**
 * Where a chart sits, as a DrawingML two-cell anchor: the plan gives the top-left cell and a size
 * in points; the anchor needs the cell under the bottom-right corner and offsets in EMU, so the
 * sheet's column widths and row heights are walked.
 */
import type ExcelJS from "exceljs";
import { parseA1 } from "../../workbook/a1";

export const EMU_PER_POINT = 12700;
const EMU_PER_PIXEL = 9525;
/** Excel's default column (8.43 characters shown, 64 pixels) and row (15 points) sizes for Calibri 11. */
const DEFAULT_COLUMN_PIXELS = 64;
const DEFAULT_ROW_POINTS = 15;
/** Maximum digit width of Calibri 11 in pixels, which Excel's character widths are counted in. */
const MAX_DIGIT_WIDTH = 7;

export interface CellOffset {
  readonly col: number;
  readonly colOff: number; // EMU
  readonly row: number;
  readonly rowOff: number; // EMU
}

export interface TwoCellAnchor {
  readonly from: CellOffset;
  readonly to: CellOffset;
  readonly cx: number; // EMU
  readonly cy: number; // EMU
}

/** A column width in characters to EMU, as Excel converts it (ECMA-376 Part 1 §18.3.1.13). */
export function columnWidthEmu(chars: number): number {
  const pixels = Math.trunc(
    ((256 * chars + Math.trunc(128 / MAX_DIGIT_WIDTH)) / 256) * MAX_DIGIT_WIDTH
  );
  return pixels * EMU_PER_PIXEL;
}

export interface SheetMetrics {
  columnEmu(col: number): number;
  rowEmu(row: number): number;
}

export function sheetMetrics(ws: ExcelJS.Worksheet): SheetMetrics {
  const defaultStored = ws.properties?.defaultColWidth;
  const defaultColumn =
    defaultStored === undefined
      ? DEFAULT_COLUMN_PIXELS * EMU_PER_PIXEL
      : columnWidthEmu(defaultStored);
  const defaultRow = ws.properties?.defaultRowHeight ?? DEFAULT_ROW_POINTS;
  return {
    columnEmu: (col) => {
      const column = ws.getColumn(col + 1);
      if (column.hidden) return 0;
      return column.width === undefined ? defaultColumn : columnWidthEmu(column.width);
    },
    rowEmu: (row) => {
      const r = ws.findRow(row + 1);
      if (r?.hidden) return 0;
      return Math.round((r?.height ?? defaultRow) * EMU_PER_POINT);
    },
  };
}

function walk(
  start: number,
  length: number,
  size: (i: number) => number
): { index: number; offset: number } {
  let index = start;
  let left = length;
  // A hidden (zero-size) track never ends a chart; 16384 columns / 1M rows bound the walk.
  for (let guard = 0; guard < 1_048_576; guard++) {
    const s = size(index);
    if (s > 0 && left < s) return { index, offset: left };
    left -= s;
    index++;
  }
  return { index, offset: 0 };
}

/** The anchor of a chart whose top-left corner is at `at` ("J3") and whose size is in points. */
export function anchorFor(
  at: string,
  widthPt: number,
  heightPt: number,
  metrics: SheetMetrics
): TwoCellAnchor | null {
  const cell = parseA1(at);
  if (!cell || !(widthPt > 0) || !(heightPt > 0)) return null;
  const cx = Math.round(widthPt * EMU_PER_POINT);
  const cy = Math.round(heightPt * EMU_PER_POINT);
  const col = walk(cell.col, cx, metrics.columnEmu);
  const row = walk(cell.row, cy, metrics.rowEmu);
  return {
    from: { col: cell.col, colOff: 0, row: cell.row, rowOff: 0 },
    to: { col: col.index, colOff: col.offset, row: row.index, rowOff: row.offset },
    cx,
    cy,
  };
}
