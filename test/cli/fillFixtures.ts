/** Shared by the fill tests: workbooks on disk, read back with ExcelJS and JSZip. */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export const SAMPLE = path.resolve(__dirname, "../../seeds/llr-m7-sample.xlsx");
export const PACK_SHEET = "LLR Pack Oct 23";

export async function sha256(file: string): Promise<string> {
  return createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/**
 * What a cell holds: its value, or for a formula the formula and its cached result. The result is
 * read with cell.result because cell.value leaves out a result of 0 (ExcelJS copies truthy parts).
 */
export function contentOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula)
    return { formula: cell.formula, result: cell.result };
  return cell.value;
}

/** Every non-empty cell of a sheet: address -> content and number format. */
export function cellsOf(
  ws: ExcelJS.Worksheet
): Map<string, { value: unknown; numFmt: string | undefined }> {
  const cells = new Map<string, { value: unknown; numFmt: string | undefined }>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells.set(cell.address, { value: contentOf(cell), numFmt: cell.numFmt || undefined });
    })
  );
  return cells;
}

export function tableNames(ws: ExcelJS.Worksheet): string[] {
  return Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}).sort();
}

export interface ZipParts {
  readonly names: readonly string[];
  text(name: string): Promise<string>;
}

export async function zipParts(file: string): Promise<ZipParts> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return {
    names: Object.keys(zip.files).filter((n) => !zip.files[n].dir),
    text: (name) => {
      const entry = zip.file(name);
      if (!entry) throw new Error(`no ${name} in ${file}`);
      return entry.async("string");
    },
  };
}

/** Chart titles in chart parts, in part order. */
export async function chartTitles(file: string): Promise<string[]> {
  const parts = await zipParts(file);
  const charts = parts.names
    .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const titles: string[] = [];
  for (const name of charts) {
    const xml = await parts.text(name);
    const title = /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(xml);
    titles.push(title ? title[1] : "");
  }
  return titles;
}

/** Pack cells whose computed value is blank (no data, month not reported yet): A1 addresses. */
export async function blankPackCells(workbook: string): Promise<Set<string>> {
  const { readSnapshotFromFile } = await import("../../src/xlsx/readSnapshot");
  const { buildPack } = await import("../../src/domain/pack");
  const { a1 } = await import("../../src/workbook/a1");
  const snapshot = await readSnapshotFromFile(workbook);
  if (!snapshot.ok) throw new Error(snapshot.error.reason);
  const pack = buildPack(snapshot.value);
  if (!pack.ok) throw new Error(pack.error.message);
  const blank = new Set<string>();
  for (const t of pack.value.tables) {
    t.rows.forEach((row, i) =>
      row.cells.forEach((cell, j) => {
        if (cell.formula !== null && cell.value === null)
          blank.add(a1(t.at.row + 2 + i, t.at.col + 1 + j));
      })
    );
  }
  return blank;
}
