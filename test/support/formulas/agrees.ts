/**
 * Whether a computed value is the value stored with its formula: numbers within 1e-9 relative
 * (at least 1e-9 absolute), anything else equal. A blank result is stored as "", as plans do.
 */
import type { CellValue } from "../../../src/workbook/snapshot";
import type { FormulaValue } from "./formulaWorkbook";

export function agrees(stored: CellValue | undefined, computed: FormulaValue): boolean {
  if (typeof stored === "number")
    return (
      typeof computed === "number" &&
      Math.abs(computed - stored) <= 1e-9 * Math.max(1, Math.abs(stored))
    );
  return computed === (stored ?? "");
}
