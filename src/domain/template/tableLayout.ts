/**
 * The layout of a table sheet: which row holds the headers, which column holds each template
 * column, and which columns are months. Column headers come from the template definition.
 */
import type { SheetSnapshot } from "../../workbook/snapshot";
import { formatMonth, fyLabel, parsePeriod, type DateSystem } from "../periods";
import { cellText, labelKey } from "../labels";
import { isBlank } from "./cells";
import {
  columnsOf,
  HEADER_SEARCH_ROWS,
  IGNORED_TRAILING_HEADERS,
  type ColumnDef,
  type TableSheetSpec,
} from "./definition";
import type { MonthColumn, PeriodHeaderReason, StructureProblem } from "./model";

export interface TableLayout {
  readonly headerRow: number;
  readonly columns: Readonly<Record<string, number>>;
  readonly months: readonly MonthColumn[];
  readonly monthIndex: readonly number[];
  /** False when a required column (or, for month sheets, every month column) is missing. */
  readonly complete: boolean;
}

const IGNORED_KEYS: ReadonlySet<string> = new Set(IGNORED_TRAILING_HEADERS.map(labelKey));

/** Header text key -> column key, for one sheet spec. */
function headerIndex(defs: readonly ColumnDef[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const def of defs) {
    if (def.meta.kind === "months") continue;
    for (const text of [def.meta.header, ...def.meta.aliases]) {
      const key = labelKey(text);
      if (!index.has(key)) index.set(key, def.key);
    }
  }
  return index;
}

/** Maps a row's cells to template columns; the first cell with a given header wins. */
function mapRow(
  sheet: SheetSnapshot,
  rowIndex: number,
  index: Map<string, string>
): Record<string, number> {
  const cells = sheet.values[rowIndex] ?? [];
  const found: Record<string, number> = {};
  for (let j = 0; j < cells.length; j++) {
    const v = cells[j];
    if (typeof v !== "string") continue;
    const key = index.get(labelKey(v));
    if (key !== undefined && found[key] === undefined) found[key] = sheet.origin.col + j;
  }
  return found;
}

function firstFilledCol(sheet: SheetSnapshot, rowIndex: number): number {
  const cells = sheet.values[rowIndex] ?? [];
  for (let j = 0; j < cells.length; j++) if (!isBlank(cells[j])) return sheet.origin.col + j;
  return sheet.origin.col;
}

/**
 * Reads a table sheet's layout, pushing HEADER_NOT_FOUND, MISSING_COLUMN and BAD_PERIOD_HEADER
 * problems. Returns null when no header row is found. Month headers typed as dates are read in
 * `dateSystem`, the workbook's (1900 when absent).
 */
export function readLayout(
  sheet: SheetSnapshot,
  spec: TableSheetSpec,
  financialYear: number | null,
  problems: StructureProblem[],
  dateSystem: DateSystem = 1900
): TableLayout | null {
  const defs = columnsOf(spec);
  const index = headerIndex(defs);
  let best: { rowIndex: number; columns: Record<string, number>; score: number } | null = null;
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.values.length);
  for (let i = 0; i < limit; i++) {
    const columns = mapRow(sheet, i, index);
    const score = Object.keys(columns).length;
    if (score >= 2 && (!best || score > best.score)) best = { rowIndex: i, columns, score };
  }
  if (!best) {
    problems.push({
      kind: "headerNotFound",
      sheetKey: spec.key,
      sheet: sheet.name,
      row: sheet.origin.row,
      col: sheet.origin.col,
    });
    return null;
  }
  const headerRow = sheet.origin.row + best.rowIndex;
  const columns = best.columns;
  const anchorCol = firstFilledCol(sheet, best.rowIndex);
  let complete = true;
  for (const def of defs) {
    if (!def.meta.required || def.meta.kind === "months" || columns[def.key] !== undefined)
      continue;
    complete = false;
    problems.push({
      kind: "missingColumn",
      sheetKey: spec.key,
      sheet: sheet.name,
      row: headerRow,
      col: anchorCol,
      column: def.meta.header,
    });
  }

  // Without all its label columns the sheet is not read, and where its months start is a guess.
  const monthsDef = complete ? defs.find((d) => d.meta.kind === "months") : undefined;
  let months: MonthColumn[] = [];
  if (monthsDef) {
    const keyCols = defs
      .filter(
        (d) => d.meta.kind !== "months" && d.meta.kind !== "number" && columns[d.key] !== undefined
      )
      .map((d) => columns[d.key]);
    const regionStart = keyCols.length > 0 ? Math.max(...keyCols) + 1 : sheet.origin.col;
    months = readMonths(
      sheet,
      spec,
      headerRow,
      regionStart,
      new Set(Object.values(columns)),
      financialYear,
      problems,
      dateSystem
    );
    if (months.length === 0) {
      complete = false;
      const hint =
        financialYear !== null
          ? `${formatMonth(1, financialYear)} … ${formatMonth(12, financialYear)}`
          : "Apr … Mar";
      problems.push({
        kind: "missingColumn",
        sheetKey: spec.key,
        sheet: sheet.name,
        row: headerRow,
        col: anchorCol,
        column: `month columns (${hint})`,
      });
    }
  }
  const monthIndex = new Array<number>(13).fill(-1);
  months.forEach((m, i) => {
    monthIndex[m.month] = i;
  });
  return { headerRow, columns, months, monthIndex, complete };
}

function monthName(month: number, fy: number | null): string {
  return fy !== null ? formatMonth(month, fy) : `M${month}`;
}

interface Candidate {
  readonly month: number;
  readonly fyStartYear: number | null;
  readonly col: number;
  readonly header: MonthColumn["header"];
}

/** Reads and checks the month headers right of the key columns. */
function readMonths(
  sheet: SheetSnapshot,
  spec: TableSheetSpec,
  headerRow: number,
  regionStart: number,
  knownCols: ReadonlySet<number>,
  settingsFy: number | null,
  problems: StructureProblem[],
  dateSystem: DateSystem
): MonthColumn[] {
  const cells = sheet.values[headerRow - sheet.origin.row] ?? [];
  const problem = (
    c: { col: number; header: MonthColumn["header"] },
    reason: PeriodHeaderReason,
    detail: string
  ) =>
    problems.push({
      kind: "badPeriodHeader",
      sheetKey: spec.key,
      sheet: sheet.name,
      row: headerRow,
      col: c.col,
      value: c.header,
      reason,
      detail,
    });

  const candidates: Candidate[] = [];
  for (let j = Math.max(0, regionStart - sheet.origin.col); j < cells.length; j++) {
    const col = sheet.origin.col + j;
    const header = cells[j] ?? null;
    if (isBlank(header) || knownCols.has(col) || IGNORED_KEYS.has(labelKey(header))) continue;
    const period = parsePeriod(header, dateSystem);
    if (!period.ok) {
      problem(
        { col, header },
        "unparsable",
        `"${cellText(header)}" is not a month (${period.error.reason})`
      );
      candidates.push({ month: -1, fyStartYear: null, col, header });
      continue;
    }
    candidates.push({ ...period.value, col, header });
  }

  // The sheet's year: Settings, else the first dated header. When every dated header disagrees
  // with Settings, say so once and read the months anyway.
  const dated = candidates.filter((c) => c.month > 0 && c.fyStartYear !== null);
  const years = new Set(dated.map((c) => c.fyStartYear));
  let fy = settingsFy ?? dated[0]?.fyStartYear ?? null;
  if (settingsFy !== null && dated.length > 0 && years.size === 1 && !years.has(settingsFy)) {
    const headerFy = dated[0].fyStartYear as number;
    problem(
      dated[0],
      "wrongYear",
      `the month headers are in FY ${fyLabel(headerFy)} but Settings › Financial year is ${fyLabel(settingsFy)}`
    );
    fy = headerFy;
  }

  const accepted: MonthColumn[] = [];
  const seen = new Set<number>();
  let previous = 0;
  // A rejected header usually is the month that then seems missing: one problem, not two.
  let rejectedSince = false;
  for (const c of candidates) {
    if (c.month < 0) {
      rejectedSince = true;
      continue;
    }
    const name = monthName(c.month, c.fyStartYear ?? fy);
    if (c.fyStartYear !== null && fy !== null && c.fyStartYear !== fy) {
      problem(c, "wrongYear", `${name} is in FY ${fyLabel(c.fyStartYear)}, not ${fyLabel(fy)}`);
      rejectedSince = true;
      continue;
    }
    if (seen.has(c.month)) {
      problem(c, "duplicate", `${name} appears twice; the first column is used`);
      rejectedSince = true;
      continue;
    }
    if (c.month < previous) {
      problem(
        c,
        "outOfOrder",
        `${name} comes after ${monthName(previous, fy)}; months must run April to March`
      );
      rejectedSince = true;
      continue;
    }
    if (rejectedSince && c.month > previous + 1) {
      // Reported as unparsable already.
    } else if (previous === 0 && c.month !== 1) {
      problem(
        c,
        "notFromApril",
        `the first month column is ${name}; months must start at April (M1)`
      );
    } else if (c.month > previous + 1) {
      const missing =
        c.month === previous + 2
          ? `${monthName(previous + 1, fy)} is missing`
          : `${monthName(previous + 1, fy)} to ${monthName(c.month - 1, fy)} are missing`;
      problem(c, "gap", `${missing} between ${monthName(previous, fy)} and ${name}`);
    }
    seen.add(c.month);
    previous = c.month;
    rejectedSince = false;
    accepted.push({ month: c.month, fyStartYear: c.fyStartYear, col: c.col, header: c.header });
  }
  return accepted;
}
