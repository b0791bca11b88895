/**
 * Turns a write plan into the snapshot a workbook would give after the plan is applied to an
 * empty workbook: block cells at their addresses, formulas as their cached values.
 */
import type { WritePlan } from "../../../src/workbook/plan";
import { isFormulaCell } from "../../../src/workbook/plan";
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { planCells } from "../../support/planCells";

export function planToSnapshot(plan: WritePlan, source = "plan"): WorkbookSnapshot {
  return {
    source,
    sheets: plan.sheets.map((sheet) => {
      const values: CellValue[][] = [];
      for (const { row: r, col, cell } of planCells(sheet)) {
        const row = (values[r] ??= []);
        while (row.length < col) row.push(null);
        row[col] = isFormulaCell(cell) ? (cell.value ?? null) : cell;
      }
      for (let i = 0; i < values.length; i++) values[i] ??= [];
      return { name: sheet.name, origin: { row: 0, col: 0 }, values };
    }),
  };
}
