/**
 * Hand-built workbooks for the reconciliation tests: cleanWorkbook() raises nothing (pay follows
 * WTE at each group's rate; every group wiggles the same way each month, so no two groups move
 * opposite ways), and the helpers below poke one mismatch into a copy. Figures are computed
 * here, never by the code under test.
 */
import type { CellValue } from "../../../src/workbook/snapshot";
import { a1, quoteSheet } from "../../../src/workbook/a1";
import { STAFF_GROUPS, type StaffGroup } from "../../../src/domain/staffGroups";

export interface MutableSheet {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
}
export interface MutableWorkbook {
  source: string;
  sheets: MutableSheet[];
}

export const MONTHS = [
  "Apr 23",
  "May 23",
  "Jun 23",
  "Jul 23",
  "Aug 23",
  "Sep 23",
  "Oct 23",
  "Nov 23",
  "Dec 23",
  "Jan 24",
  "Feb 24",
  "Mar 24",
];
export const LAST = 7;
export const ORGS = ["UHL", "LPT"] as const;
export const TYPES = ["Substantive", "Bank"] as const;

const SIZE: Record<StaffGroup, number> = {
  "Nursing, Midwifery": 4000,
  "Scientific, Therapeutic, Technical": 1800,
  "Clinical Support": 3000,
  "Infrastructure Support": 3500,
  "Medical, Dental": 1500,
  Other: 40,
};
export const RATE: Record<StaffGroup, number> = {
  "Nursing, Midwifery": 4.5,
  "Scientific, Therapeutic, Technical": 4.7,
  "Clinical Support": 2.7,
  "Infrastructure Support": 2.5,
  "Medical, Dental": 10.8,
  Other: 3,
};
/** Month-by-month wiggle of every group, in thousandths of its size (months 1..7). */
const WIGGLE = [0, 2, -1, 3, -2, 1, 2];

const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function size(org: string, type: string, group: StaffGroup): number {
  return SIZE[group] * (org === "LPT" ? 0.4 : 1) * (type === "Bank" ? 0.1 : 1);
}

export function planWte(org: string, type: string, group: StaffGroup, m: number): number {
  return r2(size(org, type, group) * (1 + 0.002 * m));
}
export function actualWte(org: string, type: string, group: StaffGroup, m: number): number | null {
  if (m > LAST) return null;
  return r2(
    planWte(org, type, group, m) + (size(org, type, group) / 1000) * (m === 0 ? 0 : WIGGLE[m - 1])
  );
}

function returnSheet(name: "PWR" | "PFR"): MutableSheet {
  const header: CellValue[] = [
    "Organisation",
    "Staff type",
    "Staff group",
    "Measure",
    ...(name === "PWR" ? ["Base"] : []),
    ...MONTHS,
  ];
  const values: CellValue[][] = [header];
  for (const org of ORGS) {
    for (const type of TYPES) {
      for (const measure of ["Plan", "Actual"] as const) {
        for (const group of STAFF_GROUPS) {
          const months: CellValue[] = [];
          for (let m = name === "PWR" ? 0 : 1; m <= 12; m++) {
            const wte =
              measure === "Plan" ? planWte(org, type, group, m) : actualWte(org, type, group, m);
            months.push(wte === null ? null : name === "PWR" ? wte : r1(wte * RATE[group]));
          }
          values.push([org, type, group, measure, ...months]);
        }
      }
    }
  }
  return { name, origin: { row: 0, col: 0 }, values };
}

export const STAFF_HEADER: CellValue[] = [
  "Organisation",
  "Assignment",
  "Job title",
  "Occupation code",
  "Staff group (PWR)",
  "Staff group (PFR)",
  "Staff type",
  "WTE",
  "Cost centre",
];

/** Correctly coded assignments, including near-misses the title rules must leave alone. */
export const CLEAN_STAFF: readonly (readonly [
  title: string,
  code: CellValue,
  group: StaffGroup,
])[] = [
  ["Staff Nurse", "N6A", "Nursing, Midwifery"],
  ["Midwife", "N2C", "Nursing, Midwifery"],
  ["Healthcare Assistant", "H1A", "Clinical Support"],
  ["Nursing Associate", "NGA", "Clinical Support"],
  ["Ward Clerk", "G2D", "Clinical Support"],
  ["Student Midwife", "P1A", "Clinical Support"],
  ["Nursery Nurse", "N8B", "Clinical Support"],
  ["Healthcare Science Assistant", "U9A", "Clinical Support"],
  ["Ward Assistant (Domestic)", "H2R", "Infrastructure Support"],
  ["Porter", "H2R", "Infrastructure Support"],
  ["Administrator", "G2A", "Infrastructure Support"],
  ["Nurse Bank Coordinator", "G2A", "Infrastructure Support"],
  ["Physiotherapist", "S1E", "Scientific, Therapeutic, Technical"],
  ["Consultant Anaesthetist", 91, "Medical, Dental"], // Excel dropped the zero of 091
  ["Macmillan Nurse", "Z1A", "Other"],
];

function staffSheet(): MutableSheet {
  const values: CellValue[][] = [STAFF_HEADER];
  CLEAN_STAFF.forEach(([title, code, group], i) => {
    const org = i % 2 === 0 ? "UHL" : "LPT";
    values.push([
      org,
      String(10_000_001 + i),
      title,
      code,
      group,
      group,
      "Substantive",
      i % 3 === 0 ? 0.8 : 1,
      `${org}100`,
    ]);
  });
  return { name: "Staff", origin: { row: 0, col: 0 }, values };
}

function settingsSheet(): MutableSheet {
  return {
    name: "Settings",
    origin: { row: 0, col: 0 },
    values: [
      ["Setting", "Value"],
      ["Financial year", "2023/24"],
      ["Reporting month", "M7"],
      ["Finance unit", "£000"],
    ],
  };
}

export function cleanWorkbook(): MutableWorkbook {
  return {
    source: "clean.xlsx",
    sheets: [returnSheet("PWR"), returnSheet("PFR"), staffSheet(), settingsSheet()],
  };
}

export function sheetOf(wb: MutableWorkbook, name: string): MutableSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export interface RowKey {
  readonly org: string;
  readonly type: string;
  readonly group: StaffGroup;
  readonly measure: "Plan" | "Actual";
}

function rowIndex(sheet: MutableSheet, k: RowKey): number {
  const i = sheet.values.findIndex(
    (r) => r[0] === k.org && r[1] === k.type && r[2] === k.group && r[3] === k.measure
  );
  if (i < 0) throw new Error(`no row ${JSON.stringify(k)} on ${sheet.name}`);
  return i;
}

function monthCol(sheet: MutableSheet, m: number): number {
  const j = sheet.values[0].indexOf(MONTHS[m - 1]);
  if (j < 0) throw new Error(`no month ${m} on ${sheet.name}`);
  return j;
}

/** "PWR!L3": the reference of a month's cell of a row. */
export function ref(wb: MutableWorkbook, sheetName: "PWR" | "PFR", k: RowKey, m: number): string {
  const sheet = sheetOf(wb, sheetName);
  return `${quoteSheet(sheet.name)}!${a1(sheet.origin.row + rowIndex(sheet, k), sheet.origin.col + monthCol(sheet, m))}`;
}

/** Adds `delta` to a row's figures from month `from` to month `to`. */
export function add(
  wb: MutableWorkbook,
  sheetName: "PWR" | "PFR",
  k: RowKey,
  delta: number,
  from: number,
  to: number = LAST
): void {
  const sheet = sheetOf(wb, sheetName);
  const row = sheet.values[rowIndex(sheet, k)];
  for (let m = from; m <= to; m++) {
    const j = monthCol(sheet, m);
    row[j] = Math.round(((row[j] as number) + delta) * 100) / 100;
  }
}

/** Multiplies a row's figures from month `from` to month `to`. */
export function scale(
  wb: MutableWorkbook,
  sheetName: "PWR" | "PFR",
  k: RowKey,
  factor: number,
  from: number,
  to: number = LAST
): void {
  const sheet = sheetOf(wb, sheetName);
  const row = sheet.values[rowIndex(sheet, k)];
  for (let m = from; m <= to; m++) {
    const j = monthCol(sheet, m);
    row[j] = Math.round((row[j] as number) * factor * 10) / 10;
  }
}

/** Appends a Staff row; returns its "Staff!<col><row>" for a column header. */
export function addStaff(
  wb: MutableWorkbook,
  row: {
    org?: string;
    assignment?: string;
    title: string;
    code: CellValue;
    pwr: CellValue;
    pfr?: CellValue;
    type?: string;
    wte?: number;
  }
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

export function setSetting(wb: MutableWorkbook, name: string, value: CellValue): void {
  const sheet = sheetOf(wb, "Settings");
  const row = sheet.values.find((r) => r[0] === name);
  if (row) row[1] = value;
  else sheet.values.push([name, value]);
}
