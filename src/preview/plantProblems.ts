/**
 * Derives "the sample with problems" from the sample workbook by planting a few defects a
 * real return often has: a number stored as text, a broken formula (#REF!) and a staff group
 * nobody knows. Positions are found from the headers, not hard-coded, so the variant follows
 * the sample when the seeds change.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { a1 } from "../workbook/a1";
import { findSheetIndex } from "./sheetNames";

export type PlantedKind = "text-number" | "formula-error" | "unknown-staff-group";

export interface PlantedProblem {
  readonly kind: PlantedKind;
  readonly sheet: string;
  readonly cell: string;
  /** The value written in place of the original. */
  readonly value: CellValue;
  readonly original: CellValue;
}

/** Not an alias, a canonical name or an occupation code of any staff group. */
export const UNKNOWN_STAFF_GROUP_LABEL = "Volunteers and helpers";
export const BROKEN_FORMULA = "=SUM(#REF!)";

const LABEL_HEADERS = ["organisation", "staff type", "staff group", "measure", "base"];

interface Layout {
  readonly headerRow: number;
  readonly groupCol: number;
  /** Relative rows (into values) of data rows naming a staff group other than Total. */
  readonly dataRows: readonly number[];
  /** First relative column after the label columns. */
  readonly firstFigureCol: number;
}

function text(v: CellValue | undefined): string {
  return typeof v === "string" ? v.trim().toLowerCase() : "";
}

function layoutOf(sheet: SheetSnapshot): Layout | null {
  const scan = Math.min(sheet.values.length, 20);
  for (let r = 0; r < scan; r++) {
    const row = sheet.values[r];
    const groupCol = row.findIndex((v) => text(v) === "staff group");
    if (groupCol < 0) continue;
    const labelCols = row
      .map((v, c) => (LABEL_HEADERS.includes(text(v)) ? c : -1))
      .filter((c) => c >= 0);
    const firstFigureCol = Math.max(...labelCols) + 1;
    const dataRows: number[] = [];
    for (let d = r + 1; d < sheet.values.length; d++) {
      const group = text(sheet.values[d][groupCol]);
      if (group && group !== "total") dataRows.push(d);
    }
    return { headerRow: r, groupCol, dataRows, firstFigureCol };
  }
  return null;
}

function firstNumberCol(sheet: SheetSnapshot, row: number, from: number): number {
  const values = sheet.values[row];
  for (let c = from; c < values.length; c++) if (typeof values[c] === "number") return c;
  return -1;
}

type Poke = { row: number; col: number; value: CellValue; formula?: string; kind: PlantedKind };

function applyPokes(sheet: SheetSnapshot, pokes: readonly Poke[]): SheetSnapshot {
  const values = sheet.values.map((row) => [...row]);
  const hasFormulas = sheet.formulas !== undefined || pokes.some((p) => p.formula);
  const formulas = hasFormulas
    ? values.map((row, r) => row.map((_, c) => sheet.formulas?.[r]?.[c] ?? null))
    : undefined;
  for (const p of pokes) {
    values[p.row][p.col] = p.value;
    if (formulas) formulas[p.row][p.col] = p.formula ?? null;
  }
  return { ...sheet, values, ...(formulas ? { formulas } : {}) };
}

function addressIn(sheet: SheetSnapshot, row: number, col: number): string {
  return a1(sheet.origin.row + row, sheet.origin.col + col);
}

export function plantProblems(snapshot: WorkbookSnapshot): {
  readonly snapshot: WorkbookSnapshot;
  readonly planted: readonly PlantedProblem[];
} {
  const names = snapshot.sheets.map((s) => s.name);
  const pokesBySheet = new Map<number, Poke[]>();
  const add = (index: number, poke: Poke) =>
    pokesBySheet.set(index, [...(pokesBySheet.get(index) ?? []), poke]);

  const pwr = findSheetIndex(names, "PWR");
  const pfr = findSheetIndex(names, "PFR");
  const pwrLayout = pwr >= 0 ? layoutOf(snapshot.sheets[pwr]) : null;
  const pfrLayout = pfr >= 0 ? layoutOf(snapshot.sheets[pfr]) : null;

  if (pwrLayout && pwrLayout.dataRows.length > 0) {
    const sheet = snapshot.sheets[pwr];
    const row = pwrLayout.dataRows[0];
    const col = firstNumberCol(sheet, row, pwrLayout.firstFigureCol);
    if (col >= 0)
      add(pwr, { row, col, value: String(sheet.values[row][col]), kind: "text-number" });
    // A row away from the text number, so each defect is reported on its own.
    const groupRow = pwrLayout.dataRows[Math.min(3, pwrLayout.dataRows.length - 1)];
    if (groupRow !== row || col < 0) {
      add(pwr, {
        row: groupRow,
        col: pwrLayout.groupCol,
        value: UNKNOWN_STAFF_GROUP_LABEL,
        kind: "unknown-staff-group",
      });
    }
  }
  const [refSheet, refLayout, refRowPick] = pfrLayout ? [pfr, pfrLayout, 0] : [pwr, pwrLayout, 1];
  if (refLayout && refLayout.dataRows.length > refRowPick) {
    const sheet = snapshot.sheets[refSheet];
    const row = refLayout.dataRows[refRowPick];
    const col = firstNumberCol(sheet, row, refLayout.firstFigureCol);
    if (col >= 0)
      add(refSheet, { row, col, value: "#REF!", formula: BROKEN_FORMULA, kind: "formula-error" });
  }

  const planted: PlantedProblem[] = [];
  const sheets = snapshot.sheets.map((sheet, index) => {
    const pokes = pokesBySheet.get(index);
    if (!pokes) return sheet;
    for (const p of pokes) {
      planted.push({
        kind: p.kind,
        sheet: sheet.name,
        cell: addressIn(sheet, p.row, p.col),
        value: p.value,
        original: sheet.values[p.row][p.col] ?? null,
      });
    }
    return applyPokes(sheet, pokes);
  });
  return {
    snapshot: { ...snapshot, source: `${snapshot.source ?? "Sample"} (with problems)`, sheets },
    planted,
  };
}
