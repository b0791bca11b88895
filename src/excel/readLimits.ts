/**
 * The Excel JavaScript API's read limits, and how a sheet too big for one request is split.
 *
 * Documented limits (learn.microsoft.com, "Resource limits and performance optimization"):
 * a range read is limited to 5,000,000 cells (beyond it `values` is null or the call throws), and
 * Excel on the web limits a request or response to 5 MB. Values and formulas are both loaded, so a
 * cell costs roughly twice its JSON text.
 */
import type { CellRect } from "../workbook/rangeRef";

/** Cells per chunk when a sheet must be read in parts: about 2-4 MB of values and formulas. */
export const CHUNK_CELLS = 50_000;
/** Beyond this many cells in one used range a task pane cannot read a sheet in reasonable time or memory. */
export const MAX_SHEET_CELLS = 10_000_000;

/**
 * Office.js error codes that mean "too much for one request": worth retrying in smaller parts.
 * Not GeneralException: it says nothing about size, and retrying it in parts would hide a real
 * failure behind ever smaller requests.
 */
const LIMIT_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);

export function isLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && LIMIT_CODES.has(code);
}

export function cellCount(rect: CellRect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export interface RowChunk {
  /** Zero-based first row on the sheet, and how many rows. */
  readonly row: number;
  readonly rows: number;
}

/** Rows of the used range in chunks of about `cellsPerChunk` cells, at least one row each. */
export function rowChunks(rect: CellRect, cellsPerChunk = CHUNK_CELLS): RowChunk[] {
  const width = rect.right - rect.left + 1;
  const step = Math.max(1, Math.floor(cellsPerChunk / width));
  const chunks: RowChunk[] = [];
  for (let row = rect.top; row <= rect.bottom; row += step) {
    chunks.push({ row, rows: Math.min(step, rect.bottom - row + 1) });
  }
  return chunks;
}

export class SheetTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly address: string,
    readonly cells: number
  ) {
    super(
      `Sheet "${sheet}" is too large to read: its used range ${address} has ${cells.toLocaleString("en-GB")} cells ` +
        `(the limit is ${MAX_SHEET_CELLS.toLocaleString("en-GB")}). Delete the unused rows and columns at its end, save, and check again.`
    );
    this.name = "SheetTooLargeError";
  }
}
