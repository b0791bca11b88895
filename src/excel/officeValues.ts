/**
 * Pure translations between Office.js range data and the port's plain data, kept apart from the
 * API calls so they can be tested without Excel.
 */
import type { CellValue, SheetSnapshot } from "../workbook/snapshot";
import type { PlanCell } from "../workbook/plan";
import { isFormulaCell } from "../workbook/plan";
import { parseRange, type CellRect } from "../workbook/rangeRef";

/** "Sheet1!B2:D10", "'My sheet'!B2" -> the range part as a rectangle. */
export function rectOfAddress(address: string): CellRect | null {
  return parseRange(address.slice(address.lastIndexOf("!") + 1));
}

/** Office.js gives "" for a blank cell; the snapshot says null, like the file adapter. */
export function snapshotValues(values: readonly (readonly unknown[])[]): CellValue[][] {
  return values.map((row) =>
    row.map((v) =>
      v === "" || v === undefined || v === null
        ? null
        : typeof v === "number" && !Number.isFinite(v)
          ? null
          : (v as CellValue)
    )
  );
}

/** Office.js `formulas` holds constants too; keep formula text only. Null when there is none at all. */
export function snapshotFormulas(
  formulas: readonly (readonly unknown[])[]
): (string | null)[][] | null {
  let any = false;
  const out = formulas.map((row) =>
    row.map((f) => {
      if (typeof f === "string" && f.length > 1 && f.startsWith("=")) {
        any = true;
        return f;
      }
      return null;
    })
  );
  return any ? out : null;
}

export function sheetFromRange(
  name: string,
  hidden: boolean,
  rect: CellRect | null,
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[]
): SheetSnapshot {
  const base = { name, ...(hidden ? { hidden } : {}) };
  if (!rect) return { ...base, origin: { row: 0, col: 0 }, values: [] };
  const f = snapshotFormulas(formulas);
  return {
    ...base,
    origin: { row: rect.top, col: rect.left },
    values: snapshotValues(values),
    ...(f ? { formulas: f } : {}),
  };
}

/**
 * Text Excel would turn into something else when written through `formulas` (as if typed):
 * "Oct 23" becomes a date, "1,234" a number, "=x" a formula. A leading apostrophe keeps it text.
 */
export function needsTextGuard(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@']/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^[\d.,£$€%()\s]+$/.test(t) && /\d/.test(t)) return true; // numbers, money, percentages
  if (/^\d/.test(t)) return true; // "1/2", "2023-10", "10:30"
  return /^[A-Za-z]{3,9}[\s\-/.]+'?\d{1,4}$/.test(t); // "Oct 23", "October-2023"
}

/** One plan cell as Range.formulas expects it: formulas as "=...", guarded text, null to leave blank. */
export function officeInput(cell: PlanCell): string | number | boolean | null {
  if (isFormulaCell(cell)) return cell.formula.startsWith("=") ? cell.formula : "=" + cell.formula;
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string") return needsTextGuard(cell) ? "'" + cell : cell;
  return cell;
}

/** A block's rows padded to a rectangle, as a 2-D array Office.js accepts in one assignment. */
export function blockInput(rows: readonly (readonly PlanCell[])[]): {
  input: (string | number | boolean | null)[][];
  width: number;
} {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const input = rows.map((r) => {
    const out = r.map(officeInput);
    while (out.length < width) out.push(null);
    return out;
  });
  return { input, width };
}

/** Excel column width in characters to points (Calibri 11: 7 px per character plus 5 px padding). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
