/** Formats, drop-down lists, column widths and frozen panes of a plan sheet, queued without a sync. */
import type { RangeFormat, SheetPlan } from "../../workbook/plan";
import {
  LIST_SHEET_NAME,
  listRangeReference,
  type PlacedValidation,
} from "../../workbook/validationLists";
import { widthInPoints } from "../officeValues";

const ALIGNMENT = { left: "Left", center: "Center", right: "Right" } as const;

/** Fonts, fills, alignment and wrapping; number formats travel with the cells (writeSheets.ts). */
export function applyFormat(sheet: Excel.Worksheet, format: RangeFormat): void {
  const { bold, italic, fontColor, fontSize, fill, wrapText, horizontalAlignment } = format;
  const styled = [bold, italic, fontColor, fontSize, fill, wrapText, horizontalAlignment];
  if (styled.every((v) => v === undefined)) return;
  const range = sheet.getRange(format.range);
  if (bold !== undefined) range.format.font.bold = bold;
  if (italic !== undefined) range.format.font.italic = italic;
  if (fontColor !== undefined) range.format.font.color = fontColor;
  if (fontSize !== undefined) range.format.font.size = fontSize;
  if (fill !== undefined) range.format.fill.color = fill;
  if (wrapText !== undefined) range.format.wrapText = wrapText;
  if (horizontalAlignment !== undefined)
    range.format.horizontalAlignment = ALIGNMENT[horizontalAlignment];
}

/** Queued operations applyFormat makes for one format, for the request budget. */
export function formatOperations(format: RangeFormat): number {
  const { bold, italic, fontColor, fontSize, fill, wrapText, horizontalAlignment } = format;
  return [bold, italic, fontColor, fontSize, fill, wrapText, horizontalAlignment].filter(
    (v) => v !== undefined
  ).length;
}

/** A drop-down list; sheet-held lists refer to the list sheet by its final name. */
export function applyValidation(
  sheet: Excel.Worksheet,
  v: PlacedValidation,
  listSheetName: string | null
): void {
  const source =
    v.source.kind === "inline"
      ? v.source.text
      : "=" + listRangeReference(listSheetName ?? LIST_SHEET_NAME, v.source.column, v.source.count);
  const range = sheet.getRange(v.range);
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  // A warning, not a stop: the validator accepts aliases the list does not show.
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Warning",
    title: "Not in the list",
    message: "This value is not one of the template's values. Keep it only if you are sure.",
  };
  if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: "", message: v.prompt };
}

export function applyLayout(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const { col, width } of plan.columnWidths ?? []) {
    sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth =
      widthInPoints(width);
  }
  const freeze = plan.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0)
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  else if (freeze && freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.cols > 0) sheet.freezePanes.freezeColumns(freeze.cols);
}
