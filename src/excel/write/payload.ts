/**
 * Excel on the web refuses a request over 5 MB. Large writes (the findings sheet of a 100,000-row
 * Staff sheet) are split into requests under a budget: each row's JSON size is estimated, rows
 * are cut into pieces, and pieces are packed into requests, one sync each.
 */

/** Bytes of values, formulas and number formats per request: under the 5 MB limit with room for the rest. */
export const REQUEST_BUDGET = 4_000_000;
/** What any other queued operation (a rename, a format, a table) adds to a request, roughly. */
export const OPERATION_BYTES = 300;

/** UTF-8 bytes of a string, as it travels in a request. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The JSON size of a value written or read through Office.js. */
export function jsonSize(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** A rectangle of cells to write in one assignment: zero-based top-left and its rows. */
export interface CellPiece<T = unknown> {
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly T[])[];
  readonly bytes: number;
}

/** Rows from (top, left) cut into pieces of at most `budget` bytes (a row larger than that alone). */
export function splitRows<T>(
  top: number,
  left: number,
  rows: readonly (readonly T[])[],
  budget: number
): CellPiece<T>[] {
  const pieces: CellPiece<T>[] = [];
  let start = 0;
  let bytes = 2;
  for (let r = 0; r < rows.length; r++) {
    const size = jsonSize(rows[r]) + 1;
    if (r > start && bytes + size > budget) {
      pieces.push({ top: top + start, left, rows: rows.slice(start, r), bytes });
      start = r;
      bytes = 2;
    }
    bytes += size;
  }
  if (rows.length > start) pieces.push({ top: top + start, left, rows: rows.slice(start), bytes });
  return pieces;
}

/** Items packed in order into groups of at most `budget` bytes (an item larger than that alone). */
export function packRequests<T extends { readonly bytes: number }>(
  items: readonly T[],
  budget: number
): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length > 0 && bytes + item.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
