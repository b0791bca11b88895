/** Writes a generated workbook (10 organisations x 12 months, 100,000 Staff rows) to an .xlsx file once. */
import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import { largeWorkbook } from "../../test/domain/validation/fixtures";
import { writePlanToFile } from "../../src/xlsx";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import type { WritePlan } from "../../src/workbook/plan";
import { a1 } from "../../src/workbook/a1";

export function snapshotToPlan(snapshot: WorkbookSnapshot): WritePlan {
  return {
    sheets: snapshot.sheets.map((s) => ({
      name: s.name,
      blocks: [{ at: a1(s.origin.row, s.origin.col), rows: s.values }],
    })),
  };
}

export async function largeWorkbookFile(dir: string, organisations = 10, staffRows = 100_000): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `large-${organisations}orgs-${staffRows}staff.xlsx`);
  if (!existsSync(path)) {
    const written = await writePlanToFile(snapshotToPlan(largeWorkbook(organisations, staffRows)), path);
    if (!written.ok) throw new Error(`could not write ${path}: ${JSON.stringify(written.error)}`);
  }
  return path;
}
