/**
 * Test workbooks as plain, editable snapshots: what validate, reconcile and buildPack read, with
 * arrays a test may change in place. The edits below are the hooks tests plant problems with.
 */
import { parseA1 } from "../../../src/workbook/a1";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";

export interface MutableSheet extends SheetSnapshot {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
}

export interface MutableWorkbook extends WorkbookSnapshot {
  source?: string;
  sheets: MutableSheet[];
}

/** A deep copy of any snapshot (the sample, a clean fixture) to edit. */
export function copyOf(snapshot: WorkbookSnapshot): MutableWorkbook {
  return structuredClone(snapshot) as MutableWorkbook;
}

/** A copy of a snapshot with `edit` applied: `edited(SAMPLE, (wb) => removeSheets(wb, "PFR"))`. */
export function edited(
  snapshot: WorkbookSnapshot,
  edit: (wb: MutableWorkbook) => void
): MutableWorkbook {
  const wb = copyOf(snapshot);
  edit(wb);
  return wb;
}

export function sheetOf(wb: MutableWorkbook, name: string): MutableSheet {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`the workbook has no sheet ${name}`);
  return sheet;
}

/** Zero-based place of an A1 address within a sheet's values (origin applied). */
function placeOf(sheet: MutableSheet, address: string): { r: number; c: number } {
  const p = parseA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  return { r: p.row - sheet.origin.row, c: p.col - sheet.origin.col };
}

/** Sets a cell by its A1 address, growing the arrays as needed. */
export function setCell(
  wb: MutableWorkbook,
  sheetName: string,
  address: string,
  value: CellValue
): void {
  const sheet = sheetOf(wb, sheetName);
  const { r, c } = placeOf(sheet, address);
  if (r < 0 || c < 0) throw new Error(`${address} is above or left of the used range`);
  while (sheet.values.length <= r) sheet.values.push([]);
  const row = sheet.values[r];
  while (row.length <= c) row.push(null);
  row[c] = value;
}

export function getCell(wb: MutableWorkbook, sheetName: string, address: string): CellValue {
  const sheet = sheetOf(wb, sheetName);
  const { r, c } = placeOf(sheet, address);
  return sheet.values[r]?.[c] ?? null;
}

/**
 * Applies `edit` to a copy of every row but the first (the header) of a sheet; a row it returns
 * null for is removed. `index` is the row's index in the sheet's values.
 */
export function editRows(
  wb: MutableWorkbook,
  sheetName: string,
  edit: (cells: CellValue[], index: number) => CellValue[] | null
): void {
  const sheet = sheetOf(wb, sheetName);
  sheet.values = sheet.values.flatMap((cells, i) => {
    if (i === 0) return [cells];
    const edited = edit([...cells], i);
    return edited ? [edited] : [];
  });
}

export function renameSheet(wb: MutableWorkbook, from: string, to: string): void {
  sheetOf(wb, from).name = to;
}

export function removeSheets(wb: MutableWorkbook, ...names: string[]): void {
  wb.sheets = wb.sheets.filter((s) => !names.includes(s.name));
}

/** Moves a sheet's used range so it starts at `origin` (cells keep their relative places). */
export function moveOrigin(
  wb: MutableWorkbook,
  sheetName: string,
  origin: { row: number; col: number }
): void {
  sheetOf(wb, sheetName).origin = origin;
}

/** Sets a Settings value by its label, adding the row when there is none. */
export function setSetting(wb: MutableWorkbook, name: string, value: CellValue): void {
  const sheet = sheetOf(wb, "Settings");
  const row = sheet.values.find((r) => r[0] === name);
  if (row) row[1] = value;
  else sheet.values.push([name, value]);
}
