/**
 * buildPack and packPlan on random workbooks and months: they never throw, never write to their
 * input, and a pack is either a typed error or tables whose plan addresses parse and whose every
 * number is finite.
 */
import fc from "fast-check";
import { buildPack, packPlan, packToJson } from "../../src/domain/pack";
import { parseA1 } from "../../src/workbook/a1";
import { parseRange } from "../../src/workbook/rangeRef";
import { isFormulaCell } from "../../src/workbook/plan";
import { anyWorkbook, deepFreeze, defectiveWorkbook } from "./snapshotArbitraries";
import { holdsNonFinite, LINE_BREAK } from "./invariants";
import { fuzz, pureRuns } from "./fuzzRunner";

const FILE = "test/hardening/fuzz.pack.test.ts";
const LEAKS = /\bundefined\b|\bNaN\b|\[object Object\]/;
const ERROR_CODES = ["NO_RETURNS", "NO_MONTH", "BAD_MONTH", "NO_ACTUALS", "UNKNOWN_ORGANISATION", "NO_ORGANISATIONS"];

const month = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1, max: 12 }),
  fc.constantFrom(0, 13, -1, 2.5, NaN, Infinity)
);
const organisations = fc.option(fc.array(fc.constantFrom("UHL", "lpt", " UHL ", "XYZ", ""), { maxLength: 3 }), { nil: undefined });

describe("buildPack", () => {
  it("never throws; gives a typed error or a pack whose plan is well formed", async () => {
    await fuzz(
      FILE,
      fc.property(fc.oneof(defectiveWorkbook, anyWorkbook), month, organisations, (snapshot, m, orgs) => {
        deepFreeze(snapshot);
        const built = buildPack(snapshot, {
          ...(m === undefined ? {} : { month: m }),
          ...(orgs === undefined ? {} : { organisations: orgs }),
        });
        // A message may quote a non-finite input back ("not NaN"); otherwise it must not leak one.
        const leaks = !holdsNonFinite(snapshot) && (m === undefined || Number.isFinite(m));
        if (!built.ok) {
          expect(ERROR_CODES).toContain(built.error.code);
          expect(built.error.message).toMatch(/\S/);
          expect(built.error.message).not.toMatch(LINE_BREAK);
          if (leaks) expect(built.error.message).not.toMatch(LEAKS);
          return;
        }
        const pack = built.value;
        expect(Number.isInteger(pack.month) && pack.month >= 1 && pack.month <= 12).toBe(true);
        for (const message of pack.messages) {
          expect(message).not.toMatch(LINE_BREAK);
          if (leaks) expect(message).not.toMatch(LEAKS);
        }
        for (const table of pack.tables) {
          for (const row of table.rows) {
            expect(row.cells.length).toBe(table.columns.length - 1);
            for (const cell of row.cells) {
              expect(cell.value === null || Number.isFinite(cell.value)).toBe(true);
              if (cell.formula !== null) expect(cell.formula.startsWith("=")).toBe(true);
            }
          }
        }
        const plan = packPlan(pack);
        for (const sheet of plan.sheets) {
          for (const block of sheet.blocks ?? []) {
            expect(parseA1(block.at)).not.toBeNull();
            for (const r of block.rows) for (const c of r) if (isFormulaCell(c)) expect(c.formula.startsWith("=")).toBe(true);
          }
          for (const t of sheet.tables ?? []) expect(parseRange(t.range)).not.toBeNull();
          for (const f of sheet.formats ?? []) expect(parseRange(f.range)).not.toBeNull();
          for (const c of sheet.charts ?? []) expect(parseRange(c.dataRange)).not.toBeNull();
        }
        expect(() => JSON.stringify(packToJson(pack))).not.toThrow();
      }),
      pureRuns(2000)
    );
  });
});
