import { ragStatus } from "../../../src/domain/metrics/rag";
import { expectError, expectValue } from "./expectResult";

describe("ragStatus, higher is worse (default)", () => {
  it.each([
    // value, amber, red, expected
    [0.05, 0.1, 0.15, "Green"],
    [0.0999, 0.1, 0.15, "Green"],
    [0.1, 0.1, 0.15, "Amber"], // reaching a threshold counts
    [0.116, 0.1, 0.15, "Amber"], // combined vacancy rate vs 10% target
    [0.15, 0.1, 0.15, "Red"],
    [0.181, 0.1, 0.15, "Red"], // LPT 18.1%
    [0.1, 0.1, 0.1, "Red"], // amber = red: no amber band
    [0.05, 0.1, 0.1, "Green"],
    [-5, -2, 0, "Green"],
  ])("value %p, amber %p, red %p -> %p", (value, amber, red, expected) => {
    expectValue(ragStatus(value, amber, red), expected);
  });

  it("amber above red is refused with a hint", () => {
    expectError(
      ragStatus(0.5, 0.15, 0.1),
      "VALUE",
      /amber \(0.15\) is above red \(0.1\) but higher is worse; swap them or set higherIsWorse to FALSE/
    );
  });
});

describe("ragStatus, lower is worse", () => {
  it.each([
    // BPPC-style: 95% target, red below 90%
    [0.97, 0.95, 0.9, "Green"],
    [0.95, 0.95, 0.9, "Amber"],
    [0.92, 0.95, 0.9, "Amber"],
    [0.9, 0.95, 0.9, "Red"],
    [0.5, 0.95, 0.9, "Red"],
    [0.9, 0.9, 0.9, "Red"],
  ])("value %p, amber %p, red %p -> %p", (value, amber, red, expected) => {
    expectValue(ragStatus(value, amber, red, false), expected);
  });

  it("amber below red is refused with a hint", () => {
    expectError(
      ragStatus(0.5, 0.9, 0.95, false),
      "VALUE",
      /amber \(0.9\) is below red \(0.95\) but lower is worse; swap them or set higherIsWorse to TRUE/
    );
  });
});

it("non-finite threshold -> NUM", () => {
  expectError(ragStatus(1, Number.NaN, 2), "NUM", /amber/);
});
