/**
 * Workbooks for the Coding tab's tests, built with the reconciliation fixtures: one with a few
 * mismatches of each level, and a clean one.
 */
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { cleanWorkbook } from "../domain/reconcile/fixtures";
import { addToMonths, addStaff, type RowMatch, returnRow } from "../support/workbook";

export const NURSING = returnRow("UHL", "Substantive", "Nursing, Midwifery", "Actual");

/** A COST_WTE_DIRECTION at UHL, three miscoded assignments at UHL and LPT, one unknown code. */
export function mixedWorkbook(): WorkbookSnapshot {
  const wb = cleanWorkbook();
  addToMonths(wb, "PWR", NURSING, 60, 5);
  addToMonths(wb, "PFR", NURSING, -300, 5);
  addStaff(wb, { title: "Ward Assistant", code: "H1A", pwr: "Infrastructure Support", wte: 0.6 });
  addStaff(wb, { title: "Healthcare Assistant", code: "H1A", pwr: "Infrastructure Support" });
  addStaff(wb, { org: "LPT", title: "Nursing Assistant", code: "N9A", pwr: "Nursing, Midwifery" });
  addStaff(wb, { title: "Staff Nurse", code: "N6Z", pwr: "Nursing, Midwifery", wte: 0.8 });
  return wb;
}

export function cleanSnapshot(): WorkbookSnapshot {
  return cleanWorkbook();
}
