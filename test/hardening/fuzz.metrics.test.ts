/**
 * Every metric never throws and always returns a finite value or a typed error (DIV0, NUM or
 * VALUE with a message), for any numbers at all: NaN, infinities, -0, huge and tiny values.
 * A new metric function fails the coverage test until it is fuzzed here too.
 */
import fc from "fast-check";
import * as metrics from "../../src/domain/metrics";
import { anyNumber } from "./arbitraries";
import { fuzz, pureRuns } from "./fuzzRunner";

const FILE = "test/hardening/fuzz.metrics.test.ts";

type Call = (args: readonly unknown[]) => metrics.MetricResult<unknown>;
const n = anyNumber;
const month = fc.oneof(fc.integer({ min: -2, max: 15 }), anyNumber);

/** Each metric's arguments; the optional ones are sometimes left out. */
const METRICS: Readonly<Record<string, { args: fc.Arbitrary<unknown[]>; call: Call }>> = {
  planVariance: { args: fc.tuple(n, n), call: ([a, b]) => metrics.planVariance(a as number, b as number) },
  planVariancePercent: { args: fc.tuple(n, n), call: ([a, b]) => metrics.planVariancePercent(a as number, b as number) },
  cumulativeGrowth: { args: fc.tuple(n, n), call: ([a, b]) => metrics.cumulativeGrowth(a as number, b as number) },
  priceCapExcess: { args: fc.tuple(n, n), call: ([a, b]) => metrics.priceCapExcess(a as number, b as number) },
  priceCapCeilingToDate: {
    args: fc.tuple(n, month),
    call: ([a, m]) => metrics.priceCapCeilingToDate(a as number, m as number),
  },
  vacancyRate: { args: fc.tuple(n, n), call: ([a, b]) => metrics.vacancyRate(a as number, b as number) },
  vacancyRateFromInPost: {
    args: fc.tuple(n, n),
    call: ([a, b]) => metrics.vacancyRateFromInPost(a as number, b as number),
  },
  yearEndRunRate: {
    args: fc.tuple(n, month, fc.option(month, { nil: undefined })),
    call: ([ytd, m, months]) => metrics.yearEndRunRate(ytd as number, m as number, months as number | undefined),
  },
  turnoverRate: {
    args: fc.tuple(n, n, n),
    call: ([a, b, c]) => metrics.turnoverRate(a as number, b as number, c as number),
  },
  wholeTimeEquivalent: {
    args: fc.tuple(n, fc.option(n, { nil: undefined })),
    call: ([h, f]) => metrics.wholeTimeEquivalent(h as number, f as number | undefined),
  },
  ragStatus: {
    args: fc.tuple(n, n, n, fc.option(fc.boolean(), { nil: undefined })),
    call: ([v, a, r, h]) => metrics.ragStatus(v as number, a as number, r as number, h as boolean | undefined),
  },
  // The shared helpers every metric is built from.
  finite: { args: fc.tuple(n), call: ([v]) => metrics.finite(v as number, "the value") },
  divide: { args: fc.tuple(n, n), call: ([a, b]) => metrics.divide(a as number, b as number, "the divisor") },
};

/**
 * Exported functions that are not metrics (they build errors or check arguments), and the bare
 * arithmetic kernels (planVarianceOf...), which return plain numbers by design: their callers
 * fall back to the checked metric for any non-finite answer (test/functions/numberKernel.test.ts).
 */
const NOT_METRICS = new Set([
  "metricError",
  "finiteInputs",
  "checkMonth",
  "helpAnchorFor",
  "helpUrl",
  "planVarianceOf",
  "planVariancePercentOf",
]);

describe("metrics", () => {
  it("fuzzes every exported metric function", () => {
    const exported = Object.entries(metrics)
      .filter(([name, value]) => typeof value === "function" && !NOT_METRICS.has(name))
      .map(([name]) => name)
      .sort();
    expect(exported).toEqual(Object.keys(METRICS).sort());
  });

  it.each(Object.keys(METRICS))("%s never throws and returns a finite value or a typed error", async (name) => {
    const { args, call } = METRICS[name];
    await fuzz(
      FILE,
      fc.property(args, (values) => {
        const result = call(values);
        if (result.ok) {
          if (typeof result.value === "number") expect(Number.isFinite(result.value)).toBe(true);
          else expect(metrics.RAG_STATUSES).toContain(result.value);
        } else {
          expect(["DIV0", "NUM", "VALUE"]).toContain(result.error.code);
          expect(result.error.message).toMatch(/\S/);
        }
      }),
      pureRuns(3000)
    );
  });

  it("checkMonth and finiteInputs never throw and return an error or nothing", async () => {
    await fuzz(
      FILE,
      fc.property(month, month, n, (m, months, v) => {
        const bad = metrics.checkMonth(m, months);
        if (bad !== undefined) expect(bad.code).toBe("VALUE");
        const inputs = metrics.finiteInputs({ v, m });
        expect(inputs === undefined || inputs.code === "NUM").toBe(true);
      }),
      pureRuns(3000)
    );
  });
});
