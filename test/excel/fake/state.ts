/**
 * The workbook as plain data, copied: what a test compares before and after an operation
 * ("the workbook ends as it was before") or inspects after a write.
 */
import { a1, a1Range } from "../../../src/workbook/a1";
import type {
  ChartModel,
  ConditionalFormatModel,
  FormatRecord,
  NameModel,
  SheetModel,
  ValidationRecord,
  WorkbookModel,
} from "./model";

export interface CellState {
  readonly value: unknown;
  readonly formula?: unknown;
}

export interface SheetState {
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
  readonly used: string | null;
  /** Non-blank cells by A1 address. */
  readonly cells: Record<string, CellState>;
  readonly formats: Record<string, FormatRecord>;
  readonly validations: Record<string, ValidationRecord>;
  readonly conditionalFormats: readonly ConditionalFormatModel[];
  readonly charts: readonly ChartModel[];
  readonly freeze: { kind: string; arg: unknown } | null;
  readonly names: readonly NameModel[];
}

export interface WorkbookState {
  readonly sheets: readonly SheetState[];
  readonly names: readonly NameModel[];
  readonly tables: readonly { name: string; sheet: string; address: string; style: string }[];
  readonly activeSheet: string | null;
}

function cellsOf(sheet: SheetModel): Record<string, CellState> {
  const out: Record<string, CellState> = {};
  const rows = new Set([...Object.keys(sheet.values), ...Object.keys(sheet.formulas)].map(Number));
  for (const r of [...rows].sort((x, y) => x - y)) {
    const values = sheet.values[r] ?? [];
    const formulas = sheet.formulas[r] ?? [];
    const cols = new Set([...Object.keys(values), ...Object.keys(formulas)].map(Number));
    for (const c of [...cols].sort((x, y) => x - y)) {
      const formula = formulas[c];
      const value = values[c] ?? null;
      out[a1(r, c)] = formula !== undefined && formula !== value ? { value, formula } : { value };
    }
  }
  return out;
}

const copy = <T>(v: T): T => structuredClone(v);

/** Excel lists defined names in alphabetical order, whatever order they were added in. */
const sortedNames = (names: readonly NameModel[]) =>
  copy([...names].sort((a, b) => a.name.toUpperCase().localeCompare(b.name.toUpperCase())));

export function sheetState(sheet: SheetModel): SheetState {
  const u = sheet.used;
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    used: u ? a1Range(u.top, u.left, u.bottom, u.right) : null,
    cells: cellsOf(sheet),
    formats: copy(Object.fromEntries(sheet.formats)),
    validations: copy(Object.fromEntries(sheet.validations)),
    conditionalFormats: copy(sheet.conditionalFormats),
    charts: copy(sheet.charts),
    freeze: copy(sheet.freeze),
    names: sortedNames(sheet.names),
  };
}

export function workbookState(model: WorkbookModel): WorkbookState {
  return {
    sheets: model.sheets.map(sheetState),
    names: sortedNames(model.names),
    tables: model.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: t.address,
      style: t.style,
    })),
    activeSheet: model.activeSheet?.name ?? null,
  };
}
