/**
 * Turns a write plan into the snapshot a workbook would give after the plan is applied to an
 * empty workbook: block cells at their addresses, formulas as their cached values.
 */
import type { WritePlan } from "../../../src/workbook/plan";
import { isFormulaCell } from "../../../src/workbook/plan";
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { parseA1 } from "../../../src/workbook/a1";

export function planToSnapshot(plan: WritePlan, source = "plan"): WorkbookSnapshot {
  return {
    source,
    sheets: plan.sheets.map((sheet) => {
      const values: CellValue[][] = [];
      for (const block of sheet.blocks) {
        const at = parseA1(block.at);
        if (!at) throw new Error(`bad block address ${block.at}`);
        block.rows.forEach((cells, i) => {
          const row = (values[at.row + i] ??= []);
          cells.forEach((cell, j) => {
            while (row.length < at.col + j) row.push(null);
            row[at.col + j] = isFormulaCell(cell) ? (cell.value ?? null) : cell;
          });
        });
      }
      for (let i = 0; i < values.length; i++) values[i] ??= [];
      return { name: sheet.name, origin: { row: 0, col: 0 }, values };
    }),
  };
}
