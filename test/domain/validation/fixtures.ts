/**
 * In-memory workbooks for the validator's tests: cleanWorkbook() is a valid 2-organisation
 * template (UHL, LPT; FY 2023/24; actuals to M7) and the helpers below poke one defect into a
 * copy. Figures are generated, not hard-coded, but kept plausible: month-on-month moves under
 * 1%, pay cost per WTE of £2.5k-£11k a month, Total rows equal to the sum of their groups.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { a1, parseA1 } from "../../../src/workbook/a1";
import { STAFF_GROUPS, type StaffGroup } from "../../../src/domain/staffGroups";
import { STAFF_TYPES, type StaffType } from "../../../src/domain/staffTypes";

export interface MutableSheet {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
}

export interface MutableWorkbook extends WorkbookSnapshot {
  source: string;
  sheets: MutableSheet[];
}

export const ORGS = ["UHL", "LPT"] as const;
export const MONTH_HEADERS = [
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
export const REPORTING_MONTH = 7;

/** March baseline WTE by organisation, staff type and group. */
const BASE_WTE: Record<string, Record<StaffType, Record<StaffGroup, number>>> = {
  UHL: {
    Substantive: {
      "Nursing, Midwifery": 4200,
      "Scientific, Therapeutic, Technical": 1800,
      "Clinical Support": 3100,
      "Infrastructure Support": 3900,
      "Medical, Dental": 1900,
      Other: 40,
    },
    Bank: {
      "Nursing, Midwifery": 420,
      "Scientific, Therapeutic, Technical": 30,
      "Clinical Support": 310,
      "Infrastructure Support": 120,
      "Medical, Dental": 60,
      Other: 8,
    },
    Agency: {
      "Nursing, Midwifery": 210,
      "Scientific, Therapeutic, Technical": 40,
      "Clinical Support": 180,
      "Infrastructure Support": 70,
      "Medical, Dental": 50,
      Other: 6,
    },
  },
  LPT: {
    Substantive: {
      "Nursing, Midwifery": 1900,
      "Scientific, Therapeutic, Technical": 850,
      "Clinical Support": 1400,
      "Infrastructure Support": 1550,
      "Medical, Dental": 640,
      Other: 25,
    },
    Bank: {
      "Nursing, Midwifery": 160,
      "Scientific, Therapeutic, Technical": 12,
      "Clinical Support": 140,
      "Infrastructure Support": 45,
      "Medical, Dental": 20,
      Other: 5,
    },
    Agency: {
      "Nursing, Midwifery": 75,
      "Scientific, Therapeutic, Technical": 25,
      "Clinical Support": 190,
      "Infrastructure Support": 40,
      "Medical, Dental": 22,
      Other: 4,
    },
  },
};

/** Monthly pay cost per WTE, £000. */
const COST_PER_WTE: Record<StaffGroup, number> = {
  "Nursing, Midwifery": 4.5,
  "Scientific, Therapeutic, Technical": 4.7,
  "Clinical Support": 2.7,
  "Infrastructure Support": 2.5,
  "Medical, Dental": 10.8,
  Other: 3.0,
};
const TYPE_COST_FACTOR: Record<StaffType, number> = { Substantive: 1, Bank: 0.9, Agency: 1.6 };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Organisations other than UHL and LPT (large workbooks) get UHL's figures scaled. */
function baseWte(org: string, type: StaffType, group: StaffGroup): number {
  const known = BASE_WTE[org];
  if (known) return known[type][group];
  const scale = 0.3 + (Number(org.replace(/\D/g, "")) % 7) * 0.1;
  return round1(BASE_WTE.UHL[type][group] * scale);
}

/** WTE for month m (0 = Base) of a row: plan grows 0.2% a month, actual 0.3%. */
function wte(
  org: string,
  type: StaffType,
  group: StaffGroup,
  measure: "Plan" | "Actual",
  m: number
): number {
  return round1(baseWte(org, type, group) * (1 + (measure === "Plan" ? 0.002 : 0.003) * m));
}

function cost(
  org: string,
  type: StaffType,
  group: StaffGroup,
  measure: "Plan" | "Actual",
  m: number
): number {
  return round1(wte(org, type, group, measure, m) * COST_PER_WTE[group] * TYPE_COST_FACTOR[type]);
}

function returnSheet(name: "PWR" | "PFR", orgs: readonly string[]): MutableSheet {
  const header: CellValue[] = [
    "Organisation",
    "Staff type",
    "Staff group",
    "Measure",
    "Base",
    ...MONTH_HEADERS,
  ];
  const rows: CellValue[][] = [header];
  const figure = name === "PWR" ? wte : cost;
  for (const org of orgs) {
    for (const type of STAFF_TYPES) {
      for (const measure of ["Plan", "Actual"] as const) {
        for (const group of STAFF_GROUPS) {
          const values: CellValue[] = [];
          for (let m = 0; m <= 12; m++) {
            values.push(
              measure === "Actual" && m > REPORTING_MONTH
                ? null
                : figure(org, type, group, measure, m)
            );
          }
          rows.push([org, type, group, measure, ...values]);
        }
      }
      if (type === "Substantive") {
        for (const measure of ["Plan", "Actual"] as const) {
          const totals: CellValue[] = [];
          for (let m = 0; m <= 12; m++) {
            if (measure === "Actual" && m > REPORTING_MONTH) totals.push(null);
            else
              totals.push(
                round1(STAFF_GROUPS.reduce((s, g) => s + figure(org, type, g, measure, m), 0))
              );
          }
          rows.push([org, type, "Total", measure, ...totals]);
        }
      }
    }
  }
  return { name, origin: { row: 0, col: 0 }, values: rows };
}

function vacanciesSheet(orgs: readonly string[]): MutableSheet {
  const rows: CellValue[][] = [["Organisation", "Staff group", "Measure", ...MONTH_HEADERS]];
  for (const org of orgs) {
    for (const group of STAFF_GROUPS) {
      const months = (f: (m: number) => number) =>
        MONTH_HEADERS.map((_, i) => (i + 1 <= REPORTING_MONTH ? f(i + 1) : null));
      const inPost = (m: number) => wte(org, "Substantive", group, "Actual", m);
      const vacancies = (m: number) => round1(inPost(m) * 0.08);
      rows.push([org, group, "Establishment", ...months((m) => round1(inPost(m) + vacancies(m)))]);
      rows.push([org, group, "In post", ...months(inPost)]);
      rows.push([org, group, "Vacancies", ...months(vacancies)]);
    }
  }
  return { name: "Vacancies", origin: { row: 0, col: 0 }, values: rows };
}

function agencySheet(orgs: readonly string[]): MutableSheet {
  const rows: CellValue[][] = [["Organisation", "Measure", ...MONTH_HEADERS]];
  for (const org of orgs) {
    const spend = (m: number) =>
      round1(STAFF_GROUPS.reduce((s, g) => s + cost(org, "Agency", g, "Actual", m), 0));
    const months = (f: (m: number) => number) =>
      MONTH_HEADERS.map((_, i) => (i + 1 <= REPORTING_MONTH ? f(i + 1) : null));
    rows.push([org, "Price cap spend", ...months((m) => round1(spend(m) * 0.8))]);
    rows.push([org, "Actual spend", ...months(spend)]);
    rows.push([org, "Shifts", ...months((m) => 4000 + 10 * m)]);
    rows.push([org, "Shifts above cap", ...months((m) => 1800 - 10 * m)]);
  }
  return { name: "Agency", origin: { row: 0, col: 0 }, values: rows };
}

const STAFF_HEADER: CellValue[] = [
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

/** Assignment templates cycled through by generated Staff sheets. */
const STAFF_TEMPLATES: readonly CellValue[][] = [
  ["Staff Nurse", "N6A", "Nursing, Midwifery", "Nursing, Midwifery", "Substantive", 1],
  ["Healthcare Assistant", "H1A", "Clinical Support", "Clinical Support", "Substantive", 0.8],
  ["Porter", "H1R", "Infrastructure Support", "Infrastructure Support", "Substantive", 1],
  ["Consultant Physician", "100", "Medical, Dental", "Medical, Dental", "Substantive", 1],
  ["Physiotherapist", "S1H", "Scientific, Therapeutic, Technical", "", "Substantive", 0.6],
  ["Ward Clerk", "G2D", "Clinical Support", "Clinical Support", "Bank", 0.5],
];

function generatedStaffSheet(orgs: readonly string[], rows: number): MutableSheet {
  const values: CellValue[][] = [[...STAFF_HEADER]];
  for (let i = 0; i < rows; i++) {
    const t = STAFF_TEMPLATES[i % STAFF_TEMPLATES.length];
    const org = orgs[i % orgs.length];
    values.push([
      org,
      String(30000000 + i),
      t[0],
      t[1],
      t[2],
      t[3],
      t[4],
      t[5],
      `${org}${100 + (i % 50)}`,
    ]);
  }
  return { name: "Staff", origin: { row: 0, col: 0 }, values };
}

function staffSheet(): MutableSheet {
  return {
    name: "Staff",
    origin: { row: 0, col: 0 },
    values: [
      [...STAFF_HEADER],
      [
        "UHL",
        "10000001",
        "Staff Nurse",
        "N6A",
        "Nursing, Midwifery",
        "Nursing, Midwifery",
        "Substantive",
        1,
        "UHL100",
      ],
      [
        "UHL",
        "10000002",
        "Healthcare Assistant",
        "H1A",
        "Clinical Support",
        "Clinical Support",
        "Substantive",
        0.8,
        "UHL100",
      ],
      [
        "UHL",
        "10000003",
        "Porter",
        "H1R",
        "Infrastructure Support",
        "Infrastructure Support",
        "Substantive",
        1,
        "UHL200",
      ],
      [
        "UHL",
        "10000004",
        "Consultant Physician",
        "100",
        "Medical, Dental",
        "Medical, Dental",
        "Substantive",
        1,
        "UHL300",
      ],
      [
        "LPT",
        "20000001",
        "Physiotherapist",
        "S1H",
        "Scientific, Therapeutic, Technical",
        "",
        "Substantive",
        0.6,
        "LPT100",
      ],
      [
        "LPT",
        "20000002",
        "Ward Clerk",
        "G2D",
        "Clinical Support",
        "Clinical Support",
        "Bank",
        0.5,
        "LPT200",
      ],
    ],
  };
}

function settingsSheet(orgs: readonly string[]): MutableSheet {
  return {
    name: "Settings",
    origin: { row: 0, col: 0 },
    values: [
      ["Setting", "Value"],
      ["Financial year", "2023/24"],
      ["Reporting month", "M7"],
      ["Finance unit", "£000"],
      ["Organisations", orgs.join(", ")],
      ["Tolerance WTE", 0.5],
      ["Tolerance £000", 1],
    ],
  };
}

/** A valid workbook: no errors and no warnings. */
export function cleanWorkbook(): MutableWorkbook {
  return {
    source: "clean.xlsx",
    sheets: [
      returnSheet("PWR", ORGS),
      returnSheet("PFR", ORGS),
      vacanciesSheet(ORGS),
      agencySheet(ORGS),
      staffSheet(),
      settingsSheet(ORGS),
    ],
  };
}

/**
 * A large valid workbook for speed checks: `organisations` providers (ORG01, ORG02, ...) x 12
 * months on every sheet, and a Staff sheet of `staffRows` assignments.
 */
export function largeWorkbook(organisations: number, staffRows: number): MutableWorkbook {
  const orgs = Array.from(
    { length: organisations },
    (_, i) => `ORG${String(i + 1).padStart(2, "0")}`
  );
  return {
    source: "large.xlsx",
    sheets: [
      returnSheet("PWR", orgs),
      returnSheet("PFR", orgs),
      vacanciesSheet(orgs),
      agencySheet(orgs),
      generatedStaffSheet(orgs, staffRows),
      settingsSheet(orgs),
    ],
  };
}

export function sheetOf(wb: MutableWorkbook, name: string): MutableSheet {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`fixture has no sheet ${name}`);
  return sheet;
}

/** Sets a cell by its A1 address (origin applied), growing the arrays as needed. */
export function setCell(
  wb: MutableWorkbook,
  sheetName: string,
  address: string,
  value: CellValue
): void {
  const sheet = sheetOf(wb, sheetName);
  const p = parseA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  const r = p.row - sheet.origin.row;
  const c = p.col - sheet.origin.col;
  if (r < 0 || c < 0) throw new Error(`${address} is above or left of the used range`);
  while (sheet.values.length <= r) sheet.values.push([]);
  const row = sheet.values[r];
  while (row.length <= c) row.push(null);
  row[c] = value;
}

export function getCell(wb: MutableWorkbook, sheetName: string, address: string): CellValue {
  const sheet = sheetOf(wb, sheetName);
  const p = parseA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  return sheet.values[p.row - sheet.origin.row]?.[p.col - sheet.origin.col] ?? null;
}

export interface RowMatch {
  org: string;
  type?: string;
  group?: string;
  measure: string;
}

function rowMatches(sheetName: string, cells: readonly CellValue[], m: RowMatch): boolean {
  if (sheetName === "Vacancies")
    return cells[0] === m.org && cells[1] === m.group && cells[2] === m.measure;
  if (sheetName === "Agency") return cells[0] === m.org && cells[1] === m.measure;
  return (
    cells[0] === m.org && cells[1] === m.type && cells[2] === m.group && cells[3] === m.measure
  );
}

/** Absolute zero-based row of the first row matching. */
export function findRow(wb: MutableWorkbook, sheetName: string, m: RowMatch): number {
  const sheet = sheetOf(wb, sheetName);
  const i = sheet.values.findIndex((cells) => rowMatches(sheetName, cells, m));
  if (i < 0) throw new Error(`no row ${JSON.stringify(m)} on ${sheetName}`);
  return sheet.origin.row + i;
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

export function deleteRows(wb: MutableWorkbook, sheetName: string, m: Partial<RowMatch>): number {
  const sheet = sheetOf(wb, sheetName);
  const before = sheet.values.length;
  sheet.values = sheet.values.filter(
    (cells, i) =>
      i === 0 ||
      !Object.entries(m).every(([k, v]) => {
        const index =
          sheetName === "Vacancies"
            ? { org: 0, group: 1, measure: 2 }
            : sheetName === "Agency"
              ? { org: 0, measure: 1 }
              : { org: 0, type: 1, group: 2, measure: 3 };
        return cells[(index as Record<string, number>)[k]] === v;
      })
  );
  return before - sheet.values.length;
}

/** Moves a sheet's used range so it starts at `origin` (cells keep their relative places). */
export function moveOrigin(
  wb: MutableWorkbook,
  sheetName: string,
  origin: { row: number; col: number }
): void {
  sheetOf(wb, sheetName).origin = origin;
}

export function setSetting(wb: MutableWorkbook, name: string, value: CellValue): void {
  const sheet = sheetOf(wb, "Settings");
  const row = sheet.values.find((r) => r[0] === name);
  if (row) row[1] = value;
  else sheet.values.push([name, value]);
}

export type { SheetSnapshot };
