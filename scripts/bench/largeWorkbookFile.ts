/**
 * Generated provider returns written to .xlsx once (the cache survives between runs): the
 * validator's large workbook (N organisations x 12 months on PWR, PFR, Vacancies, Agency and
 * Settings) with a realistic Staff sheet in place of its six repeated rows.
 */
import { existsSync, mkdirSync, renameSync } from "fs";
import { join } from "path";
import { REPORTING_MONTH, largeWorkbook } from "../../test/domain/validation/fixtures";
import { MONTH_HEADERS } from "../../test/support/workbook";
import { writePlanToFile } from "../../src/xlsx";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import type { WritePlan } from "../../src/workbook/plan";
import { a1 } from "../../src/workbook/a1";
import { realisticStaffSheet } from "./realisticStaff";

/** Bumped whenever what the files hold changes, so stale cached files are not reused. */
const GENERATION = 2;

export function snapshotToPlan(snapshot: WorkbookSnapshot): WritePlan {
  return {
    sheets: snapshot.sheets.map((s) => ({
      name: s.name,
      blocks: [{ at: a1(s.origin.row, s.origin.col), rows: s.values }],
    })),
  };
}

/** `organisations` providers (ORG01, ORG02, ...) x 12 months, and `staffRows` Staff assignments. */
export function providerReturn(
  organisations: number,
  staffRows: number,
  seed = 20231031
): WorkbookSnapshot {
  const base = largeWorkbook(organisations, 0);
  const pwr = base.sheets.find((s) => s.name === "PWR");
  if (!pwr) throw new Error("largeWorkbook() has no PWR sheet");
  const staff = realisticStaffSheet(pwr, MONTH_HEADERS[REPORTING_MONTH - 1], staffRows, seed);
  return { ...base, sheets: base.sheets.map((s) => (s.name === "Staff" ? staff : s)) };
}

/** Writes the return to `dir` unless an up-to-date copy is there; returns its path. */
export async function providerReturnFile(
  dir: string,
  organisations: number,
  staffRows: number,
  seed = 20231031
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(
    dir,
    `return-g${GENERATION}-${organisations}orgs-${staffRows}staff-s${seed}.xlsx`
  );
  if (!existsSync(path)) {
    const partial = `${path}.partial`;
    const written = await writePlanToFile(
      snapshotToPlan(providerReturn(organisations, staffRows, seed)),
      partial
    );
    if (!written.ok) throw new Error(`could not write ${path}: ${JSON.stringify(written.error)}`);
    renameSync(partial, path); // an interrupted run leaves no half-written file to be reused
  }
  return path;
}

/** Issue 3's and 5's workbook: 10 organisations x 12 months and a 100,000-row Staff sheet. */
export function largeWorkbookFile(
  dir: string,
  organisations = 10,
  staffRows = 100_000
): Promise<string> {
  return providerReturnFile(dir, organisations, staffRows);
}
