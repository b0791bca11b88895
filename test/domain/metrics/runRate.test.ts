import { yearEndRunRate } from "../../../src/domain/metrics/runRate";
import { expectError, expectValue } from "./expectResult";

describe("yearEndRunRate (YTD / month x monthsInYear)", () => {
  it.each([
    [37.9, 7, undefined, (37.9 / 7) * 12], // agency £m to October (docs/published-pack.md, Table 4)
    [10, 6, undefined, 20], // the Finance Overview's "YE run rate" is 2 x YTD at M6 (docs/published-pack.md, Table 2)
    [5, 1, undefined, 60],
    [120, 12, undefined, 120],
    [0, 4, undefined, 0],
    [-3, 3, undefined, -12],
    [13, 13, 13, 13], // 13 four-week periods
    [10, 2, 4, 20], // quarters
  ])("YTD %p, month %p, monthsInYear %p -> %p", (ytd, month, monthsInYear, expected) => {
    expectValue(yearEndRunRate(ytd, month, monthsInYear), expected);
  });

  it.each([
    [0, 12, /month must be a whole number from 1 to 12, not 0/],
    [13, 12, /month must be a whole number from 1 to 12, not 13/],
    [6.5, 12, /not 6.5/],
    [-1, 12, /not -1/],
    [5, 4, /from 1 to 4, not 5/],
  ])("month %p (of %p) is refused", (month, monthsInYear, message) => {
    expectError(yearEndRunRate(10, month, monthsInYear), "VALUE", message);
  });

  it.each([0, -12, 1.5])("monthsInYear %p is refused", (monthsInYear) => {
    expectError(
      yearEndRunRate(10, 1, monthsInYear),
      "VALUE",
      /months in year must be a whole number of at least 1/
    );
  });

  it("non-finite YTD -> NUM", () => {
    expectError(yearEndRunRate(Number.NaN, 3), "NUM", /year to date/);
  });
});
