/**
 * The blank template workbook as a write plan, generated from the template definition: headers in
 * row 1, example label rows for each organisation with blank figures, drop-down lists, number
 * formats, frozen headers and a Settings sheet holding every setting's default.
 *
 * Month headers are real dates (the 1st of each month) formatted "mmm yy". Text such as "Apr 23"
 * would be turned by Excel into 23 April of the current year when written; a date cannot be.
 */
import { a1, a1Range } from "../../workbook/a1";
import type { CellValue } from "../../workbook/snapshot";
import type {
  DataValidationList,
  PlanCell,
  RangeFormat,
  SheetPlan,
  WritePlan,
} from "../../workbook/plan";
import { STAFF_GROUPS } from "../staffGroups";
import { STAFF_TYPES } from "../staffTypes";
import { fyLabel, calendarOfFyMonth } from "../periods";
import {
  allowedValues,
  columnsOf,
  SETTINGS_SHEET_NAME,
  TABLE_SHEETS,
  TOTAL_LABEL,
  type ColumnDef,
  type TableSheetSpec,
} from "./definition";
import { defaultSettings, SETTING_DEFS, type SettingKey } from "./settingsDefinition";

export interface BlankTemplateOptions {
  /** FY start year of the month headers: 2023 for 2023/24 (the default). */
  readonly fyStartYear?: number;
  /** Example organisations, also written to Settings › Organisations. Default UHL, LPT. */
  readonly organisations?: readonly string[];
  /** Rows below the header that get drop-downs and number formats. Default 1,000 (Staff: 20,000). */
  readonly dataRows?: number;
}

const HEADER_FILL = "#DCE6F1";
const MONTH_HEADER_FORMAT = "mmm yy";
const MONTH_WIDTH = 9;

/** Excel serial (1900 date system) of the 1st of a FY month. */
export function monthSerial(month: number, fyStartYear: number): number {
  const { year, monthIndex } = calendarOfFyMonth(month, fyStartYear);
  return Math.round((Date.UTC(year, monthIndex, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Values offered in a column's drop-down, or null for free text. */
function dropDown(def: ColumnDef, organisations: readonly string[]): readonly string[] | null {
  switch (def.meta.kind) {
    case "organisation":
      return organisations.length > 0 ? organisations : null;
    case "staffType":
      return STAFF_TYPES;
    case "staffGroup":
    case "measure": {
      const values = allowedValues(def.schema);
      return values.length > 0
        ? values
        : def.meta.kind === "staffGroup"
          ? [...STAFF_GROUPS, TOTAL_LABEL]
          : null;
    }
    default:
      return null;
  }
}

/** Example label rows: every organisation x staff type x group x measure the sheet has. */
function exampleRows(
  spec: TableSheetSpec,
  defs: readonly ColumnDef[],
  organisations: readonly string[]
): string[][] {
  const labelDefs = defs.filter((d) =>
    ["organisation", "staffType", "staffGroup", "measure"].includes(d.meta.kind)
  );
  if (spec.key === "Staff") return [];
  let rows: string[][] = [[]];
  for (const def of labelDefs) {
    const values =
      def.meta.kind === "organisation"
        ? organisations
        : def.meta.kind === "staffGroup"
          ? STAFF_GROUPS // examples carry the groups; Total rows are optional
          : allowedValues(def.schema);
    rows = rows.flatMap((prefix) => values.map((v) => [...prefix, v]));
  }
  return rows;
}

function tableSheetPlan(
  spec: TableSheetSpec,
  fy: number,
  organisations: readonly string[],
  dataRows: number
): SheetPlan {
  const defs = columnsOf(spec);
  const headers: PlanCell[] = [];
  const widths: { col: number; width: number }[] = [];
  const validations: DataValidationList[] = [];
  const formats: RangeFormat[] = [];
  const lastRow = dataRows; // zero-based: header is row 0, data rows 1..dataRows
  let monthFirstCol = -1;
  let numberCols: number[] = [];
  let labelCols = 0;

  for (const def of defs) {
    if (def.meta.kind === "months") {
      monthFirstCol = headers.length;
      for (let m = 1; m <= 12; m++) {
        numberCols.push(headers.length);
        widths.push({ col: headers.length, width: MONTH_WIDTH });
        headers.push(monthSerial(m, fy));
      }
      continue;
    }
    const col = headers.length;
    headers.push(def.meta.header);
    widths.push({ col, width: def.meta.width });
    if (def.meta.kind === "number") numberCols.push(col);
    if (
      ["organisation", "staffType", "staffGroup", "measure"].includes(def.meta.kind) &&
      spec.key !== "Staff"
    )
      labelCols = col + 1;
    const values = dropDown(def, organisations);
    if (values)
      validations.push({
        range: a1Range(1, col, lastRow, col),
        values,
        prompt: `${def.meta.header}: ${def.meta.description}`,
      });
  }

  const examples = exampleRows(spec, defs, organisations);
  const blanks = headers.length - (examples[0]?.length ?? 0);
  const rows: PlanCell[][] = [
    headers,
    ...examples.map((r): CellValue[] => [...r, ...new Array<CellValue>(blanks).fill(null)]),
  ];

  formats.push({
    range: a1Range(0, 0, 0, headers.length - 1),
    bold: true,
    fill: HEADER_FILL,
    wrapText: true,
  });
  if (monthFirstCol >= 0) {
    formats.push({
      range: a1Range(0, monthFirstCol, 0, monthFirstCol + 11),
      numberFormat: MONTH_HEADER_FORMAT,
      horizontalAlignment: "right",
    });
  }
  numberCols = [...new Set(numberCols)].sort((a, b) => a - b);
  if (numberCols.length > 0) {
    formats.push({
      range: a1Range(1, numberCols[0], lastRow, numberCols[numberCols.length - 1]),
      numberFormat: spec.numberFormat,
    });
  }
  return {
    name: spec.name,
    blocks: [{ at: "A1", rows }],
    formats,
    columnWidths: widths,
    freeze: { rows: 1, cols: spec.key === "Staff" ? 2 : labelCols },
    validations,
    activate: spec.key === "PWR",
  };
}

function settingValue(key: SettingKey, fy: number, organisations: readonly string[]): CellValue {
  const defaults = defaultSettings();
  switch (key) {
    case "financialYear":
      return fyLabel(fy);
    case "organisations":
      return organisations.join(", ");
    case "reportingMonth":
      return null; // blank: the last month with actuals
    default: {
      const v = defaults[key];
      return typeof v === "number" || typeof v === "string" ? v : null;
    }
  }
}

function settingsPlan(fy: number, organisations: readonly string[]): SheetPlan {
  const header: CellValue[] = ["Setting", "Value", "What it means"];
  const rows: CellValue[][] = SETTING_DEFS.map((def) => [
    def.meta.label,
    settingValue(def.key, fy, organisations),
    `${def.meta.description} Default: ${def.meta.defaultText}. Values: ${def.meta.valuesText}.`,
  ]);
  const validations: DataValidationList[] = [];
  const formats: RangeFormat[] = [{ range: "A1:C1", bold: true, fill: HEADER_FILL }];
  SETTING_DEFS.forEach((def, i) => {
    if (def.meta.choices)
      validations.push({
        range: a1(i + 1, 1),
        values: def.meta.choices,
        prompt: def.meta.description,
      });
    if (def.key === "outlierChange") formats.push({ range: a1(i + 1, 1), numberFormat: "0%" });
    // Keep typed values such as "2023/24" and "£000" as text rather than dates or currency.
    if (def.key === "financialYear" || def.key === "financeUnit" || def.key === "reportingMonth") {
      formats.push({ range: a1(i + 1, 1), numberFormat: "@" });
    }
  });
  formats.push({ range: `C2:C${rows.length + 1}`, wrapText: true });
  return {
    name: SETTINGS_SHEET_NAME,
    blocks: [{ at: "A1", rows: [header, ...rows] }],
    formats,
    columnWidths: [
      { col: 0, width: 20 },
      { col: 1, width: 14 },
      { col: 2, width: 80 },
    ],
    freeze: { rows: 1, cols: 1 },
    validations,
  };
}

export function blankTemplatePlan(options: BlankTemplateOptions = {}): WritePlan {
  const fy = options.fyStartYear ?? 2023;
  const organisations = options.organisations ?? ["UHL", "LPT"];
  const sheets = TABLE_SHEETS.map((spec) =>
    tableSheetPlan(
      spec,
      fy,
      organisations,
      options.dataRows ?? (spec.key === "Staff" ? 20_000 : 1_000)
    )
  );
  return { sheets: [...sheets, settingsPlan(fy, organisations)] };
}
