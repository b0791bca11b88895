/**
 * A plan's addresses checked before anything is written, so a bad plan fails with a message that
 * names the sheet and the address, and never half-way through a write.
 */
import type { SheetPlan, WritePlan } from "../../workbook/plan";
import { parseA1 } from "../../workbook/a1";
import { parseRange, type CellRect } from "../../workbook/rangeRef";

export function rectOrThrow(sheet: string, range: string, what: string): CellRect {
  const rect = parseRange(range);
  if (!rect) throw new Error(`Sheet "${sheet}": ${what} range "${range}" is not an A1 range.`);
  return rect;
}

function checkSheet(sheet: SheetPlan): void {
  for (const block of sheet.blocks)
    if (!parseA1(block.at))
      throw new Error(`Sheet "${sheet.name}": block address "${block.at}" is not a cell.`);
  for (const format of sheet.formats ?? []) rectOrThrow(sheet.name, format.range, "format");
  for (const table of sheet.tables ?? [])
    rectOrThrow(sheet.name, table.range, `table ${table.name}`);
  for (const v of sheet.validations ?? []) rectOrThrow(sheet.name, v.range, "validation");
  for (const chart of sheet.charts ?? []) {
    rectOrThrow(sheet.name, chart.dataRange, `chart ${chart.name}`);
    if (!parseA1(chart.at))
      throw new Error(
        `Sheet "${sheet.name}": chart ${chart.name} position "${chart.at}" is not a cell.`
      );
    for (const s of chart.series ?? [])
      rectOrThrow(sheet.name, s.values, `chart ${chart.name} series`);
    if (chart.categories)
      rectOrThrow(sheet.name, chart.categories, `chart ${chart.name} categories`);
  }
}

export function checkPlan(plan: WritePlan): void {
  plan.sheets.forEach(checkSheet);
}
