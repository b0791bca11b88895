/**
 * The port's input: plain data read from a workbook in one go. Both adapters (Office.js and
 * ExcelJS) produce it and the domain consumes it, so the domain never sees Office or files.
 */

/** A cell value as Excel reports it: numbers, text, booleans; blanks are null or "". */
export type CellValue = string | number | boolean | null;

export interface SheetSnapshot {
  /** The sheet's name exactly as in the workbook. */
  readonly name: string;
  /** Zero-based row and column of the used range's top-left cell (A1 = 0,0). */
  readonly origin: { readonly row: number; readonly col: number };
  /** Values of the used range, row-major; rows may be ragged (missing trailing cells are blank). */
  readonly values: readonly (readonly CellValue[])[];
  /**
   * Formulas of the used range, same shape as values where present: the formula text starting
   * with "=", or null / "" for a constant. Omitted when the adapter had no formulas to give.
   */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** True when the sheet is hidden in the workbook. */
  readonly hidden?: boolean;
}

export interface WorkbookSnapshot {
  /** Where the snapshot came from (a file name, or "Excel"), for messages only. */
  readonly source?: string;
  readonly sheets: readonly SheetSnapshot[];
  /**
   * The workbook's date system: serial numbers count days from 1899-12-30 (1900, the default)
   * or from 1904-01-01 (1904, older Mac workbooks). Cells carry the workbook's own serials, as
   * Office.js gives them; readers of dates convert with this. Absent means 1900.
   */
  readonly dateSystem?: 1900 | 1904;
}
