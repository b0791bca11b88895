/**
 * The pack's stored values against an independent engine: `fill` writes every pack formula with
 * the value the domain computed; LibreOffice recalculates the output and every pack cell must
 * agree. A copy whose cached values are all poisoned proves that LibreOffice really recalculated
 * rather than keeping the cache. Requires LibreOffice (`soffice`); CI installs it, and without it
 * this suite fails with a message saying how to install it, never skips.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "../xlsx/badFiles";
import { runCli } from "./cliHarness";
import { chartTitles, loadWorkbook, PACK_SHEET, SAMPLE, zipParts } from "./fillFixtures";
import { rawCells, type RawCell } from "./rawCells";
import { findSoffice, recalculateWithLibreOffice, SOFFICE_MISSING } from "./libreOffice";

const POISON = 987654.321;
const RELATIVE_TOLERANCE = 1e-9;

let dir: string;
let out: string;
let stored: Map<string, RawCell>;
let recalculated: Map<string, RawCell>;
let roundTrip: string;

/** Equal within a relative tolerance of 1e-9 (LibreOffice computes with 15-16 significant digits). */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A missing cached value and "" both mean a blank cell. */
function shown(cell: RawCell | undefined): RawCell["value"] {
  return cell === undefined || cell.value === null ? "" : cell.value;
}

beforeAll(async () => {
  if (findSoffice() === null) throw new Error(SOFFICE_MISSING);
  dir = await tempDir("llr-fill-lo-");
  out = path.join(dir, "pack.xlsx");
  const run = await runCli(["fill", SAMPLE, "-o", out]);
  if (run.code !== 0) throw new Error(`fill failed (${run.code}): ${run.stderr}`);

  // The same workbook with every pack formula's cached value replaced by nonsense.
  const poisoned = path.join(dir, "poisoned.xlsx");
  const wb = await loadWorkbook(out);
  wb.getWorksheet(PACK_SHEET)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula)
        cell.value = { formula: cell.formula, result: POISON } as ExcelJS.CellFormulaValue;
    })
  );
  await wb.xlsx.writeFile(poisoned);

  const loDir = path.join(dir, "libreoffice");
  await recalculateWithLibreOffice([poisoned, out], loDir, dir);
  stored = await rawCells(out, PACK_SHEET);
  const poisonedCells = await rawCells(poisoned, PACK_SHEET);
  if (![...poisonedCells.values()].some((c) => c.value === POISON))
    throw new Error("the poisoned copy has no poisoned value");
  recalculated = await rawCells(path.join(loDir, "poisoned.xlsx"), PACK_SHEET);
  roundTrip = path.join(loDir, "pack.xlsx");
}, 240_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe("the pack's stored values, recalculated by LibreOffice", () => {
  it("agree in every pack cell: numbers within 1e-9 relative, text equal", () => {
    const mismatches: string[] = [];
    let formulas = 0;
    let numbers = 0;
    for (const [address, cell] of stored) {
      const mine = shown(cell);
      const lo = shown(recalculated.get(address));
      if (cell.formula !== null) formulas++;
      if (typeof mine === "number" && typeof lo === "number") {
        numbers++;
        if (!close(mine, lo)) mismatches.push(`${address}: stored ${mine}, LibreOffice ${lo}`);
      } else if (mine !== lo) {
        mismatches.push(
          `${address}: stored ${JSON.stringify(mine)}, LibreOffice ${JSON.stringify(lo)}`
        );
      }
    }
    // Cells LibreOffice has that the stored pack has not (there should be none).
    for (const address of recalculated.keys())
      if (!stored.has(address)) mismatches.push(`${address}: only in LibreOffice's copy`);
    // Printed so the run shows the size of the check.
    console.log(
      `LibreOffice comparison: ${stored.size} pack cells (${formulas} formulas, ${numbers} numbers), ${mismatches.length} mismatches`
    );
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(300);
  });

  it("were really recalculated: no poisoned value and no error is left", () => {
    const formulas = [...recalculated].filter(([, c]) => c.formula !== null);
    expect(formulas.length).toBeGreaterThan(300);
    expect(formulas.filter(([, c]) => c.value === POISON).map(([a]) => a)).toEqual([]);
    expect(formulas.filter(([, c]) => c.isError).map(([a, c]) => `${a}: ${c.value}`)).toEqual([]);
  });

  it("keep their formulas through LibreOffice (same formula text in every pack cell)", () => {
    const changed = [...stored]
      .filter(
        ([address, c]) => c.formula !== null && recalculated.get(address)?.formula !== c.formula
      )
      .map(([address, c]) => `${address}: ${c.formula} -> ${recalculated.get(address)?.formula}`);
    expect(changed).toEqual([]);
  });
});

describe("the native charts in LibreOffice", () => {
  it("opens the fill output with all six charts and saves them again", async () => {
    const titles = await chartTitles(out);
    expect(titles).toHaveLength(6);
    const parts = await zipParts(roundTrip);
    const loCharts = parts.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(loCharts).toHaveLength(6);
    const loTitles: string[] = [];
    for (const name of loCharts) {
      const xml = await parts.text(name);
      loTitles.push(...[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]));
      expect(xml).toMatch(/<c:(lineChart|barChart)>/);
      expect(xml).toMatch(new RegExp(`(?:'|&apos;)${PACK_SHEET}(?:'|&apos;)!\\$`));
    }
    for (const title of titles) expect(loTitles).toContain(title.replace(/&/g, "&amp;"));
  });
});
