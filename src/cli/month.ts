/** The --month option: "M7", "7", "Month 7", "Oct 23", "October 2023" -> FY month 7. */
import { parsePeriod } from "../domain/periods";

export function parseMonthOption(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  const period = parsePeriod(t);
  return period.ok ? period.value.month : null;
}
