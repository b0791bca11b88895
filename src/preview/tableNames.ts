/**
 * The preview's side of the shared table-name policy (src/workbook/tableNames.ts): what names its
 * in-memory workbook holds, as Excel would count them, and the names a plan's tables get.
 */
import type { TablePlan } from "../workbook/plan";
import { ownerNameFor } from "../workbook/ownership";
import { chooseTableName, takenNames } from "../workbook/tableNames";
import type { SheetGrid } from "./sheetGrid";

/**
 * The names a new table may not take: every table, the workbook's defined names, and the
 * add-in's owner markers (defined names in Excel, a sheet property here). The sheet at
 * `replaced` is about to go, and its names with it.
 */
function namesInUse(
  sheets: readonly SheetGrid[],
  replaced: number,
  definedNames: readonly string[]
): Set<string> {
  const names: string[] = [...definedNames];
  sheets.forEach((sheet, i) => {
    if (i === replaced) return;
    for (const table of sheet.tables) names.push(table.name);
    if (sheet.ownerMarker !== undefined) names.push(ownerNameFor(sheet.name, sheet.ownerMarker));
  });
  return new Set(takenNames(names));
}

/**
 * The plan's tables for the sheet `sheetName`, renamed where their names are taken. Throws the
 * policy's message when one has no free name; the caller has changed nothing by then.
 */
export function nameTables(
  tables: readonly TablePlan[],
  sheetName: string,
  workbook: {
    readonly sheets: readonly SheetGrid[];
    readonly replaced: number;
    readonly definedNames: readonly string[];
  },
  messages: string[]
): TablePlan[] {
  const taken = namesInUse(workbook.sheets, workbook.replaced, workbook.definedNames);
  return tables.map((table) => {
    const choice = chooseTableName(table.name, taken, sheetName);
    if (!choice.ok) throw new Error(choice.message);
    if (choice.message) messages.push(choice.message);
    taken.add(choice.name.toUpperCase());
    return choice.name === table.name ? table : { ...table, name: choice.name };
  });
}
