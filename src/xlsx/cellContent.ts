/**
 * One ExcelJS cell as the snapshot sees it: the value Excel would show (dates as serial numbers,
 * rich text and hyperlinks as their text, errors as "#REF!" and so on) and, for a formula cell,
 * its formula with a leading "=" as Excel shows it.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../workbook/snapshot";
import { stripFilePrefixes } from "./formulaPrefixes";

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (the 1900 system's day 0, given Excel's leap-year bug) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** The 1904 date system counts from 1904-01-01, 1462 days later. */
const DATE_1904_OFFSET = 1462;

/** ExcelJS turns date-formatted numbers into JS Dates (UTC); the domain parses serial numbers. */
export function dateToSerial(date: Date, date1904: boolean): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return UNIX_EPOCH_SERIAL + ms / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
}

function richText(value: unknown): string {
  const runs = (value as { richText?: { text?: unknown }[] }).richText;
  return Array.isArray(runs)
    ? runs.map((r) => (typeof r.text === "string" ? r.text : "")).join("")
    : "";
}

/** A value that may be plain, a Date, rich text, an error object or a hyperlink's text. */
function plain(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : null;
    case "string":
    case "boolean":
      return value;
    case "object":
      if (value instanceof Date) return dateToSerial(value, date1904);
      if ("error" in value) return String((value as { error: unknown }).error);
      if ("richText" in value) return richText(value);
      if ("text" in value) return plain((value as { text: unknown }).text, date1904);
      return null;
    default:
      return null;
  }
}

export interface CellContent {
  readonly value: CellValue;
  readonly formula: string | null;
}

const BLANK: CellContent = { value: null, formula: null };

export function cellContent(cell: ExcelJS.Cell, date1904: boolean): CellContent {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge: // only a merged range's top-left cell holds its value
      return BLANK;
    case ExcelJS.ValueType.Formula: {
      const text = cell.formula;
      return {
        value: plain(cell.result, date1904),
        formula: typeof text === "string" && text !== "" ? "=" + stripFilePrefixes(text) : null,
      };
    }
    default:
      return { value: plain(cell.value, date1904), formula: null };
  }
}
