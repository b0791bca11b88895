/**
 * Pack numbers as the Excel pack shows them, for the HTML report: WTE "#,##0", money
 * '£#,##0.0"m";-£#,##0.0"m"' and percentages "0.0%" (PACK_NUMBER_FORMATS).
 */
import type { PackFormat } from "../domain/pack/model";

const grouped0 = new Intl.NumberFormat("en-GB", {
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const grouped1 = new Intl.NumberFormat("en-GB", {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});

/** Excel rounds half away from zero; Intl does too for these options, so -0.05 shows as "-0.1". */
function signed(negative: boolean, text: string): string {
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

export function formatPackValue(value: number | null, format: PackFormat): string {
  if (value === null || !Number.isFinite(value)) return "";
  const negative = value < 0;
  const size = Math.abs(value);
  switch (format) {
    case "wte":
      return signed(negative, grouped0.format(size));
    case "gbpMillions":
      // The cell holds £ millions; the format only appends "m", as in Excel.
      return signed(negative, `£${grouped1.format(size)}m`);
    case "percent":
      return signed(negative, `${grouped1.format(size * 100)}%`);
  }
}
