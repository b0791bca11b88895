import { turnoverRate } from "../../../src/domain/metrics/turnover";
import { expectError, expectValue } from "./expectResult";

describe("turnoverRate (leavers / average(start, end))", () => {
  it.each([
    [120, 1180, 1220, 0.1],
    [10, 100, 100, 0.1],
    [0, 50, 70, 0],
    [5, 0, 10, 1], // a new team: average 5
    [1.5, 20.5, 19.5, 1.5 / 20],
  ])("leavers %p, start %p, end %p -> %p", (leavers, start, end, expected) => {
    expectValue(turnoverRate(leavers, start, end), expected);
  });

  it("start and end both 0 -> DIV0", () => {
    expectError(turnoverRate(1, 0, 0), "DIV0", /average staff is 0/);
  });

  it.each([
    [-1, 10, 10, /leavers cannot be negative/],
    [1, -10, 10, /staff at start cannot be negative/],
    [1, 10, -10, /staff at end cannot be negative/],
  ])("negative input (%p, %p, %p) -> VALUE", (leavers, start, end, message) => {
    expectError(turnoverRate(leavers, start, end), "VALUE", message);
  });

  it("non-finite -> NUM", () => {
    expectError(turnoverRate(1, Number.POSITIVE_INFINITY, 1), "NUM", /staff at start/);
  });
});
