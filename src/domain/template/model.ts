/**
 * What parseTemplate reads from a workbook: typed rows of each template sheet with where every
 * value came from, the settings, and the structural problems found on the way. The validator,
 * the pack builder and the reconciler all work from this.
 *
 * Addresses: every `row` and `col` is absolute and zero-based (A1 = 0,0), with the snapshot's
 * origin already applied, so `a1(row, col)` names the cell in Excel. Rows do not store an address
 * per value; a value's column is its sheet's `months[i].col` (or `columns.base`).
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import type { StaffGroupMatch } from "../staffGroups";
import type { StaffTypeMatch } from "../staffTypes";
import type { AgencyMeasure, MeasureMatch, PlanMeasure, VacancyMeasure } from "../measures";
import type { NumberFlaw } from "./cells";
import type { SheetKey, TableSheetKey } from "./definition";
import type { SettingKey, TemplateSettings } from "./settingsDefinition";

/** A month column of a sheet. */
export interface MonthColumn {
  /** FY month: 1 = April ... 12 = March. */
  readonly month: number;
  /** The FY start year its header names, or null for year-less headers such as "M7". */
  readonly fyStartYear: number | null;
  /** Absolute zero-based column. */
  readonly col: number;
  /** The header as written. */
  readonly header: CellValue;
}

/** A staff-group cell that holds the total of the groups instead of one group. */
export interface TotalMatch {
  readonly kind: "total";
  readonly text: string;
}

export type GroupCell = StaffGroupMatch | TotalMatch;

/** Columns shared by every row. */
interface RowBase {
  /** Absolute zero-based row. */
  readonly row: number;
  /** The organisation as written (trimmed); "" when blank. */
  readonly organisation: string;
  /** The organisation for matching: upper case, single spaces. */
  readonly orgKey: string;
}

/** A row of PWR or PFR. */
export interface ReturnRow extends RowBase {
  readonly staffType: StaffTypeMatch;
  readonly staffGroup: GroupCell;
  readonly measure: MeasureMatch<PlanMeasure>;
  /** The Base (March baseline) value, null when blank, unusable or the sheet has no Base column. */
  readonly base: number | null;
  /** One value per sheet month column (same order as the sheet's `months`); null when blank or unusable. */
  readonly values: readonly (number | null)[];
}

export interface VacancyRow extends RowBase {
  readonly staffGroup: GroupCell;
  readonly measure: MeasureMatch<VacancyMeasure>;
  readonly values: readonly (number | null)[];
}

export interface AgencyRow extends RowBase {
  readonly measure: MeasureMatch<AgencyMeasure>;
  readonly values: readonly (number | null)[];
}

export interface StaffRow extends RowBase {
  readonly assignment: string;
  readonly jobTitle: string;
  readonly occupationCode: string;
  readonly staffGroupPwr: StaffGroupMatch;
  /** null when the column is absent or the cell blank. */
  readonly staffGroupPfr: StaffGroupMatch | null;
  readonly staffType: StaffTypeMatch;
  readonly wte: number | null;
  readonly costCentre: string;
}

/** A located, readable table sheet. */
export interface TableSheet<K extends string, R> {
  readonly key: TableSheetKey;
  /** The sheet's name as in the workbook. */
  readonly name: string;
  readonly snapshot: SheetSnapshot;
  /** Position of the sheet in the workbook, for ordering. */
  readonly index: number;
  /** Absolute zero-based header row. */
  readonly headerRow: number;
  /** Absolute zero-based column of each column found (absent optional columns are missing). */
  readonly columns: Readonly<Partial<Record<K, number>>>;
  /** Accepted month columns in sheet order (empty for Staff). */
  readonly months: readonly MonthColumn[];
  /** monthIndex[m] = index into `months` (and each row's `values`) of FY month m, -1 when absent. */
  readonly monthIndex: readonly number[];
  readonly rows: readonly R[];
  /** Cells that did not hold a plain number (text, invalid, errors), in row then column order. */
  readonly flaws: readonly NumberFlaw[];
}

export type ReturnColumn = "organisation" | "staffType" | "staffGroup" | "measure" | "base";
export type VacancyColumn = "organisation" | "staffGroup" | "measure";
export type AgencyColumn = "organisation" | "measure";
export type StaffColumn =
  | "organisation"
  | "assignment"
  | "jobTitle"
  | "occupationCode"
  | "staffGroupPwr"
  | "staffGroupPfr"
  | "staffType"
  | "wte"
  | "costCentre";

export type ReturnSheet = TableSheet<ReturnColumn, ReturnRow>;
export type VacancySheet = TableSheet<VacancyColumn, VacancyRow>;
export type AgencySheet = TableSheet<AgencyColumn, AgencyRow>;

/**
 * The Staff sheet's rows, column by column: entry i of every array belongs to the i-th data row.
 * A Staff sheet can hold 100,000 assignments; one object per row would cost more than all the
 * checks together, so the rows are stored as columns and `StaffSheet.row(i)` builds a record on
 * demand. Labels are shared match objects (one per distinct text).
 */
export interface StaffData {
  readonly row: readonly number[];
  readonly organisation: readonly string[];
  readonly orgKey: readonly string[];
  readonly assignment: readonly string[];
  readonly jobTitle: readonly string[];
  readonly occupationCode: readonly string[];
  readonly staffGroupPwr: readonly StaffGroupMatch[];
  readonly staffGroupPfr: readonly (StaffGroupMatch | null)[];
  readonly staffType: readonly StaffTypeMatch[];
  readonly wte: readonly (number | null)[];
  readonly costCentre: readonly string[];
}

export interface StaffSheet extends TableSheet<StaffColumn, StaffRow> {
  /** Number of data rows. */
  readonly size: number;
  /** The rows column by column: the fast way through a large sheet. */
  readonly data: StaffData;
  /** The i-th data row (0 <= i < size) as a record. */
  row(i: number): StaffRow;
  /**
   * Every row as a record, built on first use and kept: convenient, but 100,000 objects. The
   * validator never touches it; code with a time budget should loop over `data` instead.
   */
  readonly rows: readonly StaffRow[];
}

/** Why a month header was not accepted (or, for "gap" and "wrongYear" of a whole sheet, accepted with a problem). */
export type PeriodHeaderReason =
  "unparsable" | "duplicate" | "outOfOrder" | "gap" | "notFromApril" | "wrongYear";

/** Structural problems: what stops a sheet being read as the template says. */
export type StructureProblem =
  | {
      readonly kind: "missingSheet";
      readonly sheetKey: SheetKey;
      readonly expected: string;
      readonly required: boolean;
      readonly suggestion: string | null;
      readonly available: readonly string[];
    }
  | {
      readonly kind: "duplicateSheet";
      readonly sheetKey: SheetKey;
      readonly sheet: string;
      readonly usedSheet: string;
      readonly row: number;
      readonly col: number;
    }
  | {
      readonly kind: "headerNotFound";
      readonly sheetKey: TableSheetKey;
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
    }
  | {
      readonly kind: "missingColumn";
      readonly sheetKey: TableSheetKey;
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      /** The column's template header. */
      readonly column: string;
    }
  | {
      readonly kind: "badPeriodHeader";
      readonly sheetKey: TableSheetKey;
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly value: CellValue;
      readonly reason: PeriodHeaderReason;
      /** Plain-words detail, e.g. "Jul 23 is missing between Jun 23 and Aug 23". */
      readonly detail: string;
    }
  | {
      readonly kind: "badSetting";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly value: CellValue;
      readonly setting: string;
      readonly detail: string;
    };

export interface SettingCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface ParsedSettings {
  /** Every setting, defaults filled in. */
  readonly values: TemplateSettings;
  /** The Settings sheet used, or null. */
  readonly sheet: string | null;
  /** Where each setting given in the workbook sits (its value cell). Defaults have no cell. */
  readonly cells: Readonly<Partial<Record<SettingKey, SettingCell>>>;
}

export interface ParsedTemplate {
  readonly snapshot: WorkbookSnapshot;
  /** null when the sheet is missing, has no header row or lacks a required column. */
  readonly pwr: ReturnSheet | null;
  readonly pfr: ReturnSheet | null;
  readonly vacancies: VacancySheet | null;
  readonly agency: AgencySheet | null;
  readonly staff: StaffSheet | null;
  readonly settings: ParsedSettings;
  /** Settings › Financial year, else the year of the first dated month header, else null. */
  readonly financialYear: number | null;
  readonly problems: readonly StructureProblem[];
}
