/** Parsing what the task pane asks the preview to select: "H14", "$H$14", "B3:D9". */
import { parseA1 } from "../workbook/a1";

export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A normalised address ("H14", "B3:D9") and its rectangle, or null when it is not an address. */
export function parseAddress(address: string): { address: string; rect: CellRect } | null {
  const parts = address.replace(/\$/g, "").trim().toUpperCase().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const corners = parts.map(parseA1);
  if (corners.some((c) => c === null)) return null;
  const [a, b = a] = corners as { row: number; col: number }[];
  const rect = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  return {
    address: parts.length === 2 && parts[0] !== parts[1] ? parts.join(":") : parts[0],
    rect,
  };
}

export function rectContains(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}
