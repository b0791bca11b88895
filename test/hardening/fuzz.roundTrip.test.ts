/**
 * Writing a pack into a copy of a workbook keeps every cell of the workbook: for random small
 * template-like workbooks (written to .xlsx), buildPack + packPlan + writePlanToFile with the
 * workbook as base, then both files read back: every input sheet is in the copy under its own
 * name with the same used range, values and formulas, and the input file is untouched. Fewer runs
 * than the pure properties: each one writes and reads files.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import ExcelJS from "exceljs";
import { buildPack, packPlan } from "../../src/domain/pack";
import { readSnapshotFromFile } from "../../src/xlsx/readSnapshot";
import { writePlanToFile } from "../../src/xlsx/writePlan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { tempDir } from "../xlsx/badFiles";
import { cellValue } from "./arbitraries";
import { defectiveWorkbook, sheetName } from "./snapshotArbitraries";
import { fuzz, ioRuns } from "./fuzzRunner";

const FILE = "test/hardening/fuzz.roundTrip.test.ts";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("llr-fuzz-roundtrip-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A small template-like workbook: the defective fixture cut to a few rows, plus a user sheet. */
const smallWorkbook = fc
  .record({
    base: defectiveWorkbook,
    rows: fc.integer({ min: 1, max: 14 }),
    extra: fc.option(
      fc.record({
        name: fc.oneof(fc.constant("LLR Pack Oct 23"), fc.constant("LLR Pack M7"), sheetName),
        values: fc.array(fc.array(cellValue, { maxLength: 5 }), { minLength: 1, maxLength: 5 }),
      }),
      { nil: null }
    ),
  })
  .map(({ base, rows, extra }): WorkbookSnapshot => {
    const sheets: SheetSnapshot[] = base.sheets.map((s) => ({ ...s, values: s.values.slice(0, rows + 1) }));
    if (extra) sheets.push({ name: extra.name, origin: { row: 0, col: 0 }, values: extra.values });
    return { source: "small.xlsx", sheets };
  });

/** Names ExcelJS (and Excel) accept, unique ignoring case; others are renamed. */
function excelName(name: string, taken: Set<string>): string {
  let base = name.replace(/[*?:/\\[\]]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31);
  if (base.trim() === "" || base.toLowerCase() === "history") base = "Sheet";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 27)} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

async function writeWorkbook(snapshot: WorkbookSnapshot, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(excelName(sheet.name, taken));
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "" || (typeof value === "number" && !Number.isFinite(value))) return;
        ws.getCell(sheet.origin.row + r + 1, sheet.origin.col + c + 1).value = value;
      })
    );
  }
  await wb.xlsx.writeFile(file);
}

const sha = async (file: string) => createHash("sha256").update(await fs.readFile(file)).digest("hex");

describe("writing a pack into a copy of a workbook", () => {
  it("keeps every cell of every input sheet and never touches the input", async () => {
    let run = 0;
    let packs = 0;
    await fuzz(
      FILE,
      fc.asyncProperty(smallWorkbook, async (snapshot) => {
        run++;
        const input = path.join(dir, `in-${run}.xlsx`);
        const output = path.join(dir, `out-${run}.xlsx`);
        await writeWorkbook(snapshot, input);
        const before = await sha(input);
        const read = await readSnapshotFromFile(input);
        if (!read.ok) return; // e.g. every cell blank: nothing to fill
        const built = buildPack(read.value);
        if (!built.ok) return;
        packs++;
        const written = await writePlanToFile(packPlan(built.value), output, { base: input });
        if (!written.ok) throw new Error(`the pack could not be written: ${written.error.reason}`);
        expect(await sha(input)).toBe(before);
        const copy = await readSnapshotFromFile(output);
        if (!copy.ok) throw new Error(`the copy cannot be read: ${copy.error.reason}`);
        for (const sheet of read.value.sheets) {
          const kept = copy.value.sheets.find((s) => s.name === sheet.name);
          expect({ sheet: sheet.name, kept: kept !== undefined }).toEqual({ sheet: sheet.name, kept: true });
          expect({ sheet: sheet.name, origin: kept?.origin, values: kept?.values, formulas: kept?.formulas }).toEqual({
            sheet: sheet.name,
            origin: sheet.origin,
            values: sheet.values,
            formulas: sheet.formulas,
          });
        }
        expect(copy.value.sheets.map((s) => s.name)).toContain(written.value.sheets[0]);
        await fs.rm(output, { force: true });
        await fs.rm(input, { force: true });
      }),
      ioRuns(30)
    );
    // The property is only worth its runs if most workbooks make a pack.
    expect(packs).toBeGreaterThan(run / 3);
  });
});
