/**
 * Numbers and values as messages show them. Hand-rolled rather than toLocaleString so messages
 * are identical on every machine, whatever its locale or ICU build.
 */
import type { CellValue } from "../../workbook/snapshot";
import type { FinanceUnit } from "../template/settingsDefinition";
import { formatMonth } from "../periods";

/** 21408 -> "21,408.0" (with 1 decimal). */
export function formatNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ""}`;
}

export function formatWte(value: number): string {
  return `${formatNumber(value, 1)} WTE`;
}

/** An amount in a finance unit: "£1,234k", "-£3.00m", "£1,234". */
export function formatMoney(value: number, unit: FinanceUnit): string {
  const sign = value < 0 ? "-" : "";
  const magnitude = Math.abs(value);
  if (unit === "£m") return `${sign}£${formatNumber(magnitude, 2)}m`;
  if (unit === "£") return `${sign}£${formatNumber(magnitude, 0)}`;
  return `${sign}£${formatNumber(magnitude, Number.isInteger(magnitude) ? 0 : 1)}k`;
}

/** How a sheet's figures are shown: WTE, money in the finance unit, or a plain count. */
export type Quantity =
  | { readonly kind: "wte" }
  | { readonly kind: "money"; readonly unit: FinanceUnit }
  | { readonly kind: "count" };

export function formatQuantity(value: number, q: Quantity): string {
  if (q.kind === "wte") return formatWte(value);
  if (q.kind === "money") return formatMoney(value, q.unit);
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

/**
 * Text on one line: a cell typed with Alt+Enter holds line breaks, and a message quoting it must
 * still be one line (the CLI prints one issue per line). Each break shows as "↵".
 */
export function oneLine(text: string): string {
  return /[\r\n\u2028\u2029\u0085]/.test(text)
    ? text.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, "↵")
    : text;
}

/** A cell value quoted for a message: text in quotes, numbers as they are, blanks as "blank". */
export function quoteValue(value: CellValue | undefined): string {
  if (value === null || value === undefined || value === "") return "blank";
  if (typeof value === "string")
    return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** FY month as "Oct 23" when the year is known, else "M7". Month 0 is the Base column. */
export function monthLabel(month: number, fy: number | null): string {
  if (month === 0) return "Base (March)";
  return fy !== null ? formatMonth(month, fy) : `M${month}`;
}

/** 0.254 -> "25.4%"; whole percentages without decimals: 0.1 -> "10%". */
export function formatPercent(fraction: number): string {
  const pct = fraction * 100;
  return `${formatNumber(pct, Math.abs(pct - Math.round(pct)) < 1e-9 ? 0 : 1)}%`;
}
