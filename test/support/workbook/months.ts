/** Month headers of the template's sheets, as a return types them: "Apr 23" ... "Mar 24". */

const NAMES = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];

/** The twelve headers of the financial year starting in April of `fyStartYear`. */
export function monthHeaders(fyStartYear: number): string[] {
  return NAMES.map(
    (name, i) => `${name} ${String((fyStartYear + (i < 9 ? 0 : 1)) % 100).padStart(2, "0")}`
  );
}

/** FY 2023/24, the year of every generated test workbook and of the sample. */
export const MONTH_HEADERS: readonly string[] = monthHeaders(2023);
