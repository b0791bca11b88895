import { err, ok, Result } from "../domain/result";

/**
 * Shape rules for range arguments, kept free of the CustomFunctions runtime so they test alone.
 *
 * Excel passes every matrix argument as a 2-D array (a single cell is [[v]]). Arguments broadcast
 * dimension by dimension, as Excel's own array arithmetic does: along each dimension an argument
 * either has the full size or size 1, and a size-1 dimension repeats. So a single value goes with
 * any range, a row goes with a matrix of the same width, and a row against a column gives a grid.
 * Any other mismatch (3 rows against 2) is an error for the whole call: Excel would pad with #N/A,
 * which hides the mistake in the middle of a spill.
 */
export type Matrix = readonly (readonly unknown[])[];

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** Wraps a bare value (tests, or a scalar Excel sent) as 1x1; refuses empty or ragged arrays. */
export function asMatrix(value: unknown): Matrix | undefined {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return undefined;
  if (value.every((row) => !Array.isArray(row))) return [value]; // a 1-D array is one row
  if (!value.every((row) => Array.isArray(row))) return undefined;
  const width = (value[0] as unknown[]).length;
  if (width === 0 || !value.every((row: unknown[]) => row.length === width)) return undefined;
  return value as Matrix;
}

export const shapeOf = (m: Matrix): Shape => ({ rows: m.length, cols: m[0].length });

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const describe = (s: Shape) =>
  s.rows === 1 && s.cols === 1
    ? "a single value"
    : `${count(s.rows, "row")} x ${count(s.cols, "column")}`;

/** The output shape of a call, or a message naming the arguments that cannot line up. */
export function broadcastShape(
  args: readonly { readonly name: string; readonly matrix: Matrix }[]
): Result<Shape, string> {
  const shapes = args.map((a) => ({ name: a.name, shape: shapeOf(a.matrix) }));
  const rows = Math.max(...shapes.map((s) => s.shape.rows));
  const cols = Math.max(...shapes.map((s) => s.shape.cols));
  const misfits = shapes.filter(
    (s) =>
      (s.shape.rows !== 1 && s.shape.rows !== rows) || (s.shape.cols !== 1 && s.shape.cols !== cols)
  );
  if (misfits.length === 0) return ok({ rows, cols });
  const all = shapes.map((s) => `${s.name} is ${describe(s.shape)}`).join(", ");
  return err(
    `The ranges do not line up: ${all}. Give ranges of the same size, or a single value to apply to every cell.`
  );
}

/** The element of a matrix that lines up with output cell (row, col) once size-1 dimensions repeat. */
export function elementAt(m: Matrix, row: number, col: number): unknown {
  return m[m.length === 1 ? 0 : row][m[0].length === 1 ? 0 : col];
}

/** " (row 2, column 1)" for a cell inside a multi-cell range; "" for a single value. */
export function positionLabel(m: Matrix, row: number, col: number): string {
  const s = shapeOf(m);
  if (s.rows === 1 && s.cols === 1) return "";
  const r = s.rows === 1 ? 0 : row;
  const c = s.cols === 1 ? 0 : col;
  if (s.cols === 1) return ` (row ${r + 1})`;
  if (s.rows === 1) return ` (column ${c + 1})`;
  return ` (row ${r + 1}, column ${c + 1})`;
}

/** "row 3, column 1" for a cell inside a multi-cell range, its own row and column; "" for a single value. */
export function cellPosition(m: Matrix, row: number, col: number): string {
  const s = shapeOf(m);
  if (s.rows === 1 && s.cols === 1) return "";
  return `row ${(s.rows === 1 ? 0 : row) + 1}, column ${(s.cols === 1 ? 0 : col) + 1}`;
}
