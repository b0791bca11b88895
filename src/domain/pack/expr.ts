/**
 * Excel formula text built from small pieces with just enough precedence tracking to put
 * parentheses where Excel needs them and nowhere else, so the formulas stay readable.
 */

export interface Expr {
  readonly text: string;
  /** 3 = atom (number, reference, function call), 2 = product or quotient, 1 = sum or difference. */
  readonly prec: 1 | 2 | 3;
}

export const atom = (text: string): Expr => ({ text, prec: 3 });

/** A number literal as Excel reads it (no exponent for the values used here). */
export function num(n: number): Expr {
  return n < 0 ? { text: `(${n})`, prec: 3 } : atom(String(n));
}

const wrap = (e: Expr, min: number): string => (e.prec < min ? `(${e.text})` : e.text);

export function add(a: Expr, b: Expr): Expr {
  return { text: `${a.text}+${b.text}`, prec: 1 };
}

export function sub(a: Expr, b: Expr): Expr {
  return { text: `${a.text}-${wrap(b, 2)}`, prec: 1 };
}

export function mul(a: Expr, b: Expr): Expr {
  return { text: `${wrap(a, 2)}*${wrap(b, 3)}`, prec: 2 };
}

export function div(a: Expr, b: Expr): Expr {
  return { text: `${wrap(a, 2)}/${wrap(b, 3)}`, prec: 2 };
}

/** a + b + ...; an empty list is 0. */
export function sumOf(terms: readonly Expr[]): Expr {
  if (terms.length === 0) return num(0);
  return terms.slice(1).reduce(add, terms[0]);
}

/** Divides by `divisor` unless it is 1 (amounts already in the wanted unit). */
export function scale(e: Expr, divisor: number): Expr {
  return divisor === 1 ? e : div(e, num(divisor));
}

/** IFERROR(e, ""): blank where the division has no answer, as the JS value is null there. */
export function blankOnError(e: Expr): Expr {
  return atom(`IFERROR(${e.text},"")`);
}

export function call(name: string, args: readonly Expr[]): Expr {
  return atom(`${name}(${args.map((a) => a.text).join(",")})`);
}

/** The formula text of a cell. */
export const formulaOf = (e: Expr): string => `=${e.text}`;

/** An Excel string literal. */
export const stringLiteral = (s: string): string => `"${s.replace(/"/g, '""')}"`;
