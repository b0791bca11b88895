/**
 * Applies a write plan in at most three syncs, whatever its size: (1) find which sheets, names
 * and tables already exist; (2) replace the add-in's own sheets and write every block's values
 * and formulas as whole 2-D arrays, with calculation suspended; (3) tables over them, then
 * formats, drop-down lists, column widths, frozen panes and charts.
 */
import type { ApplyResult, ReadProgress } from "../../workbook/host";
import type { SheetPlan, WritePlan } from "../../workbook/plan";
import { a1Range, parseA1 } from "../../workbook/a1";
import {
  LIST_SHEET_MARKER,
  LIST_SHEET_NAME,
  placeValidationLists,
} from "../../workbook/validationLists";
import type { ExcelSession } from "../session";
import { blockInput } from "../officeValues";
import { addChart } from "./charts";
import { chosenTarget, probeSlots, probeTables, replaceAndAdd } from "./placement";
import { applyFormat, applyLayout, applyValidation, rectOrThrow } from "./sheetFormats";

type Progress = (p: ReadProgress) => void;

interface Written {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly plan: SheetPlan;
  readonly index: number;
}

export async function applyPlan(
  context: Excel.RequestContext,
  _session: ExcelSession,
  plan: WritePlan,
  onProgress?: Progress
): Promise<ApplyResult> {
  const messages: string[] = [];
  const lists = placeValidationLists(plan);

  // Sync 1: what exists.
  onProgress?.({ stage: "Checking existing sheets", fraction: 0 });
  const listPlacement =
    lists.sheetColumns.length > 0 ? probeSlots(context, LIST_SHEET_NAME, LIST_SHEET_MARKER) : null;
  const placements = plan.sheets.map((s) => probeSlots(context, s.name, s.ownerMarker));
  const tableProbes = plan.sheets.map((s) =>
    (s.tables ?? []).map((t) => probeTables(context, t.name))
  );
  await context.sync();

  // Sync 2: sheets, values and formulas.
  onProgress?.({ stage: "Writing values and formulas", fraction: 1 / 3 });
  context.application.suspendApiCalculationUntilNextSync();
  const replaced = new Set<string>();
  // The list sheet's name is settled first (the rules refer to it); the sheet is added last.
  const listChosen = listPlacement ? chosenTarget(listPlacement) : null;
  const listSheetName = listChosen?.slot.name ?? null;
  if (listChosen?.message) messages.push(listChosen.message);
  if (listChosen?.slot.exists) replaced.add(listChosen.slot.name.toUpperCase());
  const written: Written[] = plan.sheets.map((sheetPlan, index) => {
    const chosen = chosenTarget(placements[index]);
    if (chosen.message) messages.push(chosen.message);
    if (chosen.slot.exists) replaced.add(chosen.slot.name.toUpperCase());
    const sheet = replaceAndAdd(context, placements[index], chosen);
    for (const block of sheetPlan.blocks) {
      const at = parseA1(block.at);
      if (!at)
        throw new Error(`Sheet "${sheetPlan.name}": block address "${block.at}" is not a cell.`);
      const { input, width } = blockInput(block.rows);
      if (input.length === 0 || width === 0) continue;
      sheet.getRange(
        a1Range(at.row, at.col, at.row + input.length - 1, at.col + width - 1)
      ).formulas = input;
    }
    return { sheet, name: chosen.slot.name, plan: sheetPlan, index };
  });
  if (listPlacement && listChosen) {
    const sheet = replaceAndAdd(context, listPlacement, listChosen);
    const height = lists.sheetColumns.reduce((h, c) => Math.max(h, c.length), 0);
    const rows = Array.from({ length: height }, (_, r) =>
      lists.sheetColumns.map((col) => (r < col.length ? col[r] : null))
    );
    sheet.getRangeByIndexes(0, 0, height, lists.sheetColumns.length).formulas =
      blockInput(rows).input;
    sheet.visibility = "Hidden";
  }
  await context.sync();

  // Sync 3: tables, formats, lists, layout, charts.
  onProgress?.({ stage: "Adding tables, formats and charts", fraction: 2 / 3 });
  context.application.suspendApiCalculationUntilNextSync();
  for (const { sheet, name, plan: sheetPlan, index } of written) {
    (sheetPlan.tables ?? []).forEach((table, t) => {
      const probes = tableProbes[index][t];
      // A table of that name on a sheet being replaced is gone now; elsewhere it is the user's.
      const free = probes.find(
        (p) => p.table.isNullObject || replaced.has(p.table.worksheet.name.toUpperCase())
      );
      if (!free)
        throw new Error(
          `Tables named "${table.name}" to "${table.name}_5" already exist; rename one and run again.`
        );
      if (free.name !== table.name) {
        messages.push(
          `A table named "${table.name}" already exists in the workbook, so the table on "${name}" is named "${free.name}".`
        );
      }
      rectOrThrow(name, table.range, `table ${table.name}`);
      const made = sheet.tables.add(table.range, true);
      made.name = free.name;
      made.style = table.style ?? "TableStyleMedium2";
    });
    for (const format of sheetPlan.formats ?? []) applyFormat(sheet, name, format);
    for (const v of lists.bySheet[index]) applyValidation(sheet, name, v, listSheetName);
    applyLayout(sheet, sheetPlan);
    for (const chart of sheetPlan.charts ?? []) addChart(sheet, chart);
    if (sheetPlan.activate) sheet.activate();
  }
  await context.sync();
  onProgress?.({ stage: "Written", fraction: 1 });
  const sheets = written.map((w) => w.name);
  return { sheets: listSheetName ? [...sheets, listSheetName] : sheets, messages };
}
