import type { MetricError } from "../domain/metrics/metricError";
import type { Result } from "../domain/result";
import {
  asMatrix,
  broadcastShape,
  cellPosition,
  elementAt,
  Matrix,
  positionLabel,
} from "./broadcast";
import { cellError, CellError, toExcelError, wholeCallError } from "./cellErrors";
import { CellReader, readFlag, readNumber } from "./cellReaders";
import { dataTypeError, plainCell } from "./dataTypes";

export type CellOutput = number | string;
/** What a custom function returns: a spill of numbers, text and per-cell Excel errors. */
export type Spill = (CellOutput | CustomFunctions.Error)[][];

/**
 * Applies `compute` to each lined-up set of cells. Each argument may be a single value or a range
 * (see broadcast.ts for the shape rules). A bad cell becomes an Excel error in its own place and the
 * rest of the spill is still calculated. A call that cannot be lined up at all returns one #VALUE!
 * as a 1x1 matrix: returning (not throwing) keeps errors as values, and Excel shows a 1x1 result,
 * message included, in the formula's cell exactly as it would show a thrown CustomFunctions.Error.
 */
export function spill<K extends string, V>(
  args: Readonly<Record<K, unknown>>,
  readerFor: (arg: K) => CellReader<V>,
  compute: (values: Readonly<Record<K, V>>) => Result<CellOutput, CellError | MetricError>,
  kernel?: NumberKernel
): Spill {
  const named: { name: K; matrix: Matrix }[] = [];
  for (const name of Object.keys(args) as K[]) {
    const matrix = asMatrix(args[name]);
    if (!matrix) return wholeCallError(`${name} is an empty or uneven range`);
    named.push({ name, matrix });
  }
  const shape = broadcastShape(named);
  if (!shape.ok) return wholeCallError(shape.error);

  // Each argument's reader is looked up once per call, not once per cell.
  const inputs: Input<K, V>[] = named.map(({ name, matrix }) => {
    const read = readerFor(name);
    return { name, matrix, read, plainNumbers: read === (readNumber as CellReader<unknown>) };
  });
  const { rows, cols } = shape.value;
  // One record for every cell, its keys added once: a fresh object per cell, filled key by key,
  // cost more than the metric itself over a large range. compute reads it and must not keep it.
  const values = {} as Record<K, V>;
  for (const input of inputs) values[input.name] = undefined as V;
  const fast =
    kernel && inputs.length <= 3 && inputs.every((i) => i.plainNumbers) ? kernel : undefined;
  const [a, b, c] = inputs.map((i) => ({ matrix: i.matrix, colRepeats: i.matrix[0].length === 1 }));
  const rowOf = (m: Matrix, row: number) => m[m.length === 1 ? 0 : row];
  const out: Spill = new Array(rows);
  for (let row = 0; row < rows; row++) {
    const line: Spill[number] = new Array(cols);
    // Each argument's row for this output row, found once per row rather than once per cell.
    const ra = rowOf(a.matrix, row);
    const rb = b ? rowOf(b.matrix, row) : ra;
    const rc = c ? rowOf(c.matrix, row) : ra;
    for (let col = 0; col < cols; col++) {
      if (fast) {
        const x = amount(ra[a.colRepeats ? 0 : col]);
        const y = b ? amount(rb[b.colRepeats ? 0 : col]) : 0;
        const z = c ? amount(rc[c.colRepeats ? 0 : col]) : 0;
        const v = fast(x, y, z);
        // A finite answer is the metric's own; NaN (a cell that is not a plain number, or a
        // non-finite result) goes the checked way below, which finds the error and its message.
        if (v - v === 0) {
          line[col] = v;
          continue;
        }
      }
      line[col] = computeCell(inputs, values, compute, row, col);
    }
    out[row] = line;
  }
  return out;
}

/**
 * A metric as bare arithmetic over its arguments in order (see planVarianceOf): whenever it
 * returns a finite number, that number is exactly what compute would return for the same cells.
 */
export type NumberKernel = (a: number, b: number, c: number) => number;

/**
 * A cell as readNumber reads it when that is trivial (a finite number, or a blank as 0); else NaN,
 * which sends the cell the checked way. Data types are objects, so they always go that way too.
 */
function amount(cell: unknown): number {
  if (typeof cell === "number") return cell - cell === 0 ? cell : NaN;
  return cell === null || cell === undefined ? 0 : NaN;
}

interface Input<K extends string, V> {
  readonly name: K;
  readonly matrix: Matrix;
  readonly read: CellReader<V>;
  /** Read with readNumber, whose answer for a finite number is the number itself. */
  readonly plainNumbers: boolean;
}

function computeCell<K extends string, V>(
  inputs: readonly Input<K, V>[],
  values: Record<K, V>,
  compute: (values: Readonly<Record<K, V>>) => Result<CellOutput, CellError | MetricError>,
  row: number,
  col: number
): CellOutput | CustomFunctions.Error {
  try {
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      let cell = elementAt(input.matrix, row, col);
      // Fast path for the usual cell, a finite number: readNumber would return it unchanged, so
      // skip the parse and the Result it allocates (a million-cell range makes a million of each).
      if (input.plainNumbers && typeof cell === "number" && Number.isFinite(cell)) {
        values[input.name] = cell as V;
        continue;
      }
      // The one place a cell holding a data type becomes a plain value (see dataTypes.ts).
      if (typeof cell === "object" && cell !== null) {
        const plain = plainCell(cell);
        if (!plain.ok)
          return toExcelError(
            dataTypeError(plain.error, input.name, cellPosition(input.matrix, row, col))
          );
        cell = plain.value;
      }
      const read = input.read(cell);
      if (!read.ok)
        return toExcelError({
          ...read.error,
          message: `${input.name}${positionLabel(input.matrix, row, col)}: ${read.error.message}`,
        });
      values[input.name] = read.value;
    }
    const result = compute(values);
    return result.ok ? result.value : toExcelError(result.error);
  } catch (e) {
    // The domain returns errors as values; this only guards one cell against a bug elsewhere.
    return toExcelError(
      cellError("VALUE", `unexpected error: ${e instanceof Error ? e.message : String(e)}`)
    );
  }
}

/** spill() for functions whose arguments are all amounts. */
export const spillNumbers = <K extends string>(
  args: Readonly<Record<K, unknown>>,
  compute: (values: Readonly<Record<K, number>>) => Result<CellOutput, CellError | MetricError>,
  kernel?: NumberKernel
): Spill => spill(args, () => readNumber, compute, kernel);

/** Reads an optional TRUE/FALSE argument, then runs the call; a bad flag fails the whole call. */
export function withFlag(
  value: unknown,
  name: string,
  fallback: boolean,
  run: (flag: boolean) => Spill
): Spill {
  const flag = readFlag(value, name, fallback);
  return flag.ok ? run(flag.value) : wholeCallError(flag.error);
}
