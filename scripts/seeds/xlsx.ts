/**
 * Writes the sheet grids to an .xlsx with ExcelJS, byte for byte the same on every run: the
 * document dates are fixed and the zip entries' timestamps (which JSZip sets to "now") are
 * rewritten, so re-running `npm run seeds` never dirties git.
 */
import { Workbook } from "exceljs";
import type { SheetGrid } from "./sheets";

/** The date the sample claims to have been made: the end of the reporting month's pack cycle. */
export const SAMPLE_DATE = new Date(Date.UTC(2023, 10, 30, 12, 0, 0));

export async function gridsToXlsx(grids: readonly SheetGrid[]): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = "LLR Workforce sample generator (npm run seeds)";
  wb.lastModifiedBy = wb.creator;
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.name, {
      views: [{ state: "frozen", xSplit: grid.frozenColumns, ySplit: grid.name === "Settings" ? 0 : 1 }],
    });
    grid.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    grid.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        const format = grid.rowFormats[r];
        if (typeof value === "number" && format) cell.numFmt = format;
      });
      if (r === 0) ws.getRow(1).font = { bold: true };
    });
  }
  const written = await wb.xlsx.writeBuffer();
  return fixZipTimestamps(Buffer.from(written as ArrayBuffer), SAMPLE_DATE);
}

/** MS-DOS time and date words of a zip entry. */
function dosDateTime(d: Date): { time: number; date: number } {
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/** Sets every entry's modification time, in the central directory and the local headers. */
export function fixZipTimestamps(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, date } = dosDateTime(when);
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file: no end of central directory");
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error(`zip central directory entry ${n} is malformed`);
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip local header of entry ${n} is malformed`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
