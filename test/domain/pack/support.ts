/**
 * Shared fixtures of the pack tests: the sample workbook (seeds/llr-m7-sample.snapshot.json, built
 * by npm run seeds to agree with the published Month 7 pack), edits of it, and a check that
 * evaluates every pack formula with the test-only evaluator.
 */
import sampleJson from "../../../seeds/llr-m7-sample.snapshot.json";
import { a1 } from "../../../src/workbook/a1";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { buildPack } from "../../../src/domain/pack/build";
import type { Pack, PackOptions, PackTable, PackTableName } from "../../../src/domain/pack/model";
import { evaluateFormula, isError, sheetLookup, type Scalar } from "./formulaEvaluator";

export const SAMPLE = sampleJson as unknown as WorkbookSnapshot;

export function packOf(snapshot: WorkbookSnapshot = SAMPLE, options: PackOptions = {}): Pack {
  const result = buildPack(snapshot, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function table(pack: Pack, name: PackTableName): PackTable {
  const t = pack.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no ${name} table; tables: ${pack.tables.map((x) => x.name).join(", ")}`);
  return t;
}

/** The value of a table cell by row label and column header (null when blank). */
export function valueAt(t: PackTable, rowLabel: string, column: string): number | null {
  const row = t.rows.find((r) => r.label === rowLabel);
  if (!row)
    throw new Error(
      `${t.name} has no row "${rowLabel}"; rows: ${t.rows.map((r) => r.label).join(", ")}`
    );
  const c = t.columns.indexOf(column);
  if (c < 1)
    throw new Error(`${t.name} has no column "${column}"; columns: ${t.columns.join(", ")}`);
  return row.cells[c - 1].value;
}

export function num(t: PackTable, rowLabel: string, column: string): number {
  const v = valueAt(t, rowLabel, column);
  if (v === null) throw new Error(`${t.name} ${rowLabel} / ${column} is blank`);
  return v;
}

/** Half-up rounding at the precision the pack displays; the epsilon absorbs binary noise. */
export function roundHalfUp(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return (Math.sign(value) * Math.floor(Math.abs(value) * scale + 0.5 + 1e-9)) / scale;
}

export interface FormulaCheck {
  readonly where: string;
  readonly formula: string;
  readonly value: number | null;
  readonly evaluated: Scalar;
}

/**
 * Evaluates every formula of the pack over the snapshot's sheets, with references to the pack's
 * own sheet resolved to the pack's cells (their formulas evaluated in turn).
 */
export function evaluatePack(pack: Pack, snapshot: WorkbookSnapshot): FormulaCheck[] {
  const own = new Map<string, { formula: string | null; value: CellValue }>();
  for (const t of pack.tables) {
    own.set(`${t.at.row}:${t.at.col}`, { formula: null, value: t.title });
    t.columns.forEach((h, c) =>
      own.set(`${t.at.row + 1}:${t.at.col + c}`, { formula: null, value: h })
    );
    t.rows.forEach((row, r) => {
      own.set(`${t.at.row + 2 + r}:${t.at.col}`, { formula: null, value: row.label });
      row.cells.forEach((cell, c) =>
        own.set(`${t.at.row + 2 + r}:${t.at.col + 1 + c}`, {
          formula: cell.formula,
          value: cell.value,
        })
      );
    });
  }
  const sheets = sheetLookup(snapshot.sheets as readonly SheetSnapshot[]);
  const memo = new Map<string, Scalar>();
  const visiting = new Set<string>();
  const lookup = (sheet: string | null, row: number, col: number): Scalar => {
    if (sheet !== null) {
      if (sheet === pack.sheetName)
        throw new Error("pack formulas must refer to their own sheet without its name");
      return sheets(sheet, row, col);
    }
    const key = `${row}:${col}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const cell = own.get(key);
    if (!cell) return null;
    if (cell.formula === null) return cell.value;
    if (visiting.has(key)) throw new Error(`circular reference at ${a1(row, col)}`);
    visiting.add(key);
    const v = evaluateFormula(cell.formula, lookup);
    visiting.delete(key);
    memo.set(key, v);
    return v;
  };
  const out: FormulaCheck[] = [];
  for (const t of pack.tables) {
    t.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        if (cell.formula === null) return;
        out.push({
          where: `${t.name} "${row.label}" / ${t.columns[c + 1]} (${a1(t.at.row + 2 + r, t.at.col + 1 + c)})`,
          formula: cell.formula,
          value: cell.value,
          evaluated: lookup(null, t.at.row + 2 + r, t.at.col + 1 + c),
        });
      });
    });
  }
  return out;
}

/** The checks whose formula does not give the cell's value (null <-> ""; numbers to 1e-9 relative). */
export function mismatches(checks: readonly FormulaCheck[]): string[] {
  return checks
    .filter((c) => {
      if (c.value === null) return c.evaluated !== "";
      if (typeof c.evaluated !== "number" || isError(c.evaluated)) return true;
      return Math.abs(c.evaluated - c.value) > 1e-9 * Math.max(1, Math.abs(c.value));
    })
    .map(
      (c) =>
        `${c.where}: value ${c.value}, formula gives ${JSON.stringify(c.evaluated)} (${c.formula.slice(0, 200)})`
    );
}

// ---------------------------------------------------------------------------------------------
// Editing the sample
// ---------------------------------------------------------------------------------------------

export function withoutSheets(snapshot: WorkbookSnapshot, ...names: string[]): WorkbookSnapshot {
  return { ...snapshot, sheets: snapshot.sheets.filter((s) => !names.includes(s.name)) };
}

/** A copy with `edit` applied to every data row of a sheet (row arrays are copies). */
export function editRows(
  snapshot: WorkbookSnapshot,
  sheet: string,
  edit: (cells: CellValue[], rowIndex: number) => CellValue[] | null
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values: CellValue[][] = [];
      s.values.forEach((r, i) => {
        if (i === 0) values.push([...r]);
        else {
          const edited = edit([...r], i);
          if (edited) values.push(edited);
        }
      });
      return { ...s, values };
    }),
  };
}

export function renameSheet(
  snapshot: WorkbookSnapshot,
  from: string,
  to: string
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => (s.name === from ? { ...s, name: to } : s)),
  };
}

/** Moves a sheet's used range so it starts at (row, col), as a workbook with title rows would. */
export function moveSheet(
  snapshot: WorkbookSnapshot,
  name: string,
  row: number,
  col: number
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => (s.name === name ? { ...s, origin: { row, col } } : s)),
  };
}
