import { formatPackValue } from "../../src/report/formatValue";
import { PACK_NUMBER_FORMATS } from "../../src/domain/pack/model";

describe("formatPackValue mirrors the pack's Excel number formats", () => {
  it("uses the formats the pack sheet uses", () => {
    // If the pack's Excel formats change, this report formatter must change with them.
    expect(PACK_NUMBER_FORMATS).toEqual({
      wte: "#,##0",
      gbpMillions: '£#,##0.0"m";-£#,##0.0"m"',
      percent: "0.0%",
    });
  });

  it.each([
    [1058, "wte", "1,058"],
    [-57.6, "wte", "-58"],
    [21995.5, "wte", "21,996"],
    [-0.4, "wte", "0"],
    [-3.04, "gbpMillions", "-£3.0m"],
    [43.45, "gbpMillions", "£43.5m"],
    [104.1, "gbpMillions", "£104.1m"],
    [1234.56, "gbpMillions", "£1,234.6m"],
    [0.068, "percent", "6.8%"],
    [-0.0735, "percent", "-7.4%"],
    [0.116, "percent", "11.6%"],
    [null, "wte", ""],
    [Number.NaN, "percent", ""],
  ] as const)("%p as %s -> %p", (value, format, expected) => {
    expect(formatPackValue(value, format)).toBe(expected);
  });
});
