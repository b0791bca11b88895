/**
 * A table being built at its place on the pack sheet: it hands out the A1 address of each of its
 * cells so formulas can refer to cells of the same table (totals, run rates, running sums).
 */
import { a1 } from "../../workbook/a1";
import type { Result } from "../result";
import type { Expr } from "./expr";
import { formulaOf } from "./expr";
import type {
  PackCell,
  PackCellAddress,
  PackFormat,
  PackRow,
  PackRowRole,
  PackTable,
  PackTableName,
} from "./model";

export class TableDraft {
  private readonly rows: PackRow[] = [];

  constructor(
    readonly name: PackTableName,
    readonly title: string,
    /** Header labels including the label column. */
    readonly columns: readonly string[],
    readonly at: PackCellAddress
  ) {}

  /** Number of rows added so far: the index the next row gets. */
  get size(): number {
    return this.rows.length;
  }

  /** Relative A1 of data row r, value column c (0 = the first column after the labels). */
  ref(r: number, c: number): string {
    return a1(this.at.row + 2 + r, this.at.col + 1 + c);
  }

  /** "B5:B9": value column c over data rows r1..r2. */
  colRange(c: number, r1: number, r2: number): string {
    return r1 === r2 ? this.ref(r1, c) : `${this.ref(r1, c)}:${this.ref(r2, c)}`;
  }

  /** "D5:E5": value columns c1..c2 of data row r. */
  rowRange(r: number, c1: number, c2: number): string {
    return c1 === c2 ? this.ref(r, c1) : `${this.ref(r, c1)}:${this.ref(r, c2)}`;
  }

  /** The cell already added at data row r, value column c. */
  cellAt(r: number, c: number): PackCell {
    return this.rows[r].cells[c];
  }

  /** SUM of value column c over data rows first..last, with its value. */
  sumColumn(c: number, first: number, last: number, format: PackFormat): PackCell {
    const values: (number | null)[] = [];
    for (let r = first; r <= last; r++) values.push(this.rows[r].cells[c].value);
    return { value: total(values), formula: `=SUM(${this.colRange(c, first, last)})`, format };
  }

  /** For every value column, the SUM of rows first..last. */
  sumRows(first: number, last: number, format: PackFormat): PackCell[] {
    return this.columns.slice(1).map((_, c) => this.sumColumn(c, first, last, format));
  }

  /** For every value column, the sum of the given rows (not contiguous): =B5+B9+B12. */
  addRows(rows: readonly number[], format: PackFormat): PackCell[] {
    return this.columns.slice(1).map((_, c) => ({
      value: total(rows.map((r) => this.rows[r].cells[c].value)),
      formula: `=${rows.map((r) => this.ref(r, c)).join("+")}`,
      format,
    }));
  }

  add(label: string, role: PackRowRole, cells: readonly PackCell[]): number {
    if (cells.length !== this.columns.length - 1) {
      throw new Error(
        `${this.name} row "${label}" has ${cells.length} cells for ${this.columns.length - 1} columns`
      );
    }
    this.rows.push({ label, role, cells });
    return this.rows.length - 1;
  }

  build(sources: readonly string[]): PackTable {
    return {
      name: this.name,
      title: this.title,
      columns: this.columns,
      rows: this.rows,
      sources,
      at: this.at,
    };
  }
}

export const cell = (value: number | null, expr: Expr, format: PackFormat): PackCell => ({
  value,
  formula: formulaOf(expr),
  format,
});
export const emptyCell = (format: PackFormat): PackCell => ({ value: null, formula: null, format });

/** A metric's number, or null where it has none (division by zero): the formulas show "" there. */
export function metricValue(result: Result<number, unknown>): number | null {
  return result.ok ? result.value : null;
}

/** Sum of values treating null as 0, as SUM does over blanks. */
export function total(values: readonly (number | null)[]): number {
  let s = 0;
  for (const v of values) s += v ?? 0;
  return s;
}

/** Headers made unique (case-insensitively), as Excel tables require: "Total" org -> "Total (org)". */
export function uniqueHeaders(
  fixedBefore: readonly string[],
  orgs: readonly string[],
  fixedAfter: readonly string[] = []
): string[] {
  const used = new Set([...fixedBefore, ...fixedAfter].map((h) => h.toLowerCase()));
  const out = orgs.map((org) => {
    let h = org === "" ? "(blank)" : org;
    if (used.has(h.toLowerCase())) h = `${h} (org)`;
    let n = 2;
    const stem = h;
    while (used.has(h.toLowerCase())) h = `${stem} ${n++}`;
    used.add(h.toLowerCase());
    return h;
  });
  return [...fixedBefore, ...out, ...fixedAfter];
}
