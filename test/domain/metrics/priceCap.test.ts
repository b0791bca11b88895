import { priceCapCeilingToDate, priceCapExcess } from "../../../src/domain/metrics/priceCap";
import { expectError, expectValue } from "./expectResult";

describe("priceCapExcess (actual / cap - 1)", () => {
  it.each([
    [150, 100, 0.5],
    [100, 100, 0],
    [80, 100, -0.2], // under the ceiling is negative
    [0, 100, -1],
    [60875, 45392, 60875 / 45392 - 1], // FY forecast vs ceiling (seed 004:1930): 34.1% over
  ])("actual %p, cap %p -> %p", (actual, cap, expected) => {
    expectValue(priceCapExcess(actual, cap), expected);
  });

  it("cap 0 -> DIV0 naming the cap", () => {
    expectError(priceCapExcess(5, 0), "DIV0", /cap spend is 0/);
  });

  it("non-finite input -> NUM", () => {
    expectError(priceCapExcess(Number.NaN, 1), "NUM", /actual spend/);
  });
});

describe("priceCapCeilingToDate (ceiling / 12 x month)", () => {
  it.each([
    [45392, 1, 45392 / 12],
    [45392, 7, (45392 / 12) * 7],
    [45392, 12, 45392],
    [1200, 6, 600],
    [0, 3, 0],
  ])("ceiling %p, month %p -> %p", (ceiling, month, expected) => {
    expectValue(priceCapCeilingToDate(ceiling, month), expected);
  });

  it.each([0, 13, -1, 6.5])("month %p is refused (VALUE)", (month) => {
    expectError(
      priceCapCeilingToDate(45392, month),
      "VALUE",
      new RegExp(`month must be a whole number from 1 to 12, not ${month}`)
    );
  });

  it("non-finite ceiling -> NUM", () => {
    expectError(priceCapCeilingToDate(Number.POSITIVE_INFINITY, 1), "NUM", /full-year ceiling/);
  });
});
