import fc from "fast-check";
import * as metrics from "../../src/domain/metrics";
import { variance } from "../../src/functions/functions";
import { spillNumbers } from "../../src/functions/spill";

/** Exactly what a cell holds: errors as code and message, numbers bit for bit (so -0 counts). */
const exact = (cell: unknown) =>
  cell instanceof CustomFunctions.Error
    ? `${cell.code}|${cell.message}`
    : Object.is(cell, -0)
      ? "-0"
      : cell;

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double() }, // NaN, infinities and -0 included
  fc.constantFrom(null, undefined, 0, "", " ", "1,234.5", "£1.2m", "n/a", "6.8%", true, false),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  // Cells holding data types: a formatted number, an entity, an error.
  fc.double().map((n) => ({ type: "FormattedNumber", basicValue: n, numberFormat: "0.0" })),
  fc.constantFrom(
    { type: "Entity", text: "Leicester Royal Infirmary", basicValue: "#VALUE!" },
    { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }
  )
);
const grid = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
const shapes = fc.constantFrom([1, 1], [1, 5], [4, 1], [3, 4]);

describe("LLR.VARIANCE's number kernel", () => {
  it.each([false, true])(
    "gives cell for cell what the checked metric gives (asPercent %p)",
    (asPercent) => {
      const checked = asPercent ? metrics.planVariancePercent : metrics.planVariance;
      fc.assert(
        fc.property(
          shapes.chain(([r, c]) =>
            fc.tuple(grid(r, c), fc.oneof(grid(r, c), grid(1, c), grid(r, 1), grid(1, 1)))
          ),
          ([actual, plan]) => {
            const slow = spillNumbers({ actual, plan }, (v) => checked(v.actual, v.plan));
            const fast = variance(actual as any[][], plan as any[][], asPercent);
            expect(fast.map((row) => row.map(exact))).toEqual(slow.map((row) => row.map(exact)));
          }
        ),
        { numRuns: 2000, seed: 20231031 }
      );
    }
  );
});
