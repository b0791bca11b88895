/**
 * The one builder of test workbooks in the LLR template's layout (README, "Template reference"):
 * PWR and PFR with one row per organisation x staff type x measure x staff group and optional
 * Total rows, Vacancies, Agency, Staff and Settings. It lays sheets out; the figures are the
 * caller's (each suite keeps the figure model its assertions were written against), given as
 * functions of the row and the month. Problems are planted afterwards with the edits of
 * mutableWorkbook.ts and rows.ts.
 */
import type { CellValue } from "../../../src/workbook/snapshot";
import { STAFF_GROUPS, type StaffGroup } from "../../../src/domain/staffGroups";
import { STAFF_TYPES, type StaffType } from "../../../src/domain/staffTypes";
import { STAFF_HEADER as SAMPLE_STAFF_HEADER } from "../../../scripts/seeds/staff";
import { MONTH_HEADERS } from "./months";
import type { MutableSheet, MutableWorkbook } from "./mutableWorkbook";

export type Measure = "Plan" | "Actual";

export interface ReturnRowKey {
  readonly org: string;
  readonly type: StaffType;
  readonly group: StaffGroup;
  readonly measure: Measure;
}

export interface ReturnSheetSpec {
  /** A row's figure in month m: 0 is the Base (March) column, 1..12 April..March; null is blank. */
  readonly figure: (row: ReturnRowKey, m: number) => number | null;
  /** Whether the sheet has a Base column. */
  readonly base: boolean;
  /**
   * Total rows (the sum of the groups, rounded to `decimals`, blank where any group is): for which
   * staff types, and whether each measure's Total follows its groups or both follow all groups.
   */
  readonly totals?: {
    readonly types: readonly StaffType[];
    readonly after: "eachMeasure" | "bothMeasures";
    readonly decimals: number;
  };
  /** Rows above the header, as a title. */
  readonly above?: readonly (readonly CellValue[])[];
}

export interface TemplateOptions {
  readonly source: string;
  readonly organisations: readonly string[];
  readonly staffTypes?: readonly StaffType[];
  readonly pwr: ReturnSheetSpec;
  readonly pfr: ReturnSheetSpec;
  /** Rows organisation x group x measure; `figure` for months 1..12. */
  readonly vacancies?: {
    readonly measures: readonly string[];
    readonly figure: (org: string, group: StaffGroup, measure: string, m: number) => number | null;
  };
  /** Rows organisation x measure; `figure` for months 1..12. */
  readonly agency?: {
    readonly measures: readonly string[];
    readonly figure: (org: string, measure: string, m: number) => number | null;
  };
  readonly staff?: {
    readonly header?: readonly CellValue[];
    readonly rows: readonly (readonly CellValue[])[];
    readonly origin?: { readonly row: number; readonly col: number };
  };
  /** Settings rows under the header "Setting", "Value": label, value. */
  readonly settings?: readonly (readonly [string, CellValue])[];
}

/** The Staff sheet's header (one row per assignment), as the sample's. */
export const STAFF_HEADER: readonly string[] = SAMPLE_STAFF_HEADER;

const MEASURES: readonly Measure[] = ["Plan", "Actual"];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function sheet(name: string, values: CellValue[][], origin = { row: 0, col: 0 }): MutableSheet {
  return { name, origin: { ...origin }, values };
}

/** The sum of figures, null when any is, rounded to `decimals`. */
function total(figures: readonly (number | null)[], decimals: number): number | null {
  let sum: number | null = 0;
  for (const v of figures) sum = v === null || sum === null ? null : sum + v;
  const scale = 10 ** decimals;
  return sum === null ? null : Math.round(sum * scale) / scale;
}

function returnSheet(
  name: "PWR" | "PFR",
  spec: ReturnSheetSpec,
  orgs: readonly string[],
  types: readonly StaffType[]
): MutableSheet {
  const months = spec.base ? [0, ...MONTHS] : MONTHS;
  const header = ["Organisation", "Staff type", "Staff group", "Measure"];
  const rows: CellValue[][] = [
    ...(spec.above ?? []).map((r) => [...r]),
    [...header, ...(spec.base ? ["Base"] : []), ...MONTH_HEADERS],
  ];
  const groupRows = (org: string, type: StaffType, measure: Measure) => {
    for (const group of STAFF_GROUPS)
      rows.push([
        org,
        type,
        group,
        measure,
        ...months.map((m) => spec.figure({ org, type, group, measure }, m)),
      ]);
  };
  const totalRow = (org: string, type: StaffType, measure: Measure) => {
    const t = spec.totals;
    if (!t || !t.types.includes(type)) return;
    const figures = months.map((m) =>
      total(
        STAFF_GROUPS.map((group) => spec.figure({ org, type, group, measure }, m)),
        t.decimals
      )
    );
    rows.push([org, type, "Total", measure, ...figures]);
  };
  for (const org of orgs)
    for (const type of types) {
      const eachMeasure = spec.totals?.after === "eachMeasure";
      for (const measure of MEASURES) {
        groupRows(org, type, measure);
        if (eachMeasure) totalRow(org, type, measure);
      }
      if (!eachMeasure) for (const measure of MEASURES) totalRow(org, type, measure);
    }
  return sheet(name, rows);
}

export function templateWorkbook(options: TemplateOptions): MutableWorkbook {
  const orgs = options.organisations;
  const types = options.staffTypes ?? STAFF_TYPES;
  const sheets = [
    returnSheet("PWR", options.pwr, orgs, types),
    returnSheet("PFR", options.pfr, orgs, types),
  ];
  const { vacancies, agency, staff, settings } = options;
  if (vacancies) {
    const rows: CellValue[][] = [["Organisation", "Staff group", "Measure", ...MONTH_HEADERS]];
    for (const org of orgs)
      for (const group of STAFF_GROUPS)
        for (const measure of vacancies.measures)
          rows.push([
            org,
            group,
            measure,
            ...MONTHS.map((m) => vacancies.figure(org, group, measure, m)),
          ]);
    sheets.push(sheet("Vacancies", rows));
  }
  if (agency) {
    const rows: CellValue[][] = [["Organisation", "Measure", ...MONTH_HEADERS]];
    for (const org of orgs)
      for (const measure of agency.measures)
        rows.push([org, measure, ...MONTHS.map((m) => agency.figure(org, measure, m))]);
    sheets.push(sheet("Agency", rows));
  }
  if (staff)
    sheets.push(
      sheet(
        "Staff",
        [[...(staff.header ?? STAFF_HEADER)], ...staff.rows.map((r) => [...r])],
        staff.origin
      )
    );
  if (settings)
    sheets.push(
      sheet("Settings", [["Setting", "Value"], ...settings.map(([label, value]) => [label, value])])
    );
  return { source: options.source, sheets };
}
