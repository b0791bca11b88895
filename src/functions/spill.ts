import type { MetricError } from "../domain/metrics/metricError";
import type { Result } from "../domain/result";
import { asMatrix, broadcastShape, elementAt, Matrix, positionLabel } from "./broadcast";
import { cellError, CellError, toExcelError, wholeCallError } from "./cellErrors";
import { CellReader, readFlag, readNumber } from "./cellReaders";

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
  compute: (values: Readonly<Record<K, V>>) => Result<CellOutput, CellError | MetricError>
): Spill {
  const named: { name: K; matrix: Matrix }[] = [];
  for (const name of Object.keys(args) as K[]) {
    const matrix = asMatrix(args[name]);
    if (!matrix) return wholeCallError(`${name} is an empty or uneven range`);
    named.push({ name, matrix });
  }
  const shape = broadcastShape(named);
  if (!shape.ok) return wholeCallError(shape.error);

  const out: Spill = [];
  for (let row = 0; row < shape.value.rows; row++) {
    const line: Spill[number] = [];
    for (let col = 0; col < shape.value.cols; col++)
      line.push(computeCell(named, readerFor, compute, row, col));
    out.push(line);
  }
  return out;
}

function computeCell<K extends string, V>(
  named: readonly { name: K; matrix: Matrix }[],
  readerFor: (arg: K) => CellReader<V>,
  compute: (values: Readonly<Record<K, V>>) => Result<CellOutput, CellError | MetricError>,
  row: number,
  col: number
): CellOutput | CustomFunctions.Error {
  try {
    const values = {} as Record<K, V>;
    for (const { name, matrix } of named) {
      const read = readerFor(name)(elementAt(matrix, row, col));
      if (!read.ok)
        return toExcelError({
          ...read.error,
          message: `${name}${positionLabel(matrix, row, col)}: ${read.error.message}`,
        });
      values[name] = read.value;
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
  compute: (values: Readonly<Record<K, number>>) => Result<CellOutput, CellError | MetricError>
): Spill => spill(args, () => readNumber, compute);

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
