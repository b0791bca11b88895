/** The add-in's sheet marker (see src/workbook/ownership.ts) over an ExcelJS workbook. */
import type ExcelJS from "exceljs";
import {
  ownerNameFor,
  ownerReference,
  referencesSheet,
  sameSheetName,
} from "../workbook/ownership";

interface DefinedNameModel {
  readonly name: string;
  readonly ranges: readonly string[];
}

function nameModels(wb: ExcelJS.Workbook): DefinedNameModel[] {
  return (wb.definedNames as unknown as { model: DefinedNameModel[] }).model;
}

export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => sameSheetName(ws.name, name));
}

/** True when the sheet exists and its owner name (for this marker) refers to it. */
export function isOwnedSheet(wb: ExcelJS.Workbook, sheetName: string, marker: string): boolean {
  const ws = findSheet(wb, sheetName);
  if (!ws) return false;
  const ownerName = ownerNameFor(ws.name, marker);
  const entry = nameModels(wb).find((n) => n.name === ownerName);
  return entry !== undefined && entry.ranges.some((r) => referencesSheet(r, ws.name));
}

export function removeOwnerName(wb: ExcelJS.Workbook, sheetName: string, marker: string): void {
  const ownerName = ownerNameFor(sheetName, marker);
  const models = nameModels(wb);
  if (models.some((n) => n.name === ownerName)) {
    (wb.definedNames as unknown as { model: DefinedNameModel[] }).model = models.filter(
      (n) => n.name !== ownerName
    );
  }
}

export function markOwned(wb: ExcelJS.Workbook, sheetName: string, marker: string): void {
  removeOwnerName(wb, sheetName, marker);
  wb.definedNames.add(ownerReference(sheetName), ownerNameFor(sheetName, marker));
}
