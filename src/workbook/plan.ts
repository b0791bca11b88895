/**
 * The port's output: a declarative description of what to write. The domain builds plans; the
 * Office.js and ExcelJS adapters apply them. Nothing here knows how a workbook is written.
 */
import type { CellValue } from "./snapshot";

/** Cells to mark with the add-in's own conditional formats (see highlight.ts). */
export type { HighlightPlan } from "./highlight";

/** A formula with the value it computes, so file writers can store a cached result. */
export interface FormulaCell {
  readonly formula: string; // starts with "="
  readonly value?: CellValue;
}

export type PlanCell = CellValue | FormulaCell;

export function isFormulaCell(cell: PlanCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** A rectangular block of cells written in one call. */
export interface CellBlock {
  /** Top-left cell, A1 style, on the plan's sheet. */
  readonly at: string;
  readonly rows: readonly (readonly PlanCell[])[];
}

export interface RangeFormat {
  /** A1 range on the plan's sheet, e.g. "B3:D9". */
  readonly range: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string; // "#RRGGBB"
  readonly fill?: string; // "#RRGGBB"
  readonly horizontalAlignment?: "left" | "center" | "right";
  readonly wrapText?: boolean;
  readonly fontSize?: number;
}

export interface DataValidationList {
  readonly range: string;
  /** Allowed values, shown as a drop-down. */
  readonly values: readonly string[];
  readonly prompt?: string;
}

export interface TablePlan {
  /** Excel table (ListObject) name: letters, digits, underscores; unique in the workbook. */
  readonly name: string;
  /** A1 range including the header row. */
  readonly range: string;
  readonly style?: string;
}

export type ChartKind = "line" | "clusteredBar" | "clusteredColumn";

/** One chart series named exactly, for data that is not one contiguous block. */
export interface ChartSeriesPlan {
  /** The cell holding the series name, on the plan's sheet. */
  readonly nameCell: string;
  readonly name: string;
  /** The series values, a one-row or one-column A1 range. */
  readonly values: string;
}

export interface ChartPlan {
  readonly name: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** A1 range of the source data on the plan's sheet, series in rows, first column = names, first row = categories. */
  readonly dataRange: string;
  readonly seriesBy: "rows" | "columns";
  /**
   * When given, the exact category range and series; adapters use these instead of splitting
   * dataRange (a chart may plot rows that are not next to each other).
   */
  readonly categories?: string;
  readonly series?: readonly ChartSeriesPlan[];
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  /** Where the chart sits: the cell under its top-left corner and its size in points. */
  readonly at: string;
  readonly width: number;
  readonly height: number;
}

export interface SheetPlan {
  readonly name: string;
  /** Marks the sheet as made by the add-in, so a later run may replace it and nothing else. */
  readonly ownerMarker?: string;
  readonly blocks: readonly CellBlock[];
  readonly formats?: readonly RangeFormat[];
  readonly columnWidths?: readonly { readonly col: number; readonly width: number }[]; // width in characters
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly validations?: readonly DataValidationList[];
  readonly tables?: readonly TablePlan[];
  readonly charts?: readonly ChartPlan[];
  readonly activate?: boolean;
}

export interface WritePlan {
  readonly sheets: readonly SheetPlan[];
}
