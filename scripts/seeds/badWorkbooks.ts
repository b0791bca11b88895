/**
 * Writes seeds/bad/<file>.xlsx: one small workbook per validation code, each holding exactly that
 * defect (specs in test/fixtures/bad-workbooks.ts). Byte-stable, like the sample. Run by `npm run seeds`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { Workbook } from "exceljs";
import { BAD_WORKBOOKS } from "../../test/fixtures/bad-workbooks";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { fixZipTimestamps, SAMPLE_DATE } from "./xlsx";

export const BAD_DIR = join(__dirname, "..", "..", "seeds", "bad");

export async function snapshotToXlsx(snapshot: WorkbookSnapshot): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = "LLR Workforce sample generator (npm run seeds)";
  wb.lastModifiedBy = wb.creator;
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "") ws.getCell(sheet.origin.row + r + 1, sheet.origin.col + c + 1).value = value;
      })
    );
  }
  return fixZipTimestamps(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), SAMPLE_DATE);
}

export async function writeBadWorkbooks(): Promise<string[]> {
  mkdirSync(BAD_DIR, { recursive: true });
  const wanted = new Set(BAD_WORKBOOKS.map((s) => s.file));
  for (const stale of readdirSync(BAD_DIR).filter((f) => !wanted.has(f))) rmSync(join(BAD_DIR, stale));
  for (const spec of BAD_WORKBOOKS) writeFileSync(join(BAD_DIR, spec.file), await snapshotToXlsx(spec.build()));
  return [...wanted];
}

if (require.main === module) {
  writeBadWorkbooks().then((files) => console.log(`seeds/bad: ${files.length} workbooks written`));
}
