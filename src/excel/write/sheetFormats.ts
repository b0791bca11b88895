/** Formats, drop-down lists, column widths and frozen panes of a plan sheet, queued without a sync. */
import type { RangeFormat, SheetPlan } from "../../workbook/plan";
import { parseRange, type CellRect } from "../../workbook/rangeRef";
import {
  LIST_SHEET_NAME,
  listRangeReference,
  type PlacedValidation,
} from "../../workbook/validationLists";
import { widthInPoints } from "../officeValues";

export function rectOrThrow(sheet: string, range: string, what: string): CellRect {
  const rect = parseRange(range);
  if (!rect) throw new Error(`Sheet "${sheet}": ${what} range "${range}" is not an A1 range.`);
  return rect;
}

const ALIGNMENT = { left: "Left", center: "Center", right: "Right" } as const;

export function applyFormat(sheet: Excel.Worksheet, name: string, format: RangeFormat): void {
  const rect = rectOrThrow(name, format.range, "format");
  const range = sheet.getRange(format.range);
  if (format.numberFormat !== undefined) {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    range.numberFormat = Array.from({ length: rows }, () =>
      Array<string>(cols).fill(format.numberFormat as string)
    );
  }
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.wrapText !== undefined) range.format.wrapText = format.wrapText;
  if (format.horizontalAlignment !== undefined)
    range.format.horizontalAlignment = ALIGNMENT[format.horizontalAlignment];
}

/** A drop-down list; sheet-held lists refer to the list sheet by the name it has when this runs. */
export function applyValidation(
  sheet: Excel.Worksheet,
  name: string,
  v: PlacedValidation,
  listSheetName: string | null
): void {
  rectOrThrow(name, v.range, "validation");
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
