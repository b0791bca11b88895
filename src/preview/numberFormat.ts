/**
 * Cell text as Excel would show it under the number formats the add-in writes: the pack's
 * formats go through the report's formatter (one formatter for the report, the pane and the
 * viewer); any other number keeps the viewer's plain rendering.
 */
import { PACK_NUMBER_FORMATS, type PackFormat } from "../domain/pack/model";
import { formatPackValue } from "../report/formatValue";
import type { CellValue } from "../workbook/snapshot";

const PACK_FORMAT_OF: ReadonlyMap<string, PackFormat> = new Map(
  (Object.keys(PACK_NUMBER_FORMATS) as PackFormat[]).map((f) => [PACK_NUMBER_FORMATS[f], f])
);

/** The pack format an Excel number format string stands for, or null. */
export function packFormatOf(numberFormat: string | null | undefined): PackFormat | null {
  return numberFormat ? (PACK_FORMAT_OF.get(numberFormat) ?? null) : null;
}

export function displayCell(value: CellValue, numberFormat?: string | null): string {
  if (value === null) return "";
  if (typeof value === "number") {
    const format = packFormatOf(numberFormat);
    if (format) return formatPackValue(value, format);
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}
