/**
 * Reads a cell value the way an NHS analyst types numbers: plain numbers, "1,234.5",
 * "£1.2m", "-£3.0m", "£(66.6)m", "(3.0)", "6.8%", with the Unicode minus or an en dash as the
 * sign. Anything else comes back as a value that says why, so a face can quote the cell.
 *
 * The text path is a hand-written scanner rather than a regular expression: it runs over every
 * cell of a workbook (a million or more), must not backtrack on hostile text, and has to give a
 * specific reason for each way a value can be wrong.
 */

export type ParsedNumber =
  | { readonly kind: "number"; readonly value: number; readonly fromText: boolean }
  | { readonly kind: "missing" }
  | { readonly kind: "invalid"; readonly text: string; readonly reason: string };

const MISSING: ParsedNumber = Object.freeze({ kind: "missing" });

/** Text longer than this is prose, not a number; refusing early keeps the scan bounded. */
const MAX_NUMBER_TEXT = 64;

const invalid = (text: string, reason: string): ParsedNumber => ({ kind: "invalid", text, reason });

export function parseNumber(value: unknown): ParsedNumber {
  // Fast path: most cells already hold numbers.
  if (typeof value === "number") {
    if (Number.isFinite(value)) return { kind: "number", value, fromText: false };
    return invalid(String(value), "not a finite number");
  }
  if (value === null || value === undefined) return MISSING;
  if (typeof value === "string") return parseNumberText(value);
  if (typeof value === "boolean") {
    // Excel shows booleans as TRUE/FALSE, so quote them that way.
    return invalid(value ? "TRUE" : "FALSE", "a TRUE/FALSE value, not a number");
  }
  if (typeof value === "bigint") {
    const n = Number(value);
    return Number.isSafeInteger(n)
      ? { kind: "number", value: n, fromText: false }
      : invalid(String(value), "too large to be a number");
  }
  return invalid(describe(value), "not a number");
}

function describe(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

const CH_0 = 48;
const CH_9 = 57;
const CH_COMMA = 44;
const CH_DOT = 46;
const CH_SPACE = 32;
const CH_NBSP = 0xa0;
const CH_PLUS = 43;
const CH_MINUS = 45;
const CH_UNICODE_MINUS = 0x2212;
const CH_EN_DASH = 0x2013;
const CH_POUND = 0xa3;
const CH_OPEN = 40;
const CH_CLOSE = 41;
const CH_PERCENT = 37;

const isDigit = (c: number): boolean => c >= CH_0 && c <= CH_9;
const isGap = (c: number): boolean => c === CH_SPACE || c === CH_NBSP;
const isMinus = (c: number): boolean =>
  c === CH_MINUS || c === CH_UNICODE_MINUS || c === CH_EN_DASH;

/** Multipliers written after the number, as powers of ten so scaling is exact (see below). */
const UNITS: readonly (readonly [suffix: string, power: number])[] = [
  ["bn", 9],
  ["mn", 6],
  ["m", 6],
  ["k", 3],
];

function parseNumberText(original: string): ParsedNumber {
  // trim() removes every Unicode space, NBSP included.
  const s = original.trim();
  if (s === "") return MISSING;
  if (s.length > MAX_NUMBER_TEXT) return invalid(original, "too long to be a number");

  const n = s.length;
  let i = 0;
  let negative = false;
  let sawSign = false;
  let sawPound = false;
  let openParen = false;

  // Prefix: at most one sign, one "£" and one "(" in any order ("-£3.0m", "£-3", "(£3.0m)", "£(66.6)m").
  for (;;) {
    while (i < n && isGap(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const c = s.charCodeAt(i);
    if (isMinus(c) || c === CH_PLUS) {
      if (sawSign) return invalid(original, "more than one sign");
      sawSign = true;
      negative = c !== CH_PLUS;
      i++;
    } else if (c === CH_POUND) {
      if (sawPound) return invalid(original, "more than one £ sign");
      sawPound = true;
      i++;
    } else if (c === CH_OPEN) {
      if (openParen) return invalid(original, "more than one opening bracket");
      openParen = true;
      i++;
    } else {
      break;
    }
  }
  if (openParen && sawSign) {
    return invalid(original, "both a minus sign and brackets; use one way to show a negative");
  }

  // Mantissa: digits with optional thousands commas, then an optional fraction.
  const digitsStart = i;
  let groupLength = 0;
  let sawComma = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      groupLength++;
      i++;
    } else if (c === CH_COMMA) {
      if (groupLength === 0) return invalid(original, "misplaced thousands separator");
      // The first group may be 1-3 digits ("1,234"); every later group exactly 3.
      if (sawComma ? groupLength !== 3 : groupLength > 3) {
        return invalid(original, "misplaced thousands separator");
      }
      sawComma = true;
      groupLength = 0;
      i++;
    } else {
      break;
    }
  }
  if (sawComma && groupLength !== 3) {
    return invalid(original, "misplaced thousands separator");
  }
  let intDigits = s.slice(digitsStart, i);
  if (sawComma) intDigits = intDigits.split(",").join("");

  let fracDigits = "";
  if (i < n && s.charCodeAt(i) === CH_DOT) {
    i++;
    const fracStart = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    fracDigits = s.slice(fracStart, i);
    if (i < n) {
      const c = s.charCodeAt(i);
      if (c === CH_COMMA) {
        return invalid(
          original,
          "comma after the decimal point: write 1,234.5 (continental 1.234,5 is not read)"
        );
      }
      if (c === CH_DOT) return invalid(original, "more than one decimal point");
    }
  }
  if (intDigits === "" && fracDigits === "") {
    return invalid(original, onlySymbols(s, i) ? "no digits" : "not a number");
  }

  // Optional exponent, as Excel writes large numbers as text ("1.5E+07").
  let exponent = 0;
  if (i < n && (s.charCodeAt(i) === 69 || s.charCodeAt(i) === 101)) {
    let j = i + 1;
    let expNegative = false;
    if (j < n && (s.charCodeAt(j) === CH_PLUS || s.charCodeAt(j) === CH_MINUS)) {
      expNegative = s.charCodeAt(j) === CH_MINUS;
      j++;
    }
    const expStart = j;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    if (j === expStart || j - expStart > 4) {
      return invalid(original, `unexpected text "${s.slice(i)}" after the number`);
    }
    exponent = Number(s.slice(expStart, j)) * (expNegative ? -1 : 1);
    i = j;
  }

  // Suffix: at most one ")", one unit (k, m, mn, bn) or "%", spaces allowed between.
  let closeParen = false;
  let unitPower = 0;
  let sawUnit = false;
  let sawPercent = false;
  for (;;) {
    while (i < n && isGap(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const c = s.charCodeAt(i);
    if (c === CH_CLOSE) {
      if (!openParen) return invalid(original, "closing bracket without an opening one");
      if (closeParen) return invalid(original, "more than one closing bracket");
      closeParen = true;
      i++;
      continue;
    }
    if (c === CH_PERCENT) {
      if (sawPercent) return invalid(original, "more than one % sign");
      if (sawUnit) return invalid(original, "both a unit (k, m, bn) and a % sign");
      sawPercent = true;
      i++;
      continue;
    }
    const unit = matchUnit(s, i);
    if (unit) {
      if (sawUnit) return invalid(original, "more than one unit (k, m, bn)");
      if (sawPercent) return invalid(original, "both a unit (k, m, bn) and a % sign");
      sawUnit = true;
      unitPower = unit[1];
      i += unit[0].length;
      continue;
    }
    return invalid(original, `unexpected text "${s.slice(i)}" after the number`);
  }
  if (openParen && !closeParen) return invalid(original, "opening bracket without a closing one");
  if (sawPound && sawPercent) return invalid(original, "both a £ sign and a % sign");

  // Scaling by editing the decimal exponent keeps results exact: "6.8%" is 0.068, not
  // 6.8 / 100 = 0.06799999999999999, and "£1.1m" is 1100000, not 1100000.0000000002.
  const power = exponent + unitPower - (sawPercent ? 2 : 0);
  const magnitude = Number(`${intDigits || "0"}.${fracDigits || "0"}e${power}`);
  if (!Number.isFinite(magnitude)) return invalid(original, "too large to be a number");
  const value = negative || openParen ? -magnitude : magnitude;
  // "(0)" and "-0" are plain zero to an analyst; -0 would only surprise Object.is comparisons.
  return { kind: "number", value: value === 0 ? 0 : value, fromText: true };
}

/** The unit at position i, only when it ends there (so "12mx" is not "12m" + junk read as m). */
function matchUnit(s: string, i: number): readonly [string, number] | undefined {
  for (const unit of UNITS) {
    const [suffix] = unit;
    const end = i + suffix.length;
    if (end > s.length) continue;
    if (s.slice(i, end).toLowerCase() !== suffix) continue;
    if (end < s.length && isLetter(s.charCodeAt(end))) continue;
    return unit;
  }
  return undefined;
}

/** True when s[from..] holds only the symbols that may follow a number ("£", "-%", "()"). */
function onlySymbols(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isGap(c) || c === CH_PERCENT || c === CH_CLOSE || c === CH_DOT)) return false;
  }
  return true;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
