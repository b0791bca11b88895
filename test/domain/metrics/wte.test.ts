import { DEFAULT_FULL_TIME_HOURS, wholeTimeEquivalent } from "../../../src/domain/metrics/wte";
import { expectError, expectValue } from "./expectResult";

describe("wholeTimeEquivalent (hours / full-time hours)", () => {
  it("defaults to the 37.5-hour Agenda for Change week", () => {
    expect(DEFAULT_FULL_TIME_HOURS).toBe(37.5);
  });

  it.each([
    [37.5, undefined, 1],
    [22.5, undefined, 0.6],
    [0, undefined, 0],
    [75, undefined, 2],
    [40, 40, 1], // a 40-hour contract
    [20, 40, 0.5],
  ])("hours %p, full-time %p -> %p", (hours, fullTime, expected) => {
    expectValue(wholeTimeEquivalent(hours, fullTime), expected);
  });

  it("full-time hours 0 -> DIV0", () => {
    expectError(wholeTimeEquivalent(10, 0), "DIV0", /full-time hours is 0/);
  });

  it.each([
    [-1, 37.5, /hours cannot be negative/],
    [1, -37.5, /full-time hours cannot be negative/],
  ])("negative (%p, %p) -> VALUE", (hours, fullTime, message) => {
    expectError(wholeTimeEquivalent(hours, fullTime), "VALUE", message);
  });

  it("non-finite -> NUM", () => {
    expectError(wholeTimeEquivalent(Number.NaN), "NUM", /hours/);
  });
});
