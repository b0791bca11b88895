/**
 * A small spreadsheet formula evaluator for tests only: the subset the pack emits (SUMIFS, SUM,
 * IFERROR, + - * /, parentheses, numbers, strings, cell and range references, quoted sheet
 * names). It knows nothing of the pack's code: it reads cells through a lookup, so a test can
 * check that every pack formula recomputes the value stored beside it.
 *
 * Semantics follow Excel: blank cells are 0 in arithmetic, "" or other text in arithmetic is
 * #VALUE!, x/0 is #DIV/0!, errors propagate, SUM and SUMIFS add numbers only, SUMIFS criteria
 * compare text case-insensitively with ~ escapes, * and ? wildcards and "=" / "<>" prefixes.
 */
import { columnIndex } from "../../../src/workbook/a1";
import type { CellValue } from "../../../src/workbook/snapshot";

export type FormulaError = { readonly error: string };
export type Scalar = number | string | boolean | null | FormulaError;
interface RangeRef {
  readonly kind: "range";
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}
type Value = Scalar | RangeRef;

/** Cell lookup: sheet null means the formula's own sheet. Returns the cell's (evaluated) value. */
export type CellLookup = (sheet: string | null, row: number, col: number) => Scalar;

export const isError = (v: unknown): v is FormulaError =>
  typeof v === "object" && v !== null && "error" in v;
const err = (code: string): FormulaError => ({ error: code });

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; sheet: string | null; a: string; b: string | null }
  | { t: "fn"; v: string }
  | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const ref = /^(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: "str", v: s });
      continue;
    }
    if ("+-*/(),".includes(ch)) {
      out.push({ t: "op", v: ch });
      i++;
      continue;
    }
    const rest = src.slice(i);
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    const plain = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(rest);
    const sheetMatch = quoted ?? plain;
    if (sheetMatch) {
      const sheet = quoted ? quoted[1].replace(/''/g, "'") : sheetMatch[1];
      i += sheetMatch[0].length;
      const m = ref.exec(src.slice(i));
      if (!m) throw new Error(`bad reference after ${sheet}! in ${src}`);
      out.push({ t: "ref", sheet, a: m[1], b: m[2] ?? null });
      i += m[0].length;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(rest);
    if (num) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const fn = /^([A-Za-z][A-Za-z0-9.]*)\(/.exec(rest);
    if (fn) {
      out.push({ t: "fn", v: fn[1].toUpperCase() });
      i += fn[1].length; // the "(" is read as an op
      continue;
    }
    const m = ref.exec(rest);
    if (m) {
      out.push({ t: "ref", sheet: null, a: m[1], b: m[2] ?? null });
      i += m[0].length;
      continue;
    }
    throw new Error(`cannot read "${rest.slice(0, 20)}" in ${src}`);
  }
  return out;
}

function cellOf(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad cell ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Every function name a formula calls, upper case. */
export function functionsUsed(formula: string): string[] {
  return tokenize(formula.replace(/^=/, ""))
    .filter((t): t is { t: "fn"; v: string } => t.t === "fn")
    .map((t) => t.v);
}

/** Every sheet a formula refers to by name. */
export function sheetsReferenced(formula: string): string[] {
  return [
    ...new Set(
      tokenize(formula.replace(/^=/, "")).flatMap((t) =>
        t.t === "ref" && t.sheet !== null ? [t.sheet] : []
      )
    ),
  ];
}

export function evaluateFormula(formula: string, lookup: CellLookup): Scalar {
  if (!formula.startsWith("=")) throw new Error(`not a formula: ${formula}`);
  const tokens = tokenize(formula.slice(1));
  let p = 0;
  const peek = () => tokens[p];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v} at token ${p} of ${formula}`);
    p++;
  };

  const scalar = (v: Value): Scalar => {
    if (typeof v === "object" && v !== null && "kind" in v) {
      if (v.top !== v.bottom || v.left !== v.right) return err("#VALUE!");
      return lookup(v.sheet, v.top, v.left);
    }
    return v;
  };
  const toNumber = (v: Value): number | FormulaError => {
    const s = scalar(v);
    if (isError(s)) return s;
    if (s === null) return 0;
    if (typeof s === "number") return s;
    if (typeof s === "boolean") return s ? 1 : 0;
    return err("#VALUE!");
  };
  const arith = (a: Value, b: Value, op: string): Scalar => {
    const x = toNumber(a);
    if (isError(x)) return x;
    const y = toNumber(b);
    if (isError(y)) return y;
    switch (op) {
      case "+":
        return x + y;
      case "-":
        return x - y;
      case "*":
        return x * y;
      default:
        return y === 0 ? err("#DIV/0!") : x / y;
    }
  };

  function expr(): Value {
    let v = term();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[p++] as { v: string }).v;
      v = arith(v, term(), op);
    }
    return v;
  }
  function term(): Value {
    let v = unary();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[p++] as { v: string }).v;
      v = arith(v, unary(), op);
    }
    return v;
  }
  function unary(): Value {
    if (isOp("-")) {
      p++;
      return arith(0, unary(), "-");
    }
    return primary();
  }
  function primary(): Value {
    const tok = tokens[p++];
    if (!tok) throw new Error(`unexpected end of ${formula}`);
    switch (tok.t) {
      case "num":
        return tok.v;
      case "str":
        return tok.v;
      case "ref": {
        const a = cellOf(tok.a);
        const b = tok.b ? cellOf(tok.b) : a;
        return {
          kind: "range",
          sheet: tok.sheet,
          top: Math.min(a.row, b.row),
          left: Math.min(a.col, b.col),
          bottom: Math.max(a.row, b.row),
          right: Math.max(a.col, b.col),
        };
      }
      case "fn": {
        expect("(");
        const args: Value[] = [];
        if (!isOp(")")) {
          args.push(expr());
          while (isOp(",")) {
            p++;
            args.push(expr());
          }
        }
        expect(")");
        return call(tok.v, args);
      }
      case "op":
        if (tok.v === "(") {
          const v = expr();
          expect(")");
          return v;
        }
        throw new Error(`unexpected ${tok.v} in ${formula}`);
    }
  }

  const cellsOf = (r: RangeRef): Scalar[] => {
    const out: Scalar[] = [];
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out.push(lookup(r.sheet, row, col));
    return out;
  };
  const asRange = (v: Value, fn: string): RangeRef => {
    if (typeof v === "object" && v !== null && "kind" in v) return v;
    throw new Error(`${fn} needs a range in ${formula}`);
  };

  function call(name: string, args: Value[]): Scalar {
    switch (name) {
      case "SUM": {
        let s = 0;
        for (const a of args) {
          if (typeof a === "object" && a !== null && "kind" in a) {
            for (const c of cellsOf(a)) {
              if (isError(c)) return c;
              if (typeof c === "number") s += c;
            }
          } else {
            const n = toNumber(a);
            if (isError(n)) return n;
            s += n;
          }
        }
        return s;
      }
      case "SUMIFS": {
        if (args.length < 3 || args.length % 2 === 0) throw new Error(`SUMIFS arity in ${formula}`);
        const sum = asRange(args[0], "SUMIFS");
        const height = sum.bottom - sum.top;
        const width = sum.right - sum.left;
        const tests: { range: RangeRef; match: (v: Scalar) => boolean }[] = [];
        for (let i = 1; i < args.length; i += 2) {
          const range = asRange(args[i], "SUMIFS");
          if (range.bottom - range.top !== height || range.right - range.left !== width)
            return err("#VALUE!");
          const crit = scalar(args[i + 1]);
          if (isError(crit)) return crit;
          tests.push({ range, match: criterionMatcher(crit) });
        }
        let s = 0;
        for (let dr = 0; dr <= height; dr++) {
          for (let dc = 0; dc <= width; dc++) {
            if (
              !tests.every((t) =>
                t.match(lookup(t.range.sheet, t.range.top + dr, t.range.left + dc))
              )
            )
              continue;
            const v = lookup(sum.sheet, sum.top + dr, sum.left + dc);
            if (isError(v)) return v;
            if (typeof v === "number") s += v;
          }
        }
        return s;
      }
      case "IFERROR": {
        if (args.length !== 2) throw new Error(`IFERROR arity in ${formula}`);
        const v = scalar(args[0]);
        return isError(v) ? scalar(args[1]) : v;
      }
      default:
        throw new Error(`unsupported function ${name} in ${formula}`);
    }
  }

  const result = expr();
  if (p !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return scalar(result);
}

/** Excel's text-criterion matching for the forms the pack writes. */
export function criterionMatcher(criterion: Scalar): (v: Scalar) => boolean {
  if (typeof criterion === "number") return (v) => v === criterion;
  const text = String(criterion ?? "");
  let op: "=" | "<>" = "=";
  let body = text;
  if (text.startsWith("<>")) {
    op = "<>";
    body = text.slice(2);
  } else if (text.startsWith("=")) {
    body = text.slice(1);
  }
  // Wildcards: ~x is a literal x, * any run, ? one character.
  let pattern = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "~" && i + 1 < body.length) pattern += escapeRegex(body[++i]);
    else if (ch === "*") pattern += "[\\s\\S]*";
    else if (ch === "?") pattern += "[\\s\\S]";
    else pattern += escapeRegex(ch);
  }
  const re = new RegExp(`^${pattern}$`, "i");
  const blankCriterion = body === "";
  const equals = (v: Scalar): boolean => {
    if (v === null || v === "") return blankCriterion;
    if (blankCriterion) return false;
    if (typeof v === "number") return Number(body) === v && body.trim() !== "";
    if (typeof v === "string") return re.test(v);
    return false;
  };
  return op === "=" ? equals : (v) => !equals(v);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A lookup over snapshot-like sheets: name -> values with origin. */
export function sheetLookup(
  sheets: readonly {
    name: string;
    origin: { row: number; col: number };
    values: readonly (readonly CellValue[])[];
  }[]
) {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return (sheet: string, row: number, col: number): Scalar => {
    const s = byName.get(sheet);
    if (!s) return err("#REF!");
    const v = s.values[row - s.origin.row]?.[col - s.origin.col];
    return v === undefined ? null : v;
  };
}
