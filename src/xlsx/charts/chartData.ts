/**
 * The numbers a native chart shows, read from the written sheet: series names, categories and
 * values with the A1 references the chart keeps, so Excel redraws the chart from the cells when
 * they recalculate and viewers that do not calculate still draw it from the cached copies.
 */
import ExcelJS from "exceljs";
import type { ChartPlan, ChartSeriesPlan } from "../../workbook/plan";
import { a1Range, quoteSheet } from "../../workbook/a1";
import { parseRange, type CellRect } from "../../workbook/rangeRef";

export interface ChartSeriesData {
  readonly name: string;
  /** "'LLR Pack Oct 23'!$A$42": the cell holding the series name. */
  readonly nameRef: string;
  /** One per category; null where the cell is blank or not a number (drawn as a gap). */
  readonly values: readonly (number | null)[];
  readonly valuesRef: string;
}

export interface ChartData {
  readonly categories: readonly string[];
  readonly categoriesRef: string;
  readonly series: readonly ChartSeriesData[];
  /** The number format of the first value cell, so the axis reads like the table ("£#,##0.0\"m\""). */
  readonly formatCode: string;
}

/**
 * What a cell shows: a formula's cached result, rich text as its text, a blank as null. A formula's
 * result is read with cell.result: cell.value drops a result of 0 (ExcelJS copies only truthy parts).
 */
export function shownValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result ?? null;
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v !== "object") return v;
  if (v instanceof Date) return v;
  if ("richText" in v)
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  if ("text" in v) return (v as { text: unknown }).text;
  if ("error" in v) return (v as { error: unknown }).error;
  return null;
}

function label(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function numberOrGap(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** "$B$3:$M$3" on the sheet: absolute, as Excel writes chart references. */
function absoluteRef(
  sheet: string,
  top: number,
  left: number,
  bottom: number,
  right: number
): string {
  const range = a1Range(top, left, bottom, right).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheet(sheet)}!${range}`;
}

export class ChartDataError extends Error {}

/** The cells of a one-row or one-column range, in order. */
function lineCells(
  sheet: string,
  chart: ChartPlan,
  range: string
): { cells: { row: number; col: number }[]; ref: string } {
  const rect = parseRange(range);
  if (!rect || (rect.top !== rect.bottom && rect.left !== rect.right)) {
    throw new ChartDataError(
      `Chart "${chart.title}" on "${sheet}": "${range}" is not a single row or column of cells.`
    );
  }
  const cells: { row: number; col: number }[] = [];
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) cells.push({ row: r, col: c });
  return { cells, ref: absoluteRef(sheet, rect.top, rect.left, rect.bottom, rect.right) };
}

/** The pack's charts name their categories and series exactly (one organisation's plan and actual rows are not next to each other). */
function chartDataFromSeries(
  ws: ExcelJS.Worksheet,
  sheet: string,
  chart: ChartPlan,
  plan: { readonly categories: string; readonly series: readonly ChartSeriesPlan[] }
): ChartData {
  const at = (p: { row: number; col: number }) => ws.getRow(p.row + 1).getCell(p.col + 1);
  const cats = lineCells(sheet, chart, plan.categories);
  let firstValue: ExcelJS.Cell | null = null;
  const series = plan.series.map((s): ChartSeriesData => {
    const name = lineCells(sheet, chart, s.nameCell);
    const values = lineCells(sheet, chart, s.values);
    if (values.cells.length !== cats.cells.length) {
      throw new ChartDataError(
        `Chart "${chart.title}" on "${sheet}": series "${s.name}" has ${values.cells.length} values for ${cats.cells.length} categories.`
      );
    }
    firstValue ??= values.cells.length > 0 ? at(values.cells[0]) : null;
    return {
      name: label(shownValue(at(name.cells[0]))) || s.name,
      nameRef: name.ref,
      values: values.cells.map((p) => numberOrGap(shownValue(at(p)))),
      valuesRef: values.ref,
    };
  });
  if (series.length === 0)
    throw new ChartDataError(`Chart "${chart.title}" on "${sheet}" has no series.`);
  return {
    categories: cats.cells.map((p) => label(shownValue(at(p)))),
    categoriesRef: cats.ref,
    series,
    formatCode: (firstValue as ExcelJS.Cell | null)?.numFmt || "General",
  };
}

/**
 * The chart's data from its named series, else from its range: with seriesBy "rows" the first row holds the categories and
 * each later row is a series named by its first cell; with "columns", the transpose.
 */
export function chartData(ws: ExcelJS.Worksheet, sheet: string, chart: ChartPlan): ChartData {
  if (chart.categories !== undefined && chart.series !== undefined) {
    return chartDataFromSeries(ws, sheet, chart, {
      categories: chart.categories,
      series: chart.series,
    });
  }
  const rect: CellRect | null = parseRange(chart.dataRange);
  if (!rect || rect.bottom - rect.top < 1 || rect.right - rect.left < 1) {
    throw new ChartDataError(
      `Chart "${chart.title}" on "${sheet}": its data range "${chart.dataRange}" needs a header row, a label column and at least one value.`
    );
  }
  const at = (r: number, c: number) => shownValue(ws.getRow(r + 1).getCell(c + 1));
  const byRows = chart.seriesBy === "rows";
  const catIndexes: number[] = [];
  const seriesIndexes: number[] = [];
  if (byRows) {
    for (let c = rect.left + 1; c <= rect.right; c++) catIndexes.push(c);
    for (let r = rect.top + 1; r <= rect.bottom; r++) seriesIndexes.push(r);
  } else {
    for (let r = rect.top + 1; r <= rect.bottom; r++) catIndexes.push(r);
    for (let c = rect.left + 1; c <= rect.right; c++) seriesIndexes.push(c);
  }
  const categories = catIndexes.map((i) =>
    byRows ? label(at(rect.top, i)) : label(at(i, rect.left))
  );
  const categoriesRef = byRows
    ? absoluteRef(sheet, rect.top, rect.left + 1, rect.top, rect.right)
    : absoluteRef(sheet, rect.top + 1, rect.left, rect.bottom, rect.left);
  const series = seriesIndexes.map((s): ChartSeriesData => {
    if (byRows) {
      return {
        name: label(at(s, rect.left)),
        nameRef: absoluteRef(sheet, s, rect.left, s, rect.left),
        values: catIndexes.map((c) => numberOrGap(at(s, c))),
        valuesRef: absoluteRef(sheet, s, rect.left + 1, s, rect.right),
      };
    }
    return {
      name: label(at(rect.top, s)),
      nameRef: absoluteRef(sheet, rect.top, s, rect.top, s),
      values: catIndexes.map((r) => numberOrGap(at(r, s))),
      valuesRef: absoluteRef(sheet, rect.top + 1, s, rect.bottom, s),
    };
  });
  const firstValue = ws.getRow(rect.top + 2).getCell(rect.left + 2);
  return { categories, categoriesRef, series, formatCode: firstValue.numFmt || "General" };
}
