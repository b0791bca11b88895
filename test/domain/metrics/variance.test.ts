import {
  planVariance,
  planVariancePercent,
  VARIANCE_SPEC,
} from "../../../src/domain/metrics/variance";
import { expectError, expectValue } from "./expectResult";

describe("planVariance (actual - plan)", () => {
  it.each([
    // actual, plan, expected
    [21996, 21408, 588], // Month 7 substantive WTE (docs/published-pack.md, Table 1: plan 21,408, variance 588)
    [6137 + 86, 6137, 86],
    [4520 - 61, 4520, -61], // under plan is negative
    [0, 0, 0],
    [0, 250, -250], // a blank actual is 0 (see the blank-cell rule)
    [-3.0, 1.5, -4.5], // deficits are negative numbers
    [1.1, 1.0, 0.1],
  ])("actual %p, plan %p -> %p", (actual, plan, expected) => {
    expectValue(planVariance(actual, plan), expected);
  });

  it.each([
    [Number.NaN, 1, /actual is not a finite number/],
    [1, Number.POSITIVE_INFINITY, /plan is not a finite number/],
  ])("non-finite input (%p, %p) -> NUM", (actual, plan, message) => {
    expectError(planVariance(actual, plan), "NUM", message);
  });

  it("overflowing to infinity is NUM, never a raw Infinity", () => {
    expectError(
      planVariance(Number.MAX_VALUE, -Number.MAX_VALUE),
      "NUM",
      /variance is not a finite number/
    );
  });
});

describe("planVariancePercent ((actual - plan) / plan)", () => {
  it.each([
    [110, 100, 0.1],
    [90, 100, -0.1],
    [100, 100, 0],
    [37.9, 33.6, 4.3 / 33.6], // agency 13% overspent YTD (docs/published-pack.md, Table 2)
    [0, 100, -1],
  ])("actual %p, plan %p -> %p", (actual, plan, expected) => {
    expectValue(planVariancePercent(actual, plan), expected);
  });

  it.each([
    [5, 0],
    [0, 0],
    [-5, 0],
  ])("plan 0 (actual %p) -> DIV0 naming the plan", (actual, plan) => {
    expectError(planVariancePercent(actual, plan), "DIV0", /plan is 0/);
  });

  it("non-finite result -> NUM", () => {
    expectError(planVariancePercent(Number.MAX_VALUE, Number.MIN_VALUE), "NUM");
  });
});

describe("VARIANCE_SPEC", () => {
  it("names the parameters the function takes, asPercent optional", () => {
    expect(VARIANCE_SPEC.params.map((p) => [p.name, p.optional])).toEqual([
      ["actual", false],
      ["plan", false],
      ["asPercent", true],
    ]);
    expect(VARIANCE_SPEC.helpAnchor).toBe("llrvariance");
  });
});
