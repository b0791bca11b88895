/**
 * The Month-N pack as data: the standard tables of the LLR workforce board pack (docs/published-pack.md)
 * with, for every number, the value computed in the domain and the native Excel formula that
 * computes the same thing on the pack sheet. buildPack makes a Pack from a snapshot; packPlan turns
 * it into a write plan; packToJson gives the CLI's --json shape. Faces read nothing else.
 *
 * Layout is decided here, not by the writer, because formulas inside the pack refer to other pack
 * cells (Total = sum of the rows above): each table knows where its title cell sits on the sheet,
 * its header row is the next row and its data rows follow, first column = row labels.
 */

/**
 * The Excel table (ListObject) names, in the order the tables are stacked on the sheet; each has
 * its entry in PACK_TABLES (registry.ts), and a test keeps the two in the same order.
 */
export const PACK_TABLE_NAMES = [
  "WTEVariance",
  "CostVariance",
  "AgencyVariance",
  "PriceCap",
  "Vacancies",
  "PlanVsActualWTE",
  "PlanVsActualCost",
] as const;
export type PackTableName = (typeof PACK_TABLE_NAMES)[number];

/** How a cell's number is shown: whole WTE, £ millions to 1 dp, or a percentage to 1 dp. */
export type PackFormat = "wte" | "gbpMillions" | "percent";

/** Excel number formats of each PackFormat (negative money shows as -£3.0m). */
export const PACK_NUMBER_FORMATS: Readonly<Record<PackFormat, string>> = {
  wte: "#,##0",
  gbpMillions: '£#,##0.0"m";-£#,##0.0"m"',
  percent: "0.0%",
};

export interface PackCell {
  /** The value computed in JS; null when blank (no data, month not reported yet, division by zero). */
  readonly value: number | null;
  /**
   * The native Excel formula ("=SUMIFS(PWR!$L$5:$L$200,...)") computing the same value over the
   * template sheets and other pack cells; null for a cell left empty on purpose.
   * Formulas yield "" (shown blank) exactly where value is null.
   */
  readonly formula: string | null;
  readonly format: PackFormat;
}

/** What a row is, so writers can embolden totals and charts can pick series. */
export type PackRowRole = "group" | "total" | "ratio" | "series";

export interface PackRow {
  /** The first-column label, e.g. "Nursing, Midwifery", "Total Substantive", "UHL plan". */
  readonly label: string;
  readonly role: PackRowRole;
  /** One per value column (columns[1..]). */
  readonly cells: readonly PackCell[];
}

/** Zero-based row and column on the pack sheet. */
export interface PackCellAddress {
  readonly row: number;
  readonly col: number;
}

export interface PackTable {
  readonly name: PackTableName;
  /** The title row's text, e.g. "Variance to plan (WTE), Oct 23". */
  readonly title: string;
  /** Header labels including the first (label) column. */
  readonly columns: readonly string[];
  readonly rows: readonly PackRow[];
  /** Template sheets the table's formulas read, as named in the workbook. */
  readonly sources: readonly string[];
  /** The title cell on the pack sheet; the header row is at.row + 1, data rows from at.row + 2. */
  readonly at: PackCellAddress;
}

export type PackChartKind = "line" | "clusteredBar";

export interface PackChart {
  /** Unique chart name on the sheet. */
  readonly name: string;
  readonly kind: PackChartKind;
  readonly title: string;
  /** The table the chart plots. */
  readonly table: PackTableName;
  /**
   * "rows": each series is a table row (named in `series` by its label) and the categories are
   * the value columns named in `categories`; "columns": each series is a value column (named by
   * its header) and the categories are the rows named by their labels.
   */
  readonly seriesBy: "rows" | "columns";
  readonly series: readonly string[];
  readonly categories: readonly string[];
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
}

export interface Pack {
  /** FY month reported, 1 = April ... 12 = March. */
  readonly month: number;
  /** 2023 for FY 2023/24; null when no sheet or setting names the year (headers such as "M7"). */
  readonly fyStartYear: number | null;
  /** "Oct 23", or "M7" when the year is unknown. */
  readonly label: string;
  /** "LLR Pack Oct 23": the sheet the pack is written to (the adapter may add " (2)"). */
  readonly sheetName: string;
  /** Organisations in the order they first appear in PWR, as written there. */
  readonly organisations: readonly string[];
  readonly tables: readonly PackTable[];
  readonly charts: readonly PackChart[];
  /** Plain-words notes: tables left out and why, definitions used. */
  readonly messages: readonly string[];
}

export type PackErrorCode =
  /** PWR and PFR are both unusable: nothing to build a pack from. */
  | "NO_RETURNS"
  /** No month given, none in Settings and no actuals to infer it from. */
  | "NO_MONTH"
  /** The month asked for is outside 1..12 or has no column in the returns. */
  | "BAD_MONTH"
  /** The month asked for has no actuals anywhere. */
  | "NO_ACTUALS"
  /** An organisation in options.organisations is not in PWR/PFR. */
  | "UNKNOWN_ORGANISATION"
  /** No organisation left to report. */
  | "NO_ORGANISATIONS";

export interface PackError {
  readonly code: PackErrorCode;
  /** Plain words naming the sheet (and cell where there is one). */
  readonly message: string;
}

export interface PackOptions {
  /** FY month 1..12; default Settings › Reporting month, else the last month with actuals. */
  readonly month?: number;
  /** Organisations to include (matched ignoring case and spaces); default all, in PWR order. */
  readonly organisations?: readonly string[];
}

/** The CLI's --json shape. */
export interface PackJson {
  readonly month: number;
  readonly label: string;
  readonly tables: Readonly<
    Record<
      string,
      {
        readonly columns: readonly string[];
        readonly rows: readonly {
          readonly label: string;
          readonly values: readonly (number | null)[];
        }[];
      }
    >
  >;
}
