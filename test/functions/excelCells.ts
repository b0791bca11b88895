/** Test helpers: read a returned spill as plain data, errors as "#CODE: message". */
export function isExcelError(cell: unknown): cell is CustomFunctions.Error {
  return cell instanceof CustomFunctions.Error;
}

/** "#VALUE!: message" for an error with a message, "#DIV/0!" for a bare one; numbers to 10 places. */
export function show(cell: unknown): unknown {
  if (isExcelError(cell))
    return cell.message && cell.message !== cell.code ? `${cell.code}: ${cell.message}` : cell.code;
  if (typeof cell === "number") return Number(cell.toFixed(10));
  return cell;
}

export const showAll = (spill: unknown[][]): unknown[][] => spill.map((row) => row.map(show));
