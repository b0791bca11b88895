/**
 * One sheet of the preview's in-memory workbook: small immutable values in absolute
 * coordinates (row 0 = row 1 in Excel), so writing a plan block never has to shift an origin.
 */
import type { CellValue, SheetSnapshot } from "../workbook/snapshot";
import type { ChartPlan, PlanCell, RangeFormat, TablePlan } from "../workbook/plan";
import { isFormulaCell } from "../workbook/plan";
import { a1, parseA1 } from "../workbook/a1";
import { parseAddress, rectContains, type CellRect } from "./selection";

export interface SheetGrid {
  readonly name: string;
  readonly hidden: boolean;
  /** Absolute rows; ragged, missing cells are blank. */
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Set when the add-in wrote the sheet, so a later plan with the same marker may replace it. */
  readonly ownerMarker?: string;
  /** Recorded from plans so later releases can render them in the preview. */
  readonly tables: readonly TablePlan[];
  readonly charts: readonly ChartPlan[];
  /** Number formats written by plans, in the order applied (a later one wins where they overlap). */
  readonly numberFormats?: readonly GridNumberFormat[];
  /**
   * The add-in's highlights, as Excel would hold them: one entry per conditional format (an area
   * of one or more rectangles), in the order added. See src/preview/highlights.ts.
   */
  readonly highlights?: readonly GridHighlight[];
}

export interface GridHighlight {
  readonly marker: string;
  /** "#RRGGBB". */
  readonly fill: string;
  readonly rects: readonly CellRect[];
}

export interface GridNumberFormat {
  readonly rect: CellRect;
  readonly format: string;
}

export function emptyGrid(name: string, ownerMarker?: string): SheetGrid {
  return { name, hidden: false, values: [], formulas: [], ownerMarker, tables: [], charts: [] };
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

export function gridFromSnapshot(sheet: SheetSnapshot): SheetGrid {
  const { row: top, col: left } = sheet.origin;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  sheet.values.forEach((row, r) => {
    const absRow: CellValue[] = new Array(left).fill(null);
    row.forEach((v) => absRow.push(v ?? null));
    values[top + r] = absRow;
  });
  sheet.formulas?.forEach((row, r) => {
    const absRow: (string | null)[] = new Array(left).fill(null);
    row.forEach((f) => absRow.push(f ? f : null));
    formulas[top + r] = absRow;
  });
  return {
    name: sheet.name,
    hidden: sheet.hidden ?? false,
    values: fillHoles(values),
    formulas: fillHoles(formulas),
    tables: [],
    charts: [],
  };
}

function fillHoles<T>(rows: T[][]): T[][] {
  return Array.from({ length: rows.length }, (_, r) => rows[r] ?? []);
}

export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

/** The Excel number format of a cell, or null when no plan gave it one. */
export function numberFormatAt(grid: SheetGrid, row: number, col: number): string | null {
  const formats = grid.numberFormats ?? [];
  for (let i = formats.length - 1; i >= 0; i--)
    if (rectContains(formats[i].rect, row, col)) return formats[i].format;
  return null;
}

/** A plan's number formats as grid rectangles; ranges that are not addresses are skipped. */
export function planNumberFormats(formats: readonly RangeFormat[] | undefined): GridNumberFormat[] {
  const out: GridNumberFormat[] = [];
  for (const f of formats ?? []) {
    const parsed = f.numberFormat ? parseAddress(f.range) : null;
    if (parsed && f.numberFormat) out.push({ rect: parsed.rect, format: f.numberFormat });
  }
  return out;
}

export function formulaAt(grid: SheetGrid, row: number, col: number): string | null {
  return grid.formulas[row]?.[col] ?? null;
}

/** The smallest rectangle holding every non-blank value or formula, or null for an empty sheet. */
export function usedBounds(
  grid: SheetGrid
): { top: number; left: number; bottom: number; right: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const visit = (rows: readonly (readonly (CellValue | string | null)[])[]) =>
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (isBlank(v)) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      })
    );
  visit(grid.values);
  visit(grid.formulas);
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** The sheet as the port's snapshot: the used range only, like Excel's getUsedRange(). */
export function gridToSnapshot(grid: SheetGrid): SheetSnapshot {
  const bounds = usedBounds(grid);
  if (!bounds)
    return { name: grid.name, origin: { row: 0, col: 0 }, values: [], hidden: grid.hidden };
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) {
      vRow.push(cellAt(grid, r, c));
      const f = formulaAt(grid, r, c);
      if (f) anyFormula = true;
      fRow.push(f);
    }
    rows.push(vRow);
    formulas.push(fRow);
  }
  return {
    name: grid.name,
    origin: { row: bounds.top, col: bounds.left },
    values: rows,
    ...(anyFormula ? { formulas } : {}),
    hidden: grid.hidden,
  };
}

/** Writes a plan block (top-left at `at`) and returns the new grid; the old one is untouched. */
export function writeBlock(
  grid: SheetGrid,
  at: string,
  block: readonly (readonly PlanCell[])[]
): SheetGrid {
  const start = parseA1(at);
  if (!start) throw new Error(`Cannot write to "${at}" on sheet ${grid.name}: not a cell address.`);
  const values = grid.values.map((row) => [...row]);
  const formulas = grid.formulas.map((row) => [...row]);
  block.forEach((row, r) =>
    row.forEach((cell, c) => {
      const rr = start.row + r;
      const cc = start.col + c;
      while (values.length <= rr) values.push([]);
      while (formulas.length <= rr) formulas.push([]);
      while (values[rr].length < cc) values[rr].push(null);
      while (formulas[rr].length < cc) formulas[rr].push(null);
      if (isFormulaCell(cell)) {
        values[rr][cc] = cell.value ?? null;
        formulas[rr][cc] = cell.formula;
      } else {
        values[rr][cc] = cell;
        formulas[rr][cc] = null;
      }
    })
  );
  return { ...grid, values, formulas };
}

/** "B7" for a zero-based position, re-exported for the viewer. */
export const addressOf = a1;
