/**
 * Applies a WritePlan to an ExcelJS workbook in memory: the same plan the Office.js adapter
 * applies in Excel, with the same sheet-ownership and drop-down-list conventions.
 *
 * ExcelJS cannot write native charts. A plan's charts are recorded in the outcome (their data is
 * on the sheet already) and handed to the ChartWriter seam in writePlan.ts, where issue 4's
 * chart-XML writer plugs in.
 */
import type ExcelJS from "exceljs";
import type { ChartPlan, PlanCell, RangeFormat, SheetPlan, WritePlan } from "../workbook/plan";
import { isFormulaCell } from "../workbook/plan";
import { a1, parseA1 } from "../workbook/a1";
import { candidateSheetNames, chooseSheetTarget, type SheetTarget } from "../workbook/ownership";
import {
  LIST_SHEET_MARKER,
  LIST_SHEET_NAME,
  listRangeReference,
  placeValidationLists,
  type PlacedValidation,
} from "../workbook/validationLists";
import { addFilePrefixes } from "./formulaPrefixes";
import { findSheet, isOwnedSheet, markOwned, removeOwnerName } from "./ownership";
import { addTable, chooseTableNames, PlanError, rectOf, type PlacedSheet } from "./tables";

export { PlanError };

export interface PlacedChart {
  readonly sheet: string;
  readonly chart: ChartPlan;
}

export interface ApplyOutcome {
  /** Names of the sheets written, after any renaming to avoid the user's own sheets. */
  readonly sheets: readonly string[];
  readonly messages: readonly string[];
  /** Charts the plan asked for; ExcelJS writes their data only. */
  readonly charts: readonly PlacedChart[];
}

const ERROR_RESULT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}

function cachedResult(value: unknown): ExcelJS.CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && ERROR_RESULT.test(value))
    return { error: value } as ExcelJS.CellErrorValue;
  return value as string | boolean;
}

function excelJsValue(cell: PlanCell): ExcelJS.CellValue | undefined {
  if (isFormulaCell(cell)) {
    const formula = addFilePrefixes(cell.formula.replace(/^=/, ""));
    const result = cachedResult(cell.value);
    return (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
  }
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === "number" && !Number.isFinite(cell)) return undefined;
  return cell;
}

function writeBlocks(ws: ExcelJS.Worksheet, plan: SheetPlan): boolean {
  let wroteFormula = false;
  for (const block of plan.blocks) {
    const at = parseA1(block.at);
    if (!at)
      throw new PlanError(`Sheet "${plan.name}": block address "${block.at}" is not a cell.`);
    block.rows.forEach((cells, r) => {
      const row = ws.getRow(at.row + r + 1);
      cells.forEach((cell, c) => {
        const value = excelJsValue(cell);
        if (value === undefined) return;
        if (isFormulaCell(cell)) wroteFormula = true;
        row.getCell(at.col + c + 1).value = value;
      });
    });
  }
  return wroteFormula;
}

/**
 * ExcelJS copies a formula's parts only when they are truthy, so a cached result of 0, "" or
 * FALSE is silently dropped (on assignment and again when a table re-sets its cells) and viewers
 * that do not recalculate show a blank. Put those results back on the cell's model last.
 */
function restoreFalsyResults(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    const at = parseA1(block.at);
    if (!at) continue;
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (!isFormulaCell(cell)) return;
        const result = cachedResult(cell.value);
        if (result !== 0 && result !== "" && result !== false) return;
        const target = ws.getRow(at.row + r + 1).getCell(at.col + c + 1) as unknown as {
          _value?: { model?: { formula?: string; result?: unknown } };
        };
        const model = target._value?.model;
        if (model && model.formula !== undefined) model.result = result;
      })
    );
  }
}

function applyFormat(ws: ExcelJS.Worksheet, sheet: string, format: RangeFormat): void {
  const rect = rectOf(sheet, format.range, "format");
  const fontChange: Partial<ExcelJS.Font> = {};
  if (format.bold !== undefined) fontChange.bold = format.bold;
  if (format.italic !== undefined) fontChange.italic = format.italic;
  if (format.fontColor !== undefined) fontChange.color = { argb: argb(format.fontColor) };
  if (format.fontSize !== undefined) fontChange.size = format.fontSize;
  const hasFont = Object.keys(fontChange).length > 0;
  const alignChange: Partial<ExcelJS.Alignment> = {};
  if (format.horizontalAlignment !== undefined) alignChange.horizontal = format.horizontalAlignment;
  if (format.wrapText !== undefined) alignChange.wrapText = format.wrapText;
  const hasAlign = Object.keys(alignChange).length > 0;
  const fill: ExcelJS.Fill | undefined =
    format.fill === undefined
      ? undefined
      : { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };

  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = row.getCell(c + 1);
      // New objects every time: ExcelJS shares style objects between cells made from one row style.
      if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
      if (hasFont) cell.font = { ...(cell.font ?? {}), ...fontChange };
      if (hasAlign) cell.alignment = { ...(cell.alignment ?? {}), ...alignChange };
      if (fill) cell.fill = { ...fill };
    }
  }
}

function addValidation(
  ws: ExcelJS.Worksheet,
  sheet: string,
  v: PlacedValidation,
  listSheet: string | null
): void {
  rectOf(sheet, v.range, "validation");
  const formula =
    v.source.kind === "inline"
      ? `"${v.source.text}"`
      : listRangeReference(listSheet ?? LIST_SHEET_NAME, v.source.column, v.source.count);
  // A warning, not a stop: the validator accepts aliases ("Nursing & Midwifery") the list does not show.
  (
    ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations.add(v.range.replace(/\$/g, ""), {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Not in the list",
    error: "This value is not one of the template's values. Keep it only if you are sure.",
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
  });
}

/** Where a plan sheet goes in this workbook: its own name, or "<name> (n)" beside a user's sheet. */
function targetFor(wb: ExcelJS.Workbook, desired: string, marker: string | undefined): SheetTarget {
  const slots = candidateSheetNames(desired).map((name) => {
    const ws = findSheet(wb, name);
    return {
      name: ws?.name ?? name,
      exists: ws !== undefined,
      owned: marker !== undefined && isOwnedSheet(wb, name, marker),
    };
  });
  return chooseSheetTarget(desired, slots);
}

/** Makes the target sheet, replacing the add-in's own sheet of that name in the same tab position. */
function makeSheet(
  wb: ExcelJS.Workbook,
  target: Extract<SheetTarget, { ok: true }>,
  marker: string | undefined
): ExcelJS.Worksheet {
  const old = target.replaces ? findSheet(wb, target.name) : undefined;
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) {
    if (marker !== undefined) removeOwnerName(wb, old.name, marker);
    wb.removeWorksheet(old.id);
  }
  const ws = wb.addWorksheet(target.name);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  if (marker !== undefined) markOwned(wb, target.name, marker);
  return ws;
}

function mustTarget(target: SheetTarget): Extract<SheetTarget, { ok: true }> {
  if (!target.ok) throw new PlanError(target.message);
  return target;
}

function activate(wb: ExcelJS.Workbook, active: ExcelJS.Worksheet): void {
  for (const ws of wb.worksheets) {
    const views = ws.views && ws.views.length > 0 ? ws.views : [{}];
    ws.views = views.map((v, i) =>
      i === 0 ? { ...v, tabSelected: ws === active } : v
    ) as ExcelJS.WorksheetView[];
  }
  const index = wb.worksheets.indexOf(active);
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 12000,
      height: 9000,
      firstSheet: 0,
      activeTab: Math.max(0, index),
      visibility: "visible",
    },
  ];
}

export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WritePlan): ApplyOutcome {
  const messages: string[] = [];
  const written: string[] = [];
  const charts: PlacedChart[] = [];
  const placement = placeValidationLists(plan);
  let wroteFormula = false;
  let toActivate: ExcelJS.Worksheet | null = null;

  // The list sheet's final name is needed by the rules that refer to it, so it is chosen first;
  // the sheet itself is made last, so it sits after the plan's sheets.
  const listTarget =
    placement.sheetColumns.length > 0
      ? mustTarget(targetFor(wb, LIST_SHEET_NAME, LIST_SHEET_MARKER))
      : null;
  const listSheet = listTarget?.name ?? null;
  if (listTarget?.message) messages.push(listTarget.message);

  // Every sheet's place and every table's name are settled before the first change, so a plan
  // that cannot be applied (no free sheet or table name) leaves the workbook as it was.
  const targets = plan.sheets.map((sheetPlan) => {
    const target = mustTarget(targetFor(wb, sheetPlan.name, sheetPlan.ownerMarker));
    if (target.message) messages.push(target.message);
    return target;
  });
  const placed: PlacedSheet[] = plan.sheets.map((sheetPlan, i) => ({
    plan: sheetPlan,
    name: targets[i].name,
    replaces: targets[i].replaces ? findSheet(wb, targets[i].name) : undefined,
  }));
  const tableNames = chooseTableNames(wb, placed, messages);

  plan.sheets.forEach((sheetPlan, i) => {
    const target = targets[i];
    const ws = makeSheet(wb, target, sheetPlan.ownerMarker);
    const name = target.name;
    if (writeBlocks(ws, sheetPlan)) wroteFormula = true;
    for (const format of sheetPlan.formats ?? []) applyFormat(ws, name, format);
    for (const { col, width } of sheetPlan.columnWidths ?? []) ws.getColumn(col + 1).width = width;
    if (sheetPlan.freeze && (sheetPlan.freeze.rows > 0 || sheetPlan.freeze.cols > 0)) {
      const { rows, cols } = sheetPlan.freeze;
      ws.views = [
        {
          state: "frozen",
          xSplit: cols,
          ySplit: rows,
          topLeftCell: a1(rows, cols),
          activeCell: a1(rows, cols),
        },
      ];
    }
    (sheetPlan.tables ?? []).forEach((table, t) => addTable(ws, name, table, tableNames[i][t]));
    restoreFalsyResults(ws, sheetPlan);
    for (const v of placement.bySheet[i]) addValidation(ws, name, v, listSheet);
    for (const chart of sheetPlan.charts ?? []) charts.push({ sheet: name, chart });
    if (sheetPlan.activate) toActivate = ws;
    written.push(name);
  });

  if (listTarget) {
    const ws = makeSheet(wb, listTarget, LIST_SHEET_MARKER);
    placement.sheetColumns.forEach((values, c) =>
      values.forEach((v, r) => (ws.getRow(r + 1).getCell(c + 1).value = v))
    );
    ws.state = "hidden";
    written.push(listTarget.name);
  }
  if (toActivate) activate(wb, toActivate);
  // Cached results are stored for viewers that do not calculate; Excel recalculates on open anyway.
  if (wroteFormula) wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
  return { sheets: written, messages, charts };
}
