/**
 * Sheets beyond the read limits (5 MB per request on the web, 5M cells per range): the sheets
 * that fit in one request are read together, a request at a time, and each large sheet in chunks
 * of rows, one sync each, with progress. A used range over MAX_SHEET_CELLS is refused, naming
 * the sheet.
 */
import type { ReadProgress } from "../../workbook/host";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { rectOfAddress, sheetFromRange } from "../officeValues";
import {
  MAX_SHEET_CELLS,
  SheetTooLargeError,
  cellCount,
  isLimitError,
  rowChunks,
} from "../readLimits";
import type { SheetStep } from "./walkSheets";

type Progress = (p: ReadProgress) => void;

/**
 * Loads values and formulas of the used ranges that fit in a chunk, several sheets per request;
 * returns the ranges so loaded (the others are read in parts).
 */
export async function loadSmallSheets(
  context: Excel.RequestContext,
  steps: readonly SheetStep[],
  chunkCells: number
): Promise<Set<Excel.Range>> {
  const loaded = new Set<Excel.Range>();
  let batch: Excel.Range[] = [];
  let cells = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await context.sync();
    batch.forEach((r) => loaded.add(r));
    batch = [];
    cells = 0;
  };
  for (const { used } of steps) {
    if (used.isNullObject) continue;
    const rect = rectOfAddress(used.address);
    const size = rect ? cellCount(rect) : 0;
    if (!rect || size > chunkCells) continue;
    if (cells + size > chunkCells) await flush();
    used.load("values,formulas");
    batch.push(used);
    cells += size;
  }
  await flush();
  return loaded;
}

export async function readSheetInChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: string,
  hidden: boolean,
  address: string,
  chunkCells: number,
  onProgress?: Progress
): Promise<SheetSnapshot> {
  const rect = rectOfAddress(address);
  if (!rect) return sheetFromRange(name, hidden, null, [], []);
  const cells = cellCount(rect);
  if (cells > MAX_SHEET_CELLS)
    throw new SheetTooLargeError(name, address.slice(address.lastIndexOf("!") + 1), cells);
  const width = rect.right - rect.left + 1;
  const totalRows = rect.bottom - rect.top + 1;
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  let budget = chunkCells;
  let row = rect.top;
  while (row <= rect.bottom) {
    const [chunk] = rowChunks({ ...rect, top: row }, budget);
    onProgress?.({
      stage: `Reading sheet "${name}" in parts (too large for one request): rows ${(chunk.row - rect.top + 1).toLocaleString("en-GB")}–${(chunk.row - rect.top + chunk.rows).toLocaleString("en-GB")} of ${totalRows.toLocaleString("en-GB")}`,
      fraction: (row - rect.top) / totalRows,
    });
    const range = sheet.getRangeByIndexes(chunk.row, rect.left, chunk.rows, width);
    range.load("values,formulas");
    try {
      // One chunk per request is the point: batched together they would exceed the limit again.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      // Long text can still overflow a request: halve the chunk, down to a single row.
      if (isLimitError(e) && chunk.rows > 1) {
        budget = Math.max(width, Math.floor((chunk.rows * width) / 2));
        continue;
      }
      throw e;
    }
    values.push(...(range.values as unknown[][]));
    formulas.push(...(range.formulas as unknown[][]));
    row += chunk.rows;
  }
  return sheetFromRange(name, hidden, rect, values, formulas);
}
