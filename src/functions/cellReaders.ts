import { err, ok, Result } from "../domain/result";
import { parseNumber } from "../domain/numbers";
import { parsePeriod } from "../domain/periods";
import { ambiguousStaffGroupReason, resolveStaffGroup } from "../domain/staffGroups";
import { cellError, CellError } from "./cellErrors";
import { dataTypeError, plainCell } from "./dataTypes";

/**
 * How one cell of an argument becomes an input. Blank cells reach a custom function as 0 on Excel
 * desktop and as null on Excel on the web (office-js#4702), and desktop cannot tell a blank from a
 * typed 0. So the only rule that gives the same answer on both is to read null as 0 wherever 0 is a
 * meaningful input; that is also what Excel's own arithmetic does (=A1-B1 with A1 blank is -B1, and
 * =A1/B1 with B1 blank is #DIV/0!). Where 0 is meaningless (a date, a staff group) both read as blank.
 *
 * | cell arrives as                     | amount (actual, hours...) | divisor (plan, base, cap...) | month (RUNRATE)       | FYMONTH / STAFFGROUP   | flag (asPercent...)       |
 * |-------------------------------------|---------------------------|------------------------------|-----------------------|------------------------|---------------------------|
 * | 0: typed, or blank on desktop       | 0                         | #DIV/0!                      | #VALUE! (not 1..12)   | #N/A "missing value"   | FALSE                     |
 * | null: blank on the web / omitted    | 0                         | #DIV/0!                      | #VALUE! (not 1..12)   | #N/A "missing value"   | the default               |
 * | "" or spaces (formula returning "") | #N/A "missing value"      | #N/A "missing value"         | #N/A "missing value"  | #N/A "missing value"   | the default               |
 * | numeric text ("1,234", "£1.2m", "6.8%") | the number            | the number (0 -> #DIV/0!)    | the number            | parsed as a label      | 1/0 as TRUE/FALSE         |
 * | other text ("n/a", "tbc")           | #VALUE! quoting the text  | #VALUE! quoting the text     | period label or #VALUE! | label or error       | #VALUE! for the whole call |
 * | TRUE / FALSE                        | #VALUE! (not a number)    | #VALUE!                      | #VALUE!               | #VALUE! / #N/A         | itself                    |
 *
 * A cell holding an Excel data type (a formatted number, an entity, a linked data type) reaches
 * the readers only as its plain value: spill() and readFlag unwrap it first (dataTypes.ts).
 *
 * A flag pointed at a blank cell reads FALSE on desktop but the default on the web; only
 * RAG's higherIsWorse defaults to TRUE, and RAG then refuses thresholds ordered for the other
 * direction, so (unless amber equals red) the difference shows as an error rather than a silently
 * different colour.
 */
export type CellReader<V> = (cell: unknown) => Result<V, CellError>;

const isBlank = (cell: unknown): boolean => cell === null || cell === undefined;

/** The cell as the analyst sees it, for messages: text in quotes, TRUE/FALSE in capitals. */
export function quoteCell(cell: unknown): string {
  if (typeof cell === "string") return `"${cell}"`;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

const MISSING = cellError("NA", "missing value (the cell holds empty text)");

export const readNumber: CellReader<number> = (cell) => {
  if (isBlank(cell)) return ok(0);
  const parsed = parseNumber(cell);
  switch (parsed.kind) {
    case "number":
      return ok(parsed.value);
    case "missing":
      return err(MISSING);
    case "invalid":
      return err(
        cellError(
          "VALUE",
          `${quoteCell(cell)} is not a number${parsed.reason === "not a number" ? "" : ` (${parsed.reason})`}`
        )
      );
  }
};

/** Numbers below this are month counts; at or above it, Excel date serials (as parsePeriod reads them). */
const FIRST_DATE_SERIAL = 367;

/** A month count, or the FY month of a label ("M7", "Oct 23") or a date, so header cells work directly. */
export const readMonth: CellReader<number> = (cell) => {
  if (typeof cell === "number" && cell >= FIRST_DATE_SERIAL) return readPeriodMonth(cell);
  const asNumber = readNumber(cell);
  if (asNumber.ok || asNumber.error.code !== "VALUE" || typeof cell !== "string") return asNumber;
  const period = parsePeriod(cell);
  return period.ok
    ? ok(period.value.month)
    : err(
        cellError(
          "VALUE",
          `${quoteCell(cell)} is not a month number or a period label such as M7 or Oct 23`
        )
      );
};

/** For lookups 0 means nothing, so desktop's 0-for-blank is a blank like the web's null. */
const isLookupBlank = (cell: unknown): boolean =>
  isBlank(cell) || cell === 0 || (typeof cell === "string" && cell.trim() === "");

export const readPeriodMonth: CellReader<number> = (cell) => {
  if (isLookupBlank(cell)) return err(cellError("NA", "missing value"));
  const period = parsePeriod(cell);
  if (period.ok) return ok(period.value.month);
  return err(
    cellError("VALUE", `${quoteCell(cell)} is not a date or period label (${period.error.reason})`)
  );
};

export const readStaffGroup: CellReader<string> = (cell) => {
  if (isLookupBlank(cell)) return err(cellError("NA", "missing value"));
  const match = resolveStaffGroup(cell);
  if (match.kind === "unknown") {
    const ambiguous = ambiguousStaffGroupReason(cell);
    if (ambiguous)
      return err(
        cellError(
          "NA",
          `${quoteCell(cell)} spans more than one staff group (${ambiguous}); use the occupation code`
        )
      );
    return err(
      cellError("NA", `${quoteCell(cell)} is not a recognised staff group or NHS occupation code`)
    );
  }
  return ok(match.group);
};

/**
 * An optional TRUE/FALSE argument. Excel passes null when it is left out; 1/0 and the text
 * "TRUE"/"FALSE" are accepted because analysts type them. Anything else is refused rather than guessed.
 */
export function readFlag(value: unknown, name: string, fallback: boolean): Result<boolean, string> {
  let cell =
    Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1
      ? value[0][0]
      : value;
  if (typeof cell === "object" && cell !== null) {
    const plain = plainCell(cell);
    if (!plain.ok)
      return err(`${dataTypeError(plain.error, name, "").message}; ${name} must be TRUE or FALSE`);
    cell = plain.value;
  }
  if (isBlank(cell)) return ok(fallback);
  if (typeof cell === "boolean") return ok(cell);
  if (cell === 1 || cell === 0) return ok(cell === 1);
  if (typeof cell === "string") {
    const text = cell.trim().toUpperCase();
    if (text === "") return ok(fallback);
    if (text === "TRUE" || text === "1") return ok(true);
    if (text === "FALSE" || text === "0") return ok(false);
  }
  return err(`${name} must be TRUE or FALSE (or 1 or 0), not ${quoteCell(cell)}`);
}
