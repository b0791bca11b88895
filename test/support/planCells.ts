/**
 * The cells a sheet plan writes, laid out at their addresses: what a workbook holds after the
 * plan is applied to an empty sheet. Tests read plans through this rather than walking blocks.
 */
import { parseA1 } from "../../src/workbook/a1";
import type { PlanCell, SheetPlan } from "../../src/workbook/plan";

export interface PlacedCell {
  /** Zero-based row and column on the plan's sheet. */
  readonly row: number;
  readonly col: number;
  readonly cell: PlanCell;
}

/** Every cell of every block, in block order (a later block overwrites an earlier one). */
export function planCells(sheet: SheetPlan): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    if (!at) throw new Error(`bad block address ${block.at} on ${sheet.name}`);
    block.rows.forEach((cells, i) =>
      cells.forEach((cell, j) => out.push({ row: at.row + i, col: at.col + j, cell }))
    );
  }
  return out;
}
