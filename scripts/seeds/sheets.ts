/**
 * Lays the sample model out as the template's sheets (issue 3 "The template"): one header row at
 * A1, then one row per organisation x staff type x staff group (or Total) x measure. Both the
 * .xlsx and the snapshot JSON are written from these grids, so they cannot disagree.
 */
import type { CellValue } from "../../src/workbook/snapshot";
import { PUBLISHED } from "./published";
import { RECODING } from "./assumptions";
import { staffSheetGrid } from "./staff";
import { RECODED_WTE } from "./workforce";
import {
  GROUPS,
  MONTH_LABELS,
  ORGS,
  STAFF_TYPES,
  exactSum,
  type Group,
  type ReturnData,
  type ReturnSeries,
  type SampleModel,
} from "./types";

export interface SheetGrid {
  readonly name: string;
  /** Rectangular; null = empty cell. Row 0 is the header. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Number format of the numeric cells of each row (null = General). */
  readonly rowFormats: readonly (string | null)[];
  /** Leading columns (labels) kept in view, and column widths in characters. */
  readonly frozenColumns: number;
  readonly columnWidths: readonly number[];
}

const WTE_FORMAT = "#,##0.00";
const MONEY_FORMAT = "#,##0.0";
const COUNT_FORMAT = "#,##0";
const MONTH_WIDTH = 10;

function pad(values: readonly (number | null)[], length: number): (number | null)[] {
  return Array.from({ length }, (_, i) => values[i] ?? null);
}

/** The Total row of one organisation x staff type: the sum of its groups, exact to dp decimals. */
function totalSeries(rows: Readonly<Record<Group, ReturnSeries>>, dp: number): ReturnSeries {
  const base = GROUPS.every((g) => rows[g].base === null) ? null : exactSum(GROUPS.map((g) => rows[g].base ?? 0), dp);
  const add = (pick: "plan" | "actual") => rows[GROUPS[0]][pick].map((_, i) => exactSum(GROUPS.map((g) => rows[g][pick][i]), dp));
  return { base, plan: add("plan"), actual: add("actual") };
}

function returnSheet(name: "PWR" | "PFR", data: ReturnData, withBase: boolean, dp: number, format: string): SheetGrid {
  const header: CellValue[] = ["Organisation", "Staff type", "Staff group", "Measure", ...(withBase ? ["Base"] : []), ...MONTH_LABELS];
  const rows: CellValue[][] = [header];
  for (const org of ORGS) {
    for (const type of STAFF_TYPES) {
      const block = data[org][type];
      const series: [Group | "Total", ReturnSeries][] = [...GROUPS.map((g): [Group, ReturnSeries] => [g, block[g]]), ["Total", totalSeries(block, dp)]];
      for (const [group, s] of series) {
        for (const measure of ["Plan", "Actual"] as const) {
          const lead: CellValue[] = [org, type, group, measure, ...(withBase ? [s.base] : [])];
          rows.push([...lead, ...pad(measure === "Plan" ? s.plan : s.actual, MONTH_LABELS.length)]);
        }
      }
    }
  }
  return {
    name,
    rows,
    rowFormats: rows.map((_, i) => (i === 0 ? null : format)),
    frozenColumns: 4,
    columnWidths: [14, 13, 34, 9, ...(withBase ? [MONTH_WIDTH] : []), ...MONTH_LABELS.map(() => MONTH_WIDTH)],
  };
}

function vacanciesSheet(model: SampleModel): SheetGrid {
  const rows: CellValue[][] = [["Organisation", "Staff group", "Measure", ...MONTH_LABELS]];
  for (const org of ORGS) {
    const v = model.vacancies[org];
    const total = (pick: "inPost" | "vacancies") => v[GROUPS[0]][pick].map((_, i) => exactSum(GROUPS.map((g) => v[g][pick][i]), 2));
    const series: [Group | "Total", readonly number[], readonly number[]][] = [
      ...GROUPS.map((g): [Group, readonly number[], readonly number[]] => [g, v[g].inPost, v[g].vacancies]),
      ["Total", total("inPost"), total("vacancies")],
    ];
    for (const [group, inPost, vacancies] of series) {
      rows.push([org, group, "In post", ...pad(inPost, MONTH_LABELS.length)]);
      rows.push([org, group, "Vacancies", ...pad(vacancies, MONTH_LABELS.length)]);
    }
  }
  return {
    name: "Vacancies",
    rows,
    rowFormats: rows.map((_, i) => (i === 0 ? null : WTE_FORMAT)),
    frozenColumns: 3,
    columnWidths: [14, 34, 11, ...MONTH_LABELS.map(() => MONTH_WIDTH)],
  };
}

function agencySheet(model: SampleModel): SheetGrid {
  const rows: CellValue[][] = [["Organisation", "Measure", ...MONTH_LABELS]];
  const formats: (string | null)[] = [null];
  for (const org of ORGS) {
    const a = model.agency[org];
    const lines: [string, readonly number[], string][] = [
      ["Price cap spend", a.priceCapSpend, MONEY_FORMAT],
      ["Actual spend", a.actualSpend, MONEY_FORMAT],
      ["Shifts", a.shifts, COUNT_FORMAT],
      ["Shifts above cap", a.shiftsAboveCap, COUNT_FORMAT],
    ];
    for (const [measure, values, format] of lines) {
      rows.push([org, measure, ...pad(values, MONTH_LABELS.length)]);
      formats.push(format);
    }
  }
  return { name: "Agency", rows, rowFormats: formats, frozenColumns: 2, columnWidths: [14, 17, ...MONTH_LABELS.map(() => MONTH_WIDTH)] };
}

function settingsSheet(): SheetGrid {
  const rows: CellValue[][] = [
    ["Setting", "Value", "What it means"],
    ["Financial year", PUBLISHED.financialYear, "The returns' financial year (April to March)."],
    ["Reporting month", `M${PUBLISHED.reportingMonth}`, `${PUBLISHED.reportingMonthLabel}: actuals are filled in up to this month.`],
    ["Finance unit", "£000", "Unit of the PFR and of the Agency sheet's spend."],
    ["Organisations", PUBLISHED.organisations.join(", "), "The providers in the returns."],
    ["Tolerance WTE", 0.5, "How far a WTE Total row may differ from the sum of its groups."],
    ["Tolerance £000", 1, "How far a PFR Total row may differ from the sum of its groups (£000)."],
    [null, null, null],
    [
      "About",
      "Sample data",
      "Generated by npm run seeds (scripts/seeds) to agree with the published LLR ICS Workforce Update - Month 7, FY 2023/24. Not real returns.",
    ],
  ];
  return { name: "Settings", rows, rowFormats: rows.map(() => null), frozenColumns: 0, columnWidths: [18, 14, 70] };
}

/**
 * The sample's sheets in workbook order. Issue 5 adds a `Staff` sheet (one row per assignment)
 * here, generated so its PWR groups add up to model.pwr's substantive actuals at the reporting
 * month; insert it before Settings.
 */
export function buildSheets(model: SampleModel): SheetGrid[] {
  return [
    returnSheet("PWR", model.pwr, true, 2, WTE_FORMAT),
    returnSheet("PFR", model.pfr, false, 1, MONEY_FORMAT),
    vacanciesSheet(model),
    agencySheet(model),
    // One row per substantive assignment, adding up to the PWR actuals at M7, with planted
    // miscodings; the PWR's recoding (workforce.ts) shows here as Clinical Support staff coded
    // Infrastructure Support on the PWR but not on the PFR.
    staffSheetGrid(model, { organisation: RECODING.organisation, from: RECODING.from, to: RECODING.to, wte: RECODED_WTE }),
    settingsSheet(),
  ];
}
