/**
 * NHS financial-year periods. The year runs April to March: FY month 1 = April ... 12 = March,
 * and "FY 2023/24" starts in April 2023, so its fyStartYear is 2023.
 *
 * parsePeriod reads the ways a reporting month turns up in a workbook: "M7", "Month 7",
 * "Oct 23", "Oct-23", "October 2023", "2023-10", "31/10/2023", Excel serial dates and JS dates.
 * Decisions worth knowing:
 * - A two-digit year yy is 20yy ("Oct 23" is October 2023, never 23 October).
 * - Day-month-year text is read the UK way ("01/10/2023" is 1 October).
 * - Numbers are Excel serial dates only from 367 up (1 Jan 1901 in the 1900 date system). Smaller
 *   numbers are refused rather than read as month numbers: a bare 7 in a date column is far more
 *   likely a typing slip than "October", and "M7" says the same thing unambiguously.
 * - Serials are read in the workbook's date system (the snapshot's dateSystem): 1900 unless told
 *   1904, whose serials count from 1 Jan 1904, so the same day is 1,462 less there.
 * - JS dates are read in UTC, because adapters build them from serials at UTC midnight.
 */
import { err, ok, Result } from "./result";

export interface FyPeriod {
  /** 1 = April ... 12 = March. */
  readonly month: number;
  /** 2023 for FY 2023/24; null when the label has no year, e.g. "M7". */
  readonly fyStartYear: number | null;
}

export interface PeriodError {
  readonly text: string;
  readonly reason: string;
}

const MONTH_SHORT = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

const MONTH_LONG = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** Lower-case month word -> calendar month index (0 = January). */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTH_LONG.map((name, index): [string, number] => [name, index]),
  ...MONTH_SHORT.map((name, index): [string, number] => [name.toLowerCase(), index]),
  // "Sept" is common in NHS board packs.
  ["sept", 8],
]);

/** Words that introduce a FY month number: "M7", "Mth 7", "Month 7". */
const MONTH_NUMBER_WORDS: ReadonlySet<string> = new Set(["m", "mth", "month"]);

/** 1 Jan 1901 in Excel's 1900 date system; also past Excel's fictitious 29 Feb 1900 (serial 60). */
const FIRST_SERIAL = 367;
/** 31 Dec 9999, the last date Excel can show. */
const LAST_SERIAL = 2958465;
/** Excel serial 0 as a UTC instant; exact for every serial above 60. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** A workbook's date system: which day its serial number 0 is (see WorkbookSnapshot.dateSystem). */
export type DateSystem = 1900 | 1904;

/** Days from the 1900 system's serial 0 to the 1904 system's (1 Jan 1904). */
export const DATE_1904_OFFSET = 1462;

/**
 * A cell as the 1900 date system would hold the same day: a 1904 workbook's date serial plus
 * 1,462. Only numbers that are read as dates (367 up) move; everything else, month numbers and
 * text included, is returned as it is, so a value can be passed through before any parsing.
 */
export function inDateSystem1900<T>(value: T, dateSystem: DateSystem | undefined): T | number {
  if (dateSystem !== 1904 || typeof value !== "number" || !(value >= FIRST_SERIAL)) return value;
  return value + DATE_1904_OFFSET;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Calendar month index (0 = January) -> FY month (1 = April ... 12 = March). */
export function fyMonthOfCalendar(calendarMonthIndex0: number): number {
  return ((calendarMonthIndex0 + 9) % 12) + 1;
}

/** FY month and FY start year -> the calendar year and month index (0 = January) it falls in. */
export function calendarOfFyMonth(
  month: number,
  fyStartYear: number
): { year: number; monthIndex: number } {
  return { year: month <= 9 ? fyStartYear : fyStartYear + 1, monthIndex: (month + 2) % 12 };
}

/** January to March belong to the financial year that started the previous April. */
function fyStartYearOfCalendar(year: number, monthIndex0: number): number {
  return monthIndex0 >= 3 ? year : year - 1;
}

function periodOfCalendar(year: number, monthIndex0: number): FyPeriod {
  return {
    month: fyMonthOfCalendar(monthIndex0),
    fyStartYear: fyStartYearOfCalendar(year, monthIndex0),
  };
}

/** 2023 -> "2023/24". */
export function fyLabel(fyStartYear: number): string {
  return `${fyStartYear}/${twoDigits((fyStartYear + 1) % 100)}`;
}

/** 7 -> "Oct". Months outside 1..12 are a caller's bug (periods come from parsePeriod): RangeError. */
export function monthShortName(month: number): string {
  assertFyMonth(month);
  return MONTH_SHORT[calendarOfFyMonth(month, 0).monthIndex];
}

/** (7, 2023) -> "Oct 23"; (10, 2023) -> "Jan 24": Jan-Mar carry the second year of the FY. */
export function formatMonth(month: number, fyStartYear: number): string {
  assertFyMonth(month);
  const { year, monthIndex } = calendarOfFyMonth(month, fyStartYear);
  return `${MONTH_SHORT[monthIndex]} ${twoDigits(((year % 100) + 100) % 100)}`;
}

function assertFyMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`FY month must be a whole number from 1 to 12, not ${month}`);
  }
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * "2023/24", "23/24", "FY 2023/24", "FY23-24", "2023-24", "2023/2024" -> 2023; anything else,
 * including a bare year (which FY would "2024" be?), -> null. The second year must follow the
 * first, so a typo such as "2023/25" is refused rather than guessed.
 */
export function parseFyLabel(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const tokens = tokenize(text);
  if (!tokens) return null;
  let k = 0;
  if (tokens[k]?.kind === "word" && tokens[k].text === "fy") k++;
  return fyYearsAt(tokens, k, tokens.length);
}

/** Reads "<start><sep><end>" filling tokens[from..to) exactly, or returns null. */
function fyYearsAt(tokens: readonly Token[], from: number, to: number): number | null {
  if (to - from !== 3) return null;
  const [first, sep, second] = [tokens[from], tokens[from + 1], tokens[from + 2]];
  if (first.kind !== "digits" || second.kind !== "digits") return null;
  if (sep.kind !== "sep" || (sep.text !== "/" && sep.text !== "-")) return null;
  const start = yearOf(first.text);
  if (start === null) return null;
  if (second.text.length === 2) {
    return Number(second.text) === (start + 1) % 100 ? start : null;
  }
  if (second.text.length === 4) return Number(second.text) === start + 1 ? start : null;
  return null;
}

/** 2 digits -> 20yy; 4 digits -> as written; anything else -> null. */
function yearOf(digits: string): number | null {
  if (digits.length === 2) return 2000 + Number(digits);
  if (digits.length === 4) {
    const year = Number(digits);
    return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
  }
  return null;
}

type Token =
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "digits"; readonly text: string }
  | { readonly kind: "sep"; readonly text: string };

/** Longer text is a sentence, not a period. */
const MAX_PERIOD_TEXT = 40;

/**
 * Splits into lower-case words, digit runs and separators. Spaces only separate words and are
 * dropped, so "Oct 23", "Oct23" and "Oct  23" tokenize alike; a dash, slash or dot is kept as a
 * separator. Dashes of every kind count as "-". Returns null for any other character.
 */
function tokenize(raw: string): Token[] | null {
  const s = raw.trim();
  if (s.length === 0 || s.length > MAX_PERIOD_TEXT) return null;
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (isDigitCode(c)) {
      const start = i;
      while (i < s.length && isDigitCode(s.charCodeAt(i))) i++;
      tokens.push({ kind: "digits", text: s.slice(start, i) });
    } else if (isLetterCode(c)) {
      const start = i;
      while (i < s.length && isLetterCode(s.charCodeAt(i))) i++;
      tokens.push({ kind: "word", text: s.slice(start, i).toLowerCase() });
    } else if (c === 45 || c === 0x2013 || c === 0x2212) {
      tokens.push({ kind: "sep", text: "-" });
      i++;
    } else if (c === 47 || c === 46) {
      tokens.push({ kind: "sep", text: s[i] });
      i++;
    } else {
      return null;
    }
  }
  return tokens;
}

const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 9;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `dateSystem` says how to read a serial number: the workbook's date system (default 1900). */
export function parsePeriod(
  value: unknown,
  dateSystem: DateSystem = 1900
): Result<FyPeriod, PeriodError> {
  if (typeof value === "number") return parseSerial(value, dateSystem);
  if (value instanceof Date) return parseDate(value);
  if (typeof value === "string") return parsePeriodText(value);
  if (value === null || value === undefined) {
    return err({ text: "", reason: "blank: no period given" });
  }
  if (typeof value === "boolean") {
    return err({ text: value ? "TRUE" : "FALSE", reason: "a TRUE/FALSE value, not a period" });
  }
  return err({ text: String(value), reason: "not a period" });
}

function parseSerial(serial: number, dateSystem: DateSystem): Result<FyPeriod, PeriodError> {
  const text = String(serial);
  if (!Number.isFinite(serial)) return err({ text, reason: "not a finite number" });
  if (serial < FIRST_SERIAL) {
    return err({
      text,
      reason:
        "a number below 367 is not an Excel date; write the month as M7, Oct 23 or a real date",
    });
  }
  const serial1900 = inDateSystem1900(serial, dateSystem);
  if (serial1900 >= LAST_SERIAL + 1) {
    return err({ text, reason: "beyond 31/12/9999, the last date Excel can hold" });
  }
  // The fraction is the time of day; the period only needs the day.
  const day = new Date(SERIAL_EPOCH_MS + Math.floor(serial1900) * MS_PER_DAY);
  return ok(periodOfCalendar(day.getUTCFullYear(), day.getUTCMonth()));
}

function parseDate(date: Date): Result<FyPeriod, PeriodError> {
  const time = date.getTime();
  if (Number.isNaN(time)) return err({ text: "Invalid Date", reason: "not a valid date" });
  const year = date.getUTCFullYear();
  // The same calendar as serials and text: the years Excel can hold.
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return err({
      text: date.toISOString(),
      reason: "outside the years 1900 to 9999 that Excel can hold",
    });
  }
  return ok(periodOfCalendar(year, date.getUTCMonth()));
}

const UNREADABLE =
  "not a period: use M7, Month 7, Oct 23, October 2023, 2023-10 or a date such as 31/10/2023";

function parsePeriodText(original: string): Result<FyPeriod, PeriodError> {
  const text = original.trim();
  if (text === "") return err({ text: original, reason: "blank: no period given" });
  const fail = (reason: string = UNREADABLE): Result<FyPeriod, PeriodError> =>
    err({ text: original, reason });
  const result = readPeriodTokens(text, fail);
  // A FY label is a common slip for a month; say so. Checked after the month forms, because
  // "2011-12" is both December 2011 (ISO) and FY 2011/12, and as a period it is the month.
  if (!result.ok && parseFyLabel(text) !== null) {
    return fail("a financial year, not a month; write the month, e.g. M7 2023/24 or Oct 23");
  }
  return result;
}

function readPeriodTokens(text: string, fail: Fail): Result<FyPeriod, PeriodError> {
  // ISO timestamps ("2023-10-31T00:00:00Z") arrive from JSON; the date part is all we need.
  const isoDate = /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
  const tokens = tokenize(isoDate);
  if (!tokens || tokens.length === 0) return fail();
  const [t0, t1] = tokens;

  if (t0.kind === "word" && MONTH_NUMBER_WORDS.has(t0.text)) return monthNumber(tokens, fail);
  if (t0.kind === "word") return monthName(tokens, fail);
  if (t0.kind !== "digits") return fail();

  if (tokens.length === 1) {
    return fail("a number written as text is not a period; write M7, Oct 23 or a date");
  }
  if (t0.text.length === 4 && t1?.kind === "sep") return isoMonth(tokens, fail);
  if (t0.text.length <= 2 && tokens.some((t) => t.kind === "word")) {
    return dayMonthName(tokens, fail);
  }
  if (t0.text.length <= 2 && t1?.kind === "sep") return dayMonthYear(tokens, fail);
  return fail();
}

type Fail = (reason?: string) => Result<FyPeriod, PeriodError>;

/** "M7", "m07", "Month 7", optionally followed by a FY label: "M7 2023/24". */
function monthNumber(tokens: readonly Token[], fail: Fail): Result<FyPeriod, PeriodError> {
  const digits = tokens[1];
  if (digits?.kind !== "digits" || digits.text.length > 2) return fail();
  const month = Number(digits.text);
  if (month < 1 || month > 12) return fail("FY month must be 1 (April) to 12 (March)");
  if (tokens.length === 2) return ok({ month, fyStartYear: null });
  let from = 2;
  if (tokens[from]?.kind === "word" && tokens[from].text === "fy") from++;
  const fyStartYear = fyYearsAt(tokens, from, tokens.length);
  return fyStartYear === null ? fail() : ok({ month, fyStartYear });
}

/** "Oct", "Oct 23", "Oct-23", "Oct23", "October 2023", "Sept 2023". */
function monthName(tokens: readonly Token[], fail: Fail): Result<FyPeriod, PeriodError> {
  const monthIndex = MONTH_WORDS.get(tokens[0].text);
  if (monthIndex === undefined) return fail();
  const rest = tokens.slice(1);
  if (rest.length === 0) {
    // A month with no year still names the FY month; the caller supplies the year.
    return ok({ month: fyMonthOfCalendar(monthIndex), fyStartYear: null });
  }
  const separated = rest.length === 2 && rest[0].kind === "sep";
  if (rest.length !== 1 && !separated) return fail();
  const yearToken = rest[rest.length - 1];
  if (yearToken.kind !== "digits") return fail();
  const year = yearOf(yearToken.text);
  if (year === null) return fail("the year must have 2 or 4 digits");
  return ok(periodOfCalendar(year, monthIndex));
}

/** "2023-10", "2023/10", "2023-10-31". */
function isoMonth(tokens: readonly Token[], fail: Fail): Result<FyPeriod, PeriodError> {
  const [y, sep1, m, sep2, d] = tokens;
  if (tokens.length !== 3 && tokens.length !== 5) return fail();
  if (sep1.kind !== "sep" || sep1.text === "." || m?.kind !== "digits" || m.text.length > 2) {
    return fail();
  }
  const year = yearOf(y.text);
  if (year === null) return fail("the year is out of range");
  const monthIndex = Number(m.text) - 1;
  if (monthIndex < 0 || monthIndex > 11) return fail("the month must be 01 to 12");
  if (tokens.length === 5) {
    if (sep2.kind !== "sep" || sep2.text !== sep1.text || d.kind !== "digits") return fail();
    if (d.text.length > 2) return fail();
    const dayError = checkDay(year, monthIndex, Number(d.text));
    if (dayError) return fail(dayError);
  }
  return ok(periodOfCalendar(year, monthIndex));
}

/** "31/10/2023", "1/4/24", "31-10-2023", "31.10.2023": day first, as in the UK. */
function dayMonthYear(tokens: readonly Token[], fail: Fail): Result<FyPeriod, PeriodError> {
  if (tokens.length !== 5) return fail();
  const [d, sep1, m, sep2, y] = tokens;
  if (sep1.kind !== "sep" || sep2.kind !== "sep" || sep1.text !== sep2.text) return fail();
  if (m.kind !== "digits" || m.text.length > 2 || y.kind !== "digits") return fail();
  const year = yearOf(y.text);
  if (year === null) return fail("the year must have 2 or 4 digits");
  const monthIndex = Number(m.text) - 1;
  if (monthIndex < 0 || monthIndex > 11) {
    return fail("the month must be 1 to 12 (dates are read day/month/year)");
  }
  const dayError = checkDay(year, monthIndex, Number(d.text));
  if (dayError) return fail(dayError);
  return ok(periodOfCalendar(year, monthIndex));
}

/** "31 Oct 2023", "31-Oct-23", "31/Oct/2023": Excel's own date text. */
function dayMonthName(tokens: readonly Token[], fail: Fail): Result<FyPeriod, PeriodError> {
  const parts = tokens.filter((t) => t.kind !== "sep");
  if (parts.length !== 3 || tokens.length - parts.length > 2) return fail();
  const [d, m, y] = parts;
  if (d.kind !== "digits" || m.kind !== "word" || y.kind !== "digits") return fail();
  const monthIndex = MONTH_WORDS.get(m.text);
  if (monthIndex === undefined) return fail();
  const year = yearOf(y.text);
  if (year === null) return fail("the year must have 2 or 4 digits");
  const dayError = checkDay(year, monthIndex, Number(d.text));
  return dayError ? fail(dayError) : ok(periodOfCalendar(year, monthIndex));
}

function checkDay(year: number, monthIndex0: number, day: number): string | null {
  const days = new Date(Date.UTC(year, monthIndex0 + 1, 0)).getUTCDate();
  if (day < 1 || day > days) {
    return `${MONTH_SHORT[monthIndex0]} ${year} has no day ${day}`;
  }
  return null;
}
