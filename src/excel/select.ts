/** Selecting a cell for the user, and telling the add-in's sheets from the user's. */
import { ownerNameFor, referencesSheet } from "../workbook/ownership";
import { errorCode, excelFailure } from "./excelErrors";

/** Activates the sheet and selects the range (A1 style; blank for the sheet alone): one sync. */
export async function selectRange(
  context: Excel.RequestContext,
  sheetName: string,
  address: string
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  if (address.trim() !== "") sheet.getRange(address).select();
  try {
    await context.sync();
  } catch (e) {
    const code = errorCode(e);
    if (code === "ItemNotFound")
      throw new Error(`There is no sheet named "${sheetName}" in this workbook any more.`);
    if (code === "InvalidArgument")
      throw new Error(`"${address}" is not a cell address on sheet ${sheetName}.`);
    throw excelFailure(e, `go to ${sheetName}!${address}`);
  }
}

/** True when the sheet exists and carries the add-in's marker; one sync. */
export async function isOwnedSheet(
  context: Excel.RequestContext,
  sheetName: string,
  marker: string
): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  const owner = context.workbook.names.getItemOrNullObject(ownerNameFor(sheetName, marker));
  owner.load("formula");
  await context.sync();
  return !sheet.isNullObject && !owner.isNullObject && referencesSheet(owner.formula, sheet.name);
}
