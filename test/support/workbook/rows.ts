/**
 * Rows of the template's sheets found by what they say (organisation, staff type, group,
 * measure), and their monthly figures changed: how tests point at a cell and plant a problem.
 * Columns are the template's: PWR and PFR start Organisation, Staff type, Staff group, Measure;
 * Vacancies Organisation, Staff group, Measure; Agency Organisation, Measure. The header is the
 * sheet's first row.
 */
import { a1, quoteSheet } from "../../../src/workbook/a1";
import type { CellValue } from "../../../src/workbook/snapshot";
import { MONTH_HEADERS } from "./months";
import { sheetOf, type MutableSheet, type MutableWorkbook } from "./mutableWorkbook";

export interface RowMatch {
  readonly org: string;
  readonly type?: string;
  readonly group?: string;
  readonly measure: string;
}

/** A PWR or PFR row: organisation, staff type, staff group and measure. */
export function returnRow(org: string, type: string, group: string, measure: string): RowMatch {
  return { org, type, group, measure };
}

/** Where each key of a RowMatch is on a sheet, by the sheet's template layout. */
function columnsOf(sheetName: string): Partial<Record<keyof RowMatch, number>> {
  if (sheetName === "Vacancies") return { org: 0, group: 1, measure: 2 };
  if (sheetName === "Agency") return { org: 0, measure: 1 };
  return { org: 0, type: 1, group: 2, measure: 3 };
}

function matches(sheetName: string, cells: readonly CellValue[], m: Partial<RowMatch>): boolean {
  const columns = columnsOf(sheetName);
  return (Object.keys(columns) as (keyof RowMatch)[]).every(
    (k) => !(k in m) || cells[columns[k]!] === m[k]
  );
}

function rowIndex(sheet: MutableSheet, m: RowMatch): number {
  const full = { ...m, type: m.type, group: m.group };
  const i = sheet.values.findIndex((cells) => matches(sheet.name, cells, full));
  if (i < 0) throw new Error(`no row ${JSON.stringify(m)} on ${sheet.name}`);
  return i;
}

/** Absolute zero-based row of the first row matching. */
export function findRow(wb: MutableWorkbook, sheetName: string, m: RowMatch): number {
  const sheet = sheetOf(wb, sheetName);
  return sheet.origin.row + rowIndex(sheet, m);
}

/** Column (absolute, zero-based) of a header in the sheet's first row. */
export function findColumn(wb: MutableWorkbook, sheetName: string, header: string): number {
  const sheet = sheetOf(wb, sheetName);
  const j = sheet.values[0].findIndex((v) => v === header);
  if (j < 0) throw new Error(`no column ${header} on ${sheetName}`);
  return sheet.origin.col + j;
}

/** A1 address of a row's cell under a header, e.g. cellOf(wb, "PWR", {org:"UHL",...}, "Oct 23"). */
export function cellOf(
  wb: MutableWorkbook,
  sheetName: string,
  m: RowMatch,
  header: string
): string {
  return a1(findRow(wb, sheetName, m), findColumn(wb, sheetName, header));
}

/** "PWR!L3": the reference of a row's cell in month m (1 = April). */
export function ref(wb: MutableWorkbook, sheetName: string, m: RowMatch, month: number): string {
  return `${quoteSheet(sheetName)}!${cellOf(wb, sheetName, m, MONTH_HEADERS[month - 1])}`;
}

/** Removes the rows matching every key given; returns how many went. */
export function deleteRows(wb: MutableWorkbook, sheetName: string, m: Partial<RowMatch>): number {
  const sheet = sheetOf(wb, sheetName);
  const before = sheet.values.length;
  sheet.values = sheet.values.filter((cells, i) => i === 0 || !matches(sheetName, cells, m));
  return before - sheet.values.length;
}

/** Months from..to of a row (to: the last month holding a number), with `change` applied. */
function changeMonths(
  wb: MutableWorkbook,
  sheetName: string,
  m: RowMatch,
  from: number,
  to: number | undefined,
  change: (value: number) => number
): void {
  const sheet = sheetOf(wb, sheetName);
  const row = sheet.values[rowIndex(sheet, m)];
  const columns = MONTH_HEADERS.map((h) => sheet.values[0].indexOf(h));
  let last = to ?? 0;
  if (to === undefined)
    columns.forEach((j, i) => {
      if (j >= 0 && typeof row[j] === "number") last = i + 1;
    });
  for (let month = from; month <= last; month++) {
    const j = columns[month - 1];
    if (j < 0) throw new Error(`no month ${month} on ${sheetName}`);
    row[j] = change(row[j] as number);
  }
}

/** Adds `delta` to a row's figures from month `from` to `to`, to 2 decimals as WTE are. */
export function addToMonths(
  wb: MutableWorkbook,
  sheetName: string,
  m: RowMatch,
  delta: number,
  from: number,
  to?: number
): void {
  changeMonths(wb, sheetName, m, from, to, (v) => Math.round((v + delta) * 100) / 100);
}

/** Multiplies a row's figures from month `from` to `to`, to 1 decimal as £000 are. */
export function scaleMonths(
  wb: MutableWorkbook,
  sheetName: string,
  m: RowMatch,
  factor: number,
  from: number,
  to?: number
): void {
  changeMonths(wb, sheetName, m, from, to, (v) => Math.round(v * factor * 10) / 10);
}
