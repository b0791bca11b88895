/** Assignments added to a workbook's Staff sheet, as a test plants a miscoded one. */
import { a1 } from "../../../src/workbook/a1";
import type { CellValue } from "../../../src/workbook/snapshot";
import { sheetOf, type MutableWorkbook } from "./mutableWorkbook";
import { STAFF_HEADER } from "./templateWorkbook";

export interface StaffRow {
  readonly org?: string;
  readonly assignment?: string;
  readonly title: string;
  readonly code: CellValue;
  readonly pwr: CellValue;
  /** The PFR's group; the PWR's when left out. */
  readonly pfr?: CellValue;
  readonly type?: string;
  readonly wte?: number;
}

/** Appends a Staff row (UHL, substantive, 1 WTE unless given); returns its row and cells. */
export function addStaff(
  wb: MutableWorkbook,
  row: StaffRow
): { row: number; cell: (header: string) => string } {
  const sheet = sheetOf(wb, "Staff");
  sheet.values.push([
    row.org ?? "UHL",
    row.assignment ?? String(20_000_000 + sheet.values.length),
    row.title,
    row.code,
    row.pwr,
    row.pfr === undefined ? row.pwr : row.pfr,
    row.type ?? "Substantive",
    row.wte ?? 1,
    "UHL200",
  ]);
  const r = sheet.origin.row + sheet.values.length - 1;
  return {
    row: r,
    cell: (header: string) => `Staff!${a1(r, sheet.origin.col + STAFF_HEADER.indexOf(header))}`,
  };
}
