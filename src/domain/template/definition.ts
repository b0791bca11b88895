/**
 * The LLR PWR/PFR template, defined once. Each sheet is a zod object whose fields are the sheet's
 * columns; each field carries its header, aliases and documentation in `columnMeta`. The reader
 * (parseTemplate), the docs (templateDocsMarkdown) and the blank workbook (blankTemplatePlan) are
 * all generated from this file, so adding a column here adds it everywhere.
 *
 * Rows are not parsed through zod at run time: a 100,000-row Staff sheet must be read in a few
 * milliseconds, so the reader walks the arrays itself and uses these schemas for their shape,
 * allowed values and metadata.
 */
import "./zodConfig";
import { z } from "zod";
import { STAFF_GROUPS } from "../staffGroups";
import { STAFF_TYPES } from "../staffTypes";
import { AGENCY_MEASURES, PLAN_MEASURES, VACANCY_MEASURES } from "../measures";

export type ColumnKind =
  "organisation" | "staffType" | "staffGroup" | "measure" | "text" | "number" | "months";

export interface ColumnMeta {
  /** The header as the blank template writes it. */
  readonly header: string;
  /** Other headers accepted for the column (matched ignoring case and spaces). */
  readonly aliases: readonly string[];
  readonly required: boolean;
  readonly kind: ColumnKind;
  readonly description: string;
  /** Allowed values in words, when they are not a closed list the schema can show. */
  readonly valuesText?: string;
  /** Column width in characters in the blank template. */
  readonly width: number;
}

/** Metadata of every template column, keyed by its zod schema. */
export const columnMeta = z.registry<ColumnMeta>();

function column<S extends z.ZodType>(schema: S, meta: ColumnMeta): S {
  columnMeta.add(schema as z.ZodType, meta);
  return schema;
}

/** The staff-group cell of a sheet that may also hold its total row. */
export const TOTAL_LABEL = "Total";
export const TOTAL_ALIASES: readonly string[] = [
  "All staff",
  "All staff groups",
  "All groups",
  "Total staff",
];

const organisation = (description: string) =>
  column(z.string().trim().min(1), {
    header: "Organisation",
    aliases: ["Organization", "Org", "Provider", "Trust", "Organisation code"],
    required: true,
    kind: "organisation",
    description,
    valuesText:
      "Free text, e.g. UHL, LPT; must be listed in Settings › Organisations when that is filled in",
    width: 14,
  });

const staffType = () =>
  column(z.enum(STAFF_TYPES), {
    header: "Staff type",
    aliases: ["Staffing type", "Staff category", "Type", "Contract type"],
    required: true,
    kind: "staffType",
    description: "Substantive, bank or agency staff.",
    width: 13,
  });

const staffGroupOrTotal = (totalOf: string) =>
  column(z.union([z.enum(STAFF_GROUPS), z.literal(TOTAL_LABEL)]), {
    header: "Staff group",
    aliases: ["Group", "Staff groups", "Staff group name"],
    required: true,
    kind: "staffGroup",
    description: `The staff group, or Total for the sum of the groups of ${totalOf}.`,
    width: 34,
  });

const measure = <T extends readonly [string, ...string[]]>(
  values: T,
  description: string,
  aliases: string[] = []
) =>
  column(z.enum(values), {
    header: "Measure",
    aliases: ["Metric", ...aliases],
    required: true,
    kind: "measure",
    description,
    width: 17,
  });

const base = (description: string) =>
  column(z.number().nullable().optional(), {
    header: "Base",
    aliases: ["Baseline", "Base (Mar)", "March baseline", "Base Mar"],
    required: false,
    kind: "number",
    description,
    width: 10,
  });

const months = (description: string) =>
  column(z.array(z.number().nullable()).max(12), {
    header: "Apr … Mar",
    aliases: [],
    required: true,
    kind: "months",
    description,
    valuesText:
      "One column per month in financial-year order from April, headed by any month label: Apr 23, Apr-23, April 2023, M1, Month 1 or a date",
    width: 10,
  });

const returnRow = (unit: string) =>
  z.object({
    organisation: organisation("The provider the row belongs to."),
    staffType: staffType(),
    staffGroup: staffGroupOrTotal("that organisation and staff type"),
    measure: measure(PLAN_MEASURES, "Plan (the submitted plan) or Actual (the month's return).", [
      "Plan/Actual",
      "Plan or actual",
    ]),
    base: base(`The March baseline before the year starts, in ${unit}.`),
    months: months(`The month's figure in ${unit}. Actuals are blank after the reporting month.`),
  });

export const PWR_ROW = returnRow("WTE");
export const PFR_ROW = returnRow(
  "the finance unit (£000 unless Settings › Finance unit says £m or £)"
);

export const VACANCIES_ROW = z.object({
  organisation: organisation("The provider the row belongs to."),
  staffGroup: staffGroupOrTotal("that organisation"),
  measure: measure(
    VACANCY_MEASURES,
    "Establishment, In post or Vacancies (WTE); any two of the three suffice."
  ),
  months: months("WTE at each month end."),
});

export const AGENCY_ROW = z.object({
  organisation: organisation("The provider the row belongs to."),
  measure: measure(
    AGENCY_MEASURES,
    "Price cap spend (the ceiling) and Actual spend, in the finance unit; Shifts and Shifts above cap as counts."
  ),
  months: months("The month's figure (spend in the finance unit, shifts as counts)."),
});

const text = (
  header: string,
  aliases: string[],
  required: boolean,
  description: string,
  width: number
) =>
  column(required ? z.string().trim().min(1) : z.string().trim().optional(), {
    header,
    aliases,
    required,
    kind: "text",
    description,
    width,
  });

const staffGroupColumn = (
  header: string,
  aliases: string[],
  required: boolean,
  description: string
) =>
  column(required ? z.enum(STAFF_GROUPS) : z.enum(STAFF_GROUPS).optional(), {
    header,
    aliases,
    required,
    kind: "staffGroup",
    description,
    width: 34,
  });

export const STAFF_ROW = z.object({
  organisation: organisation("The provider employing the person."),
  assignment: text(
    "Assignment",
    ["Assignment number", "Assignment no", "Assignment ID", "ESR assignment"],
    true,
    "ESR assignment number.",
    14
  ),
  jobTitle: text(
    "Job title",
    ["Job role", "Position title", "Role"],
    true,
    "Job title as held in ESR.",
    28
  ),
  occupationCode: text(
    "Occupation code",
    ["Occ code", "Occupation", "NHS occupation code"],
    true,
    "Three-character NHS occupation code, e.g. N6A.",
    12
  ),
  staffGroupPwr: staffGroupColumn(
    "Staff group (PWR)",
    ["Staff group", "PWR staff group", "Staff group PWR"],
    true,
    "The staff group the assignment is counted in on the PWR."
  ),
  staffGroupPfr: staffGroupColumn(
    "Staff group (PFR)",
    ["PFR staff group", "Staff group PFR", "Finance staff group"],
    false,
    "The staff group its pay is coded to on the PFR, when it differs or is known."
  ),
  staffType: staffType(),
  wte: column(z.number().nonnegative(), {
    header: "WTE",
    aliases: ["FTE", "Contracted WTE", "Assignment WTE"],
    required: true,
    kind: "number",
    description: "Whole-time equivalent of the assignment (1.0 = 37.5 hours a week).",
    width: 8,
  }),
  costCentre: text(
    "Cost centre",
    ["Cost center", "Cost centre code", "CC"],
    false,
    "Cost centre code.",
    12
  ),
});

export type SheetKey = "PWR" | "PFR" | "Vacancies" | "Agency" | "Staff" | "Settings";
export type TableSheetKey = Exclude<SheetKey, "Settings">;

export interface TableSheetSpec<S extends z.ZodObject = z.ZodObject> {
  readonly key: TableSheetKey;
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
  /** How the sheet's numbers are measured: WTE, the finance unit, or counts mixed with money. */
  readonly unit: "WTE" | "finance" | "mixed";
  /** Number format of the numeric cells in the blank template. */
  readonly numberFormat: string;
  readonly row: S;
}

export const PWR_SHEET: TableSheetSpec<typeof PWR_ROW> = {
  key: "PWR",
  name: "PWR",
  required: true,
  description:
    "Provider Workforce Return: staff in post (WTE) at each month end, plan and actual, by organisation, staff type and staff group.",
  unit: "WTE",
  numberFormat: "#,##0.0",
  row: PWR_ROW,
};

export const PFR_SHEET: TableSheetSpec<typeof PFR_ROW> = {
  key: "PFR",
  name: "PFR",
  required: true,
  description:
    "Provider Finance Return: pay cost for the month, plan and actual, in £000 unless Settings › Finance unit says £m or £.",
  unit: "finance",
  numberFormat: "#,##0",
  row: PFR_ROW,
};

export const VACANCIES_SHEET: TableSheetSpec<typeof VACANCIES_ROW> = {
  key: "Vacancies",
  name: "Vacancies",
  required: false,
  description: "Establishment, staff in post and vacancies (WTE) by organisation and staff group.",
  unit: "WTE",
  numberFormat: "#,##0.0",
  row: VACANCIES_ROW,
};

export const AGENCY_SHEET: TableSheetSpec<typeof AGENCY_ROW> = {
  key: "Agency",
  name: "Agency",
  required: false,
  description:
    "Agency spend against the price-cap ceiling, and shifts above the cap, by organisation.",
  unit: "mixed",
  numberFormat: "#,##0",
  row: AGENCY_ROW,
};

export const STAFF_SHEET: TableSheetSpec<typeof STAFF_ROW> = {
  key: "Staff",
  name: "Staff",
  required: false,
  description:
    "One row per assignment (an ESR extract), used to check staff-group coding against occupation codes.",
  unit: "WTE",
  numberFormat: "0.00",
  row: STAFF_ROW,
};

/** The table sheets in template order. */
export const TABLE_SHEETS = [
  PWR_SHEET,
  PFR_SHEET,
  VACANCIES_SHEET,
  AGENCY_SHEET,
  STAFF_SHEET,
] as const;

export const SETTINGS_SHEET_NAME = "Settings";
export const SETTINGS_SHEET_DESCRIPTION =
  "Optional key/value pairs: the setting's name in one column and its value in the next. Blank or absent settings take their defaults.";

/** Sheet names of the whole template in order; Settings last. */
export const TEMPLATE_SHEET_NAMES: readonly string[] = [
  ...TABLE_SHEETS.map((s) => s.name),
  SETTINGS_SHEET_NAME,
];

/** Rows searched for a header row, from the top of the used range. */
export const HEADER_SEARCH_ROWS = 20;

/** Header texts after the month columns that are not months and are ignored (totals, notes). */
export const IGNORED_TRAILING_HEADERS: readonly string[] = [
  "Notes",
  "Note",
  "Comments",
  "Comment",
  "Total",
  "YTD",
  "Year to date",
  "Full year",
  "FY total",
  "Forecast outturn",
  "FOT",
  "Source",
];

export interface ColumnDef {
  readonly key: string;
  readonly schema: z.ZodType;
  readonly meta: ColumnMeta;
}

/** A sheet's columns in definition order, with their metadata. */
export function columnsOf(spec: TableSheetSpec): readonly ColumnDef[] {
  return Object.entries(spec.row.shape).map(([key, schema]) => {
    const meta = columnMeta.get(schema as z.ZodType);
    if (!meta) throw new Error(`Template column ${spec.name}.${key} has no metadata`);
    return { key, schema: schema as z.ZodType, meta };
  });
}

/** The closed list of values a column's schema allows (enums, literals, unions of them), or []. */
export function allowedValues(schema: z.ZodType): readonly string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return allowedValues(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodLiteral) return [...schema.values].map(String);
  if (schema instanceof z.ZodUnion)
    return schema.options.flatMap((o) => allowedValues(o as z.ZodType));
  return [];
}
