/**
 * A workbook evaluated by HyperFormula (a maintained spreadsheet engine, GPL-3.0, a dev
 * dependency used by tests only): the snapshot's sheets as values, then the write plan's sheets
 * with their formulas, so a test can check that every formula the plan writes computes the value
 * the plan stores beside it.
 *
 * How the snapshot becomes cells, and why:
 * - every text is written as text (HyperFormula's leading-apostrophe form), as Excel holds it: a
 *   label such as "Oct 23", "12" or "4,061.6" must not turn into a date or a number, nor "=x"
 *   into a formula;
 * - "" is a blank cell, as the snapshot defines it (Office.js reports empty cells as "");
 * - a sheet's values sit at its origin; formulas of the snapshot are not evaluated again, their
 *   values are the data the plan's formulas read.
 * Where HyperFormula and Excel differ on what the pack writes, see excelDialect.ts (SUMIFS text
 * criteria, "" in arithmetic) and REFUSED_FUNCTIONS below; `_xlfn.` prefixes of formulas read
 * from files are removed, as Excel shows them. Whole-column references and quoted sheet names
 * (spaces, apostrophes) need nothing: HyperFormula reads them as Excel does.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { a1, quoteSheet } from "../../../src/workbook/a1";
import { isFormulaCell, type PlanCell, type WritePlan } from "../../../src/workbook/plan";
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { stripFilePrefixes } from "../../../src/xlsx/formulaPrefixes";
import { planCells } from "../planCells";
import { excelFunctionPlugins } from "./excelDialect";
import { functionsCalled } from "./formulaText";

export type FormulaError = { readonly error: string; readonly message: string };
export type FormulaValue = number | string | boolean | null | FormulaError;

export const isFormulaError = (v: unknown): v is FormulaError =>
  typeof v === "object" && v !== null && "error" in v;

/** A formula the plan writes, the value the plan stores with it and the value computed. */
export interface EvaluatedFormula {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly stored: CellValue | undefined;
  readonly computed: FormulaValue;
}

export interface FormulaWorkbook {
  valueAt(sheet: string, row: number, col: number): FormulaValue;
  /** The other sheets a cell's formula reads, as HyperFormula resolved its references. */
  sheetsRead(sheet: string, row: number, col: number): string[];
  /** Every formula of the plan, evaluated, in plan order. */
  readonly planFormulas: readonly EvaluatedFormula[];
}

/**
 * Functions whose HyperFormula version does not compute what Excel does for the formats a
 * workbook uses (TEXT: "#,##0.0" gives "1235,##0.0"). A formula calling one is refused.
 */
export const REFUSED_FUNCTIONS: ReadonlySet<string> = new Set(["TEXT"]);

const ENGINE_CONFIG = {
  licenseKey: "gpl-v3",
  functionPlugins: excelFunctionPlugins(),
  // Excel's criteria tell "é" from "e"; HyperFormula ignores accents unless told not to.
  accentSensitive: true,
  // The stored values are compared to 1e-9 relative: no rounding of results before that.
  smartRounding: false,
  maxRows: 1_048_576,
  maxColumns: 16_384,
};

/** A snapshot or plan value as HyperFormula cell content. */
function contentOf(value: CellValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null || value === "") return null;
  return typeof value === "string" ? `'${value}` : value;
}

function planContent(cell: PlanCell): string | number | boolean | null {
  if (!isFormulaCell(cell)) return contentOf(cell);
  const formula = stripFilePrefixes(cell.formula);
  const refused = functionsCalled(formula).filter((f) => REFUSED_FUNCTIONS.has(f));
  if (refused.length > 0)
    throw new Error(
      `${formula} calls ${refused.join(", ")}, which HyperFormula computes unlike Excel`
    );
  return formula;
}

function valueOf(v: unknown): FormulaValue {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
  return v as FormulaValue;
}

type Content = string | number | boolean | null;

/**
 * Which snapshot sheets to load: those a plan formula names (all of them without a plan). A
 * formula reads only sheets it names, and the sample's 26,000-row Staff sheet, which no pack
 * formula reads, would take HyperFormula seconds to load. A sheet left out that a formula did
 * read would show as #REF!, never as a silent pass.
 */
function sheetsNamed(plan: WritePlan): (name: string) => boolean {
  const formulas = plan.sheets
    .flatMap((s) => planCells(s).map((p) => p.cell))
    .filter(isFormulaCell)
    .map((c) => c.formula.toLowerCase());
  if (formulas.length === 0) return () => true;
  return (name) => {
    const refs = [`${quoteSheet(name)}!`, `'${name.replace(/'/g, "''")}'!`].map((r) =>
      r.toLowerCase()
    );
    return formulas.some((f) => refs.some((r) => f.includes(r)));
  };
}

/** Puts a cell into a sheet's grid, growing the rows (Excel's sheets start at A1). */
function put(grid: Content[][], row: number, col: number, content: Content): void {
  for (let r = grid.length; r <= row; r++) grid.push([]);
  const cells = grid[row];
  for (let c = cells.length; c < col; c++) cells.push(null);
  cells[col] = content;
}

export function formulaWorkbook(
  snapshot: WorkbookSnapshot,
  plan: WritePlan = { sheets: [] }
): FormulaWorkbook {
  const grids = new Map<string, Content[][]>();
  const planned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const read = sheetsNamed(plan);
  for (const sheet of snapshot.sheets) {
    if (planned.has(sheet.name.toLowerCase()) || !read(sheet.name)) continue;
    const grid: Content[][] = [];
    sheet.values.forEach((cells, i) =>
      cells.forEach((v, j) => put(grid, sheet.origin.row + i, sheet.origin.col + j, contentOf(v)))
    );
    grids.set(sheet.name, grid);
  }
  const written: Omit<EvaluatedFormula, "computed">[] = [];
  for (const sheet of plan.sheets) {
    const grid: Content[][] = [];
    for (const { row, col, cell } of planCells(sheet)) {
      put(grid, row, col, planContent(cell));
      if (isFormulaCell(cell))
        written.push({ sheet: sheet.name, row, col, formula: cell.formula, stored: cell.value });
    }
    grids.set(sheet.name, grid);
  }
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(grids), ENGINE_CONFIG);
  const idOf = (name: string): number => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet "${name}"`);
    return id;
  };

  const valueAt = (sheet: string, row: number, col: number) =>
    valueOf(hf.getCellValue({ sheet: idOf(sheet), row, col }));
  const planFormulas = written.map((w) => {
    const computed = valueAt(w.sheet, w.row, w.col);
    if (isFormulaError(computed) && (computed.error === "#ERROR!" || computed.error === "#NAME?")) {
      const at = `${quoteSheet(w.sheet)}!${a1(w.row, w.col)}`;
      const why = computed.message.split("\n")[0];
      throw new Error(`HyperFormula cannot evaluate ${at} ${w.formula}: ${why}`);
    }
    return { ...w, computed };
  });
  return {
    valueAt,
    planFormulas,
    sheetsRead: (sheet, row, col) => {
      const own = idOf(sheet);
      const ids = hf
        .getCellPrecedents({ sheet: own, row, col })
        .map((p) => ("start" in p ? p.start.sheet : p.sheet))
        .filter((id) => id !== own);
      return [...new Set(ids)].map((id) => hf.getSheetName(id) ?? `#${id}`);
    },
  };
}
