/**
 * The =LLR.* custom functions never throw, whatever Excel passes: matrices of mixed cells, bare
 * values, ragged or empty arrays, odd flags. Every call returns a non-empty rectangular spill of
 * finite numbers, text and CustomFunctions.Error values, and no cell is the catch-all "unexpected
 * error" (which would mean the domain threw underneath).
 */
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { flagArgument, functionArgument } from "./arbitraries";
import { fuzz, pureRuns } from "./fuzzRunner";

const FILE = "test/hardening/fuzz.functions.test.ts";

type Fn = (...args: unknown[]) => unknown;

/** Which arguments are TRUE/FALSE flags; the rest are ranges. Optional ones may be left out. */
const SIGNATURES: Readonly<Record<string, { readonly ranges: number; readonly optionalRange?: boolean; readonly flag?: boolean }>> = {
  variance: { ranges: 2, flag: true },
  growth: { ranges: 2 },
  priceCap: { ranges: 2 },
  vacancyRate: { ranges: 2, flag: true },
  runRate: { ranges: 2, optionalRange: true },
  turnover: { ranges: 3 },
  wte: { ranges: 1, optionalRange: true },
  fyMonth: { ranges: 1 },
  staffGroup: { ranges: 1 },
  rag: { ranges: 3, flag: true },
};

function argumentsFor(sig: (typeof SIGNATURES)[string]): fc.Arbitrary<unknown[]> {
  const parts: fc.Arbitrary<unknown[]>[] = [fc.array(functionArgument, { minLength: sig.ranges, maxLength: sig.ranges })];
  if (sig.optionalRange) parts.push(fc.oneof(fc.constant<unknown[]>([]), functionArgument.map((a) => [a])));
  if (sig.flag) parts.push(fc.oneof(fc.constant<unknown[]>([]), flagArgument.map((a) => [a])));
  return fc.tuple(...parts).map((p) => p.flat());
}

const isExcelError = (v: unknown): v is CustomFunctions.Error => v instanceof CustomFunctions.Error;

describe("custom functions", () => {
  it("fuzzes every exported function", () => {
    const exported = Object.entries(functions)
      .filter(([, v]) => typeof v === "function")
      .map(([name]) => name)
      .sort();
    expect(exported).toEqual(Object.keys(SIGNATURES).sort());
  });

  it.each(Object.keys(SIGNATURES))("LLR.%s never throws and spills numbers, text and Excel errors", async (name) => {
    const fn = (functions as unknown as Record<string, Fn>)[name];
    await fuzz(
      FILE,
      fc.property(argumentsFor(SIGNATURES[name]), (args) => {
        const out = fn(...args);
        expect(Array.isArray(out)).toBe(true);
        const rows = out as unknown[][];
        expect(rows.length).toBeGreaterThan(0);
        const width = rows[0].length;
        expect(width).toBeGreaterThan(0);
        for (const row of rows) {
          expect(row.length).toBe(width);
          for (const cell of row) {
            if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
            else if (isExcelError(cell)) expect(cell.message).not.toMatch(/unexpected error/);
            else expect(typeof cell).toBe("string");
          }
        }
      }),
      pureRuns(2000)
    );
  });
});
