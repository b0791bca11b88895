import { cumulativeGrowth } from "../../../src/domain/metrics/growth";
import { expectError, expectValue } from "./expectResult";

describe("cumulativeGrowth ((current - base) / base)", () => {
  it.each([
    [3413, 3280, 133 / 3280], // PC total Sep 23 vs March 23 (docs/published-pack.md, primary care)
    [2822, 2758, 64 / 2758],
    [100, 100, 0],
    [50, 100, -0.5],
    [0, 100, -1], // a blank current counts as 0
    [200, 100, 1],
    [-50, -100, -0.5], // (−50 − −100) / −100: the formula as defined, sign included
  ])("current %p, base %p -> %p", (current, base, expected) => {
    expectValue(cumulativeGrowth(current, base), expected);
  });

  it.each([
    [10, 0],
    [0, 0],
  ])("base 0 (current %p) -> DIV0", (current, base) => {
    expectError(cumulativeGrowth(current, base), "DIV0", /base is 0/);
  });

  it.each([
    [Number.NaN, 1, /current/],
    [1, Number.NEGATIVE_INFINITY, /base/],
  ])("non-finite %p / %p -> NUM", (current, base, message) => {
    expectError(cumulativeGrowth(current, base), "NUM", message);
  });
});
