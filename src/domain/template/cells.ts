/**
 * Reading one cell of a template sheet as a number, keeping what was wrong with it. The fast path
 * (a cell that already holds a finite number) allocates nothing; only odd cells are recorded.
 */
import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";
import { parseNumber } from "../numbers";

/** Excel error values as they arrive in a snapshot's values. */
export const FORMULA_ERRORS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
];
const FORMULA_ERROR_SET: ReadonlySet<string> = new Set(FORMULA_ERRORS);

/** "#REF!" -> "#REF!"; anything else -> null. */
export function formulaError(value: unknown): string | null {
  if (typeof value !== "string" || value.charCodeAt(0) !== 35 /* # */) return null;
  const text = value.trim().toUpperCase();
  return FORMULA_ERROR_SET.has(text) ? text : null;
}

export type NumberFlawKind =
  /** A number stored as text: read, with a warning. */
  | "text"
  /** Neither blank nor a number. */
  | "invalid"
  /** An Excel error value such as #REF!. */
  | "error";

/** A cell that did not hold a plain number. Row and column are absolute and zero-based. */
export interface NumberFlaw {
  readonly row: number;
  readonly col: number;
  readonly raw: CellValue;
  readonly kind: NumberFlawKind;
  /** The number read from text ("text" flaws, in the sheet's unit), else null. */
  readonly value: number | null;
  /** Why an "invalid" cell is not a number. */
  readonly reason?: string;
}

/** True for null, undefined, "" and whitespace-only text. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  if (value.length === 0) return true;
  // Most text starts with a visible character: answer without allocating a trimmed copy.
  const c = value.charCodeAt(0);
  if (c > 32 && c !== 0xa0) return false;
  return value.trim() === "";
}

/** The raw value at an absolute row and column of a sheet snapshot (null outside the used range). */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

/** Text numbers with a k/m/bn suffix are in pounds ("£1.2m"); divide by this to get the sheet unit. */
const UNIT_SUFFIX = /\d\s*(k|m|mn|bn)\s*\)?\s*$/i;

/**
 * Reads a numeric cell. Blanks give null with no flaw; odd cells are pushed onto `flaws`.
 * `poundsPerUnit`, for money sheets, rescales text such as "£450k" (pounds) into the sheet's unit.
 */
export function readNumber(
  raw: CellValue | undefined,
  row: number,
  col: number,
  flaws: NumberFlaw[],
  poundsPerUnit?: number
): number | null {
  if (typeof raw === "number") {
    if (Number.isFinite(raw)) return raw;
  } else if (raw === null || raw === undefined || raw === "") {
    return null;
  }
  const error = formulaError(raw);
  if (error !== null) {
    flaws.push({ row, col, raw, kind: "error", value: null });
    return null;
  }
  const parsed = parseNumber(raw);
  if (parsed.kind === "missing") return null;
  if (parsed.kind === "invalid") {
    flaws.push({ row, col, raw: raw ?? null, kind: "invalid", value: null, reason: parsed.reason });
    return null;
  }
  let value = parsed.value;
  if (poundsPerUnit !== undefined && typeof raw === "string" && UNIT_SUFFIX.test(raw))
    value = value / poundsPerUnit;
  flaws.push({ row, col, raw: raw ?? null, kind: "text", value });
  return value;
}
