/**
 * The fake workbook's state: what Excel holds, not what a client has asked for. Client objects
 * (client.ts) act on it only when a sync runs their queued operations.
 */
import { a1Range, columnLetters, quoteSheet } from "../../../src/workbook/a1";
import type { CellRect } from "../../../src/workbook/rangeRef";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface FormatRecord {
  numberFormat?: unknown[][];
  font: Record<string, unknown>;
  fill: Record<string, unknown>;
  wrapText?: boolean;
  horizontalAlignment?: string;
  columnWidth?: number;
}

export interface ValidationRecord {
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface ConditionalFormatModel {
  readonly type: string;
  readonly address: string;
  formula: string | null;
  fill: string | null;
}

export interface SeriesModel {
  name: string;
  values: string | null;
  xValues: string | null;
}

export interface ChartModel {
  name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  readonly series: SeriesModel[];
  title: string | null;
  legend: { visible?: boolean; position?: string };
  axisTitles: { category?: string; value?: string };
  at?: string;
  width?: number;
  height?: number;
}

export interface NameModel {
  name: string;
  formula: string;
}

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** Sparse row-major grids: a cell's value, and what `formulas` gives for it. */
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  /** The used range: what the seed said, grown by every write. */
  used: CellRect | null;
  readonly formats: Map<string, FormatRecord>;
  readonly validations: Map<string, ValidationRecord>;
  readonly conditionalFormats: ConditionalFormatModel[];
  readonly charts: ChartModel[];
  freeze: { kind: string; arg: unknown } | null;
  /** Sheet-scoped defined names. */
  readonly names: NameModel[];
}

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  readonly address: string;
  style: string;
}

export interface WorkbookModel {
  /** In tab order: a sheet's position is its index. */
  readonly sheets: SheetModel[];
  readonly names: NameModel[];
  readonly tables: TableModel[];
  activeSheet: SheetModel | null;
  selection: string | null;
  dateSystem: 1900 | 1904;
  nextId: number;
}

/** A range as Excel resolves it: a rectangle on a sheet, or the whole sheet, or whole columns. */
export interface RangeTarget {
  readonly kind: "range";
  readonly sheet: SheetModel;
  readonly rect: CellRect;
  readonly whole?: "sheet" | "columns";
}

export function newId(model: WorkbookModel, prefix: string): string {
  model.nextId += 1;
  return `{${prefix}-${String(model.nextId).padStart(4, "0")}}`;
}

export function emptySheet(model: WorkbookModel, name: string): SheetModel {
  return {
    id: newId(model, "sheet"),
    name,
    visibility: "Visible",
    protected: false,
    values: [],
    formulas: [],
    used: null,
    formats: new Map(),
    validations: new Map(),
    conditionalFormats: [],
    charts: [],
    freeze: null,
    names: [],
  };
}

export function cellCount(rect: CellRect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** The range part of an address, as Excel writes it ("A1:C3", "A:A", "1:1048576"). */
export function rectText(target: RangeTarget): string {
  const { rect, whole } = target;
  if (whole === "sheet") return `1:${MAX_ROWS}`;
  if (whole === "columns") return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  return a1Range(rect.top, rect.left, rect.bottom, rect.right);
}

export function addressOf(target: RangeTarget): string {
  return `${quoteSheet(target.sheet.name)}!${rectText(target)}`;
}

function union(a: CellRect | null, b: CellRect): CellRect {
  if (!a) return b;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** A rectangle of the sheet as `values` or `formulas` gives it: blanks are "". */
export function readGrid(
  sheet: SheetModel,
  rect: CellRect,
  which: "values" | "formulas"
): unknown[][] {
  const out: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const values = sheet.values[r];
    const formulas = sheet.formulas[r];
    const row: unknown[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const v = which === "formulas" ? (formulas?.[c] ?? values?.[c]) : values?.[c];
      row.push(v === undefined || v === null ? "" : v);
    }
    out.push(row);
  }
  return out;
}

/**
 * Writes through `formulas` or `values` as Excel does: null leaves a cell as it is, "" clears
 * it, a leading apostrophe keeps text as text, "=..." is a formula (the fake does not calculate
 * it, so its value reads as blank).
 */
export function writeGrid(
  sheet: SheetModel,
  rect: CellRect,
  input: readonly (readonly unknown[])[]
): void {
  let written: CellRect | null = null;
  for (let i = 0; i < input.length; i++) {
    const r = rect.top + i;
    for (let j = 0; j < input[i].length; j++) {
      const cell = input[i][j];
      if (cell === null || cell === undefined) continue;
      const c = rect.left + j;
      const values = (sheet.values[r] ??= []);
      const formulas = (sheet.formulas[r] ??= []);
      if (cell === "") {
        delete values[c];
        delete formulas[c];
        continue;
      }
      const isFormula = typeof cell === "string" && cell.startsWith("=");
      const isGuarded = typeof cell === "string" && cell.startsWith("'");
      values[c] = isFormula ? null : isGuarded ? cell.slice(1) : cell;
      formulas[c] = cell;
      written = union(written, { top: r, left: c, bottom: r, right: c });
    }
  }
  if (written) sheet.used = union(sheet.used, written);
}

/** Seeds a rectangle of values and formulas (the workbook as the user left it). */
export function seedGrid(
  sheet: SheetModel,
  rect: CellRect,
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[]
): void {
  values.forEach((row, i) => {
    const r = rect.top + i;
    const rowValues = (sheet.values[r] ??= []);
    const rowFormulas = (sheet.formulas[r] ??= []);
    row.forEach((v, j) => {
      if (v !== "" && v !== null && v !== undefined) rowValues[rect.left + j] = v;
      const f = formulas[i]?.[j];
      if (f !== "" && f !== null && f !== undefined) rowFormulas[rect.left + j] = f;
    });
  });
  sheet.used = rect;
}
