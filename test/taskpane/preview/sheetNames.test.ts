import { findSheetIndex } from "../../../src/preview/sheetNames";

describe("findSheetIndex", () => {
  it.each([
    [["PWR", "pwr"], "pwr", 1],
    [["PWR", "PFR"], "pfr", 1],
    [["PWR"], " PWR ", 0],
    [["PWR"], "Staff", -1],
  ])(
    "findSheetIndex(%j, %j) = %d (an exact match first, then Excel's case-insensitive one)",
    (names, wanted, index) => {
      expect(findSheetIndex(names, wanted)).toBe(index);
    }
  );
});
