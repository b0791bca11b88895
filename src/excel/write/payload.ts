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

/** A rectangle of cells to write: zero-based top-left and its rows. */
export interface CellWrite<T = unknown> {
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly T[])[];
}

/** Part of a CellWrite sent in one request, with its estimated size. */
export type Piece<W extends CellWrite> = W & { readonly bytes: number };

/**
 * The writes, in order, cut between rows into requests of at most `budget` bytes, each request
 * filled before the next begins; `tailBytes` (the operations that follow the cells) go with the
 * last request, or one of their own. A single row larger than the budget travels alone.
 */
export function packRows<W extends CellWrite>(
  writes: readonly W[],
  budget: number,
  tailBytes = 0
): Piece<W>[][] {
  const requests: Piece<W>[][] = [];
  let current: Piece<W>[] = [];
  let used = 0;
  const flush = () => {
    requests.push(current);
    current = [];
    used = 0;
  };
  for (const write of writes) {
    let start = 0;
    let bytes = 2;
    const cut = (end: number) => {
      if (end > start) {
        current.push({
          ...write,
          top: write.top + start,
          rows: write.rows.slice(start, end),
          bytes,
        });
        used += bytes;
      }
      start = end;
      bytes = 2;
    };
    for (let r = 0; r < write.rows.length; r++) {
      const size = jsonSize(write.rows[r]) + 1;
      if (used + bytes + size > budget && (r > start || used > 0)) {
        cut(r);
        flush();
      }
      bytes += size;
    }
    cut(write.rows.length);
  }
  // The last request takes the tail, or the tail gets an (empty) request of its own.
  if (current.length > 0 && used + tailBytes > budget) flush();
  flush();
  return requests;
}
