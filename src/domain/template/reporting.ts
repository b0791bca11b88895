/**
 * Questions every consumer of a parsed template asks: which month is being reported, what a row
 * holds for a given month, and what a finance figure is in £000.
 */
import type { ParsedTemplate, ReturnRow, ReturnSheet, TableSheet } from "./model";
import { THOUSANDS_PER_UNIT, type FinanceUnit } from "./settingsDefinition";

export interface ReportingMonth {
  /** FY month, 1 = April ... 12 = March. */
  readonly month: number;
  /** Where it came from: the caller, Settings › Reporting month, or the last month with actuals. */
  readonly source: "option" | "settings" | "data";
}

/** The value of a row for FY month m, null when the sheet has no such column or the cell is blank. */
export function valueAt(
  sheet: TableSheet<string, unknown>,
  values: readonly (number | null)[],
  month: number
): number | null {
  const i = sheet.monthIndex[month] ?? -1;
  return i < 0 ? null : (values[i] ?? null);
}

/** The last FY month in which any PWR or PFR Actual row holds a non-zero number, or null. */
export function lastMonthWithActuals(parsed: ParsedTemplate): number | null {
  let last = 0;
  for (const sheet of [parsed.pwr, parsed.pfr]) {
    if (!sheet) continue;
    for (const row of sheet.rows) {
      if (row.measure.kind === "unknown" || row.measure.value !== "Actual") continue;
      for (let i = 0; i < row.values.length; i++) {
        const v = row.values[i];
        if (v !== null && v !== 0 && sheet.months[i].month > last) last = sheet.months[i].month;
      }
    }
  }
  return last === 0 ? null : last;
}

/** options.month, else Settings › Reporting month, else the last month with actuals. */
export function reportingMonth(parsed: ParsedTemplate, month?: number): ReportingMonth | null {
  if (month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12)
    return { month, source: "option" };
  const fromSettings = parsed.settings.values.reportingMonth;
  if (fromSettings !== null) return { month: fromSettings, source: "settings" };
  const fromData = lastMonthWithActuals(parsed);
  return fromData === null ? null : { month: fromData, source: "data" };
}

/** A finance figure in the workbook's unit, in £000. */
export function toThousands(value: number, unit: FinanceUnit): number {
  return value * THOUSANDS_PER_UNIT[unit];
}

/** The key of a PWR/PFR row by organisation, staff type, group (or "Total") and measure, or null when a label is unknown. */
export function returnRowKey(row: ReturnRow): string | null {
  if (
    row.orgKey === "" ||
    row.staffType.kind === "unknown" ||
    row.staffGroup.kind === "unknown" ||
    row.measure.kind === "unknown"
  ) {
    return null;
  }
  const group = row.staffGroup.kind === "total" ? "Total" : row.staffGroup.group;
  return `${row.orgKey}|${row.staffType.value}|${group}|${row.measure.value}`;
}

/** First row for each key (duplicates dropped), for look-ups by organisation x type x group x measure. */
export function indexReturnRows(sheet: ReturnSheet): ReadonlyMap<string, ReturnRow> {
  const index = new Map<string, ReturnRow>();
  for (const row of sheet.rows) {
    const key = returnRowKey(row);
    if (key !== null && !index.has(key)) index.set(key, row);
  }
  return index;
}
