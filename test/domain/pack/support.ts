/**
 * Shared fixtures of the pack tests: the sample workbook (seeds/llr-m7-sample.snapshot.json, built
 * by npm run seeds to agree with the published Month 7 pack; tests edit copies of it with
 * test/support/workbook), the pack's tables by name, and a check that evaluates every pack
 * formula with HyperFormula (test/support/formulas).
 */
import sampleJson from "../../../seeds/llr-m7-sample.snapshot.json";
import { a1 } from "../../../src/workbook/a1";
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { buildPack } from "../../../src/domain/pack/build";
import type { Pack, PackOptions, PackTable, PackTableName } from "../../../src/domain/pack/model";
import { packPlan } from "../../../src/domain/pack/plan";
import { agrees } from "../../support/formulas/agrees";
import { formulaWorkbook, type FormulaValue } from "../../support/formulas/formulaWorkbook";

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
  /** The value the plan stores with the formula ("" for a blank). */
  readonly value: CellValue | undefined;
  readonly evaluated: FormulaValue;
  /** The other sheets the formula reads, as HyperFormula resolved its references. */
  readonly reads: readonly string[];
}

/**
 * Evaluates every formula of the pack's write plan with HyperFormula, over the snapshot's sheets
 * and the pack sheet as the plan writes it (titles, headers, labels and formulas).
 */
export function evaluatePack(pack: Pack, snapshot: WorkbookSnapshot): FormulaCheck[] {
  const where = new Map<string, string>();
  for (const t of pack.tables)
    t.rows.forEach((row, r) =>
      row.cells.forEach((_, c) => {
        const at = a1(t.at.row + 2 + r, t.at.col + 1 + c);
        where.set(at, `${t.name} "${row.label}" / ${t.columns[c + 1]} (${at})`);
      })
    );
  const workbook = formulaWorkbook(snapshot, packPlan(pack));
  return workbook.planFormulas.map((f) => ({
    where: where.get(a1(f.row, f.col)) ?? `${f.sheet}!${a1(f.row, f.col)}`,
    formula: f.formula,
    value: f.stored,
    evaluated: f.computed,
    reads: workbook.sheetsRead(f.sheet, f.row, f.col),
  }));
}

/** The checks whose formula does not give the cell's value (numbers to 1e-9 relative, text equal). */
export function mismatches(checks: readonly FormulaCheck[]): string[] {
  return checks
    .filter((c) => !agrees(c.value, c.evaluated))
    .map(
      (c) =>
        `${c.where}: value ${JSON.stringify(c.value)}, formula gives ${JSON.stringify(c.evaluated)} (${c.formula.slice(0, 200)})`
    );
}
