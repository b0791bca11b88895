import {
  fyMonth,
  growth,
  priceCap,
  rag,
  runRate,
  staffGroup,
  turnover,
  vacancyRate,
  variance,
  wte,
} from "../../src/functions/functions";
import { isExcelError, show, showAll } from "./excelCells";

describe("LLR.VARIANCE", () => {
  it("computes actual - plan over a column against a single plan", () => {
    expect(showAll(variance([[110], [90], [100]], [[100]]))).toEqual([[10], [-10], [0]]);
  });

  it.each([
    [true, [[0.1], [-0.1]]],
    ["TRUE", [[0.1], [-0.1]]],
    [1, [[0.1], [-0.1]]],
    [false, [[10], [-10]]],
    [0, [[10], [-10]]],
    ["false", [[10], [-10]]],
    [null, [[10], [-10]]],
    [undefined, [[10], [-10]]],
  ])("asPercent %p", (flag, expected) => {
    expect(showAll(variance([[110], [90]], [[100]], flag as boolean))).toEqual(expected);
  });

  it("refuses a flag that is not TRUE/FALSE with one #VALUE! for the call", () => {
    expect(showAll(variance([[1], [2]], [[1]], "yes" as unknown as boolean))).toEqual([
      ['#VALUE!: asPercent must be TRUE or FALSE (or 1 or 0), not "yes"'],
    ]);
  });

  it("reads numbers typed as text the way analysts write them", () => {
    expect(showAll(variance([["£1.2m", "(3.0)", "6.8%", "1,234.5"]], [[0]]))).toEqual([
      [1200000, -3, 0.068, 1234.5],
    ]);
  });

  it("gives each bad cell its own error and still calculates the rest", () => {
    const result = variance([["abc"], [5], [""], [true], ["1.234,5"]], [[1]]);
    expect(showAll(result)).toEqual([
      ['#VALUE!: actual (row 1): "abc" is not a number'],
      [4],
      ["#N/A: actual (row 3): missing value (the cell holds empty text)"],
      ["#VALUE!: actual (row 4): TRUE is not a number (a TRUE/FALSE value, not a number)"],
      [
        expect.stringMatching(
          /^#VALUE!: actual \(row 5\): "1\.234,5" is not a number \(comma after the decimal point/
        ),
      ],
    ]);
    expect(isExcelError(result[0][0])).toBe(true);
  });

  it("names the row and column of a bad cell inside a grid", () => {
    expect(
      show(
        variance(
          [
            [1, 2],
            [3, "x"],
          ],
          [[0]]
        )[1][1]
      )
    ).toBe('#VALUE!: actual (row 2, column 2): "x" is not a number');
    expect(show(variance([[1, "x"]], [[0]])[0][1])).toBe(
      '#VALUE!: actual (column 2): "x" is not a number'
    );
  });

  it("percent against a zero plan is #DIV/0! (no message: Excel shows none for #DIV/0!)", () => {
    const [[cell]] = variance([[5]], [[0]], true);
    expect(isExcelError(cell) && cell.code).toBe("#DIV/0!");
    expect(show(cell)).toBe("#DIV/0!");
  });

  it("a result too large to show is #NUM!", () => {
    expect(showAll(variance([[1e308]], [[-1e308]]))).toEqual([["#NUM!"]]);
  });
});

describe("the other metric functions", () => {
  it("LLR.GROWTH: primary-care total against the March 23 base, zero base is #DIV/0!", () => {
    expect(showAll(growth([[3362, 3413]], [[3280]]))).toEqual([
      [Number((82 / 3280).toFixed(10)), Number((133 / 3280).toFixed(10))],
    ]);
    expect(showAll(growth([[5]], [[0]]))).toEqual([["#DIV/0!"]]);
  });

  it("LLR.PRICECAP: fraction over the ceiling, negative when under", () => {
    expect(showAll(priceCap([[150], [80]], [[100]]))).toEqual([[0.5], [-0.2]]);
    expect(showAll(priceCap([[1]], [[0]]))).toEqual([["#DIV/0!"]]);
  });

  it.each([
    [undefined, 2879 / 21996],
    [false, 2879 / 21996],
    [true, 2879 / (21996 + 2879)],
  ])("LLR.VACANCYRATE with isInPost %p", (isInPost, expected) => {
    expect(showAll(vacancyRate([[2879]], [[21996]], isInPost))).toEqual([
      [Number(expected.toFixed(10))],
    ]);
  });

  it("LLR.VACANCYRATE: negative in post is a #VALUE! with the reason", () => {
    expect(showAll(vacancyRate([[1]], [[-5]], true))).toEqual([
      ["#VALUE!: staff in post cannot be negative (-5)"],
    ]);
  });

  it.each([
    [[[37.9]], [[7]], undefined, (37.9 / 7) * 12],
    [[[37.9]], [["M7"]], undefined, (37.9 / 7) * 12],
    [[[37.9]], [["Oct 23"]], undefined, (37.9 / 7) * 12],
    [[[37.9]], [[45200]], undefined, (37.9 / 7) * 12], // 1 Oct 2023 as an Excel date
    [[[37.9]], [["7"]], undefined, (37.9 / 7) * 12],
    [[[10]], [[2]], [[4]], 20],
    [[[10]], [[2]], null, 60],
  ])("LLR.RUNRATE(%p, %p, %p)", (ytd, month, monthsInYear, expected) => {
    expect(showAll(runRate(ytd, month, monthsInYear as any[][] | undefined))).toEqual([
      [Number(expected.toFixed(10))],
    ]);
  });

  it.each([
    [[[13]], "#VALUE!: month must be a whole number from 1 to 12, not 13"],
    [[[0]], "#VALUE!: month must be a whole number from 1 to 12, not 0"],
    [[[null]], "#VALUE!: month must be a whole number from 1 to 12, not 0"],
    [
      [["Octember"]],
      '#VALUE!: month: "Octember" is not a month number or a period label such as M7 or Oct 23',
    ],
  ])("LLR.RUNRATE month %p", (month, expected) => {
    expect(showAll(runRate([[10]], month))).toEqual([[expected]]);
  });

  it("LLR.TURNOVER: leavers over average staff", () => {
    expect(showAll(turnover([[120], [0]], [[1180]], [[1220]]))).toEqual([[0.1], [0]]);
    expect(showAll(turnover([[1]], [[0]], [[null]]))).toEqual([["#DIV/0!"]]);
  });

  it.each([
    [[[37.5, 22.5]], undefined, [[1, 0.6]]],
    [[[37.5, 22.5]], null, [[1, 0.6]]],
    [[[20, 20]], [[40, 37.5]], [[0.5, Number((20 / 37.5).toFixed(10))]]],
    [[[20]], [[0]], [["#DIV/0!"]]],
    [[[20]], [[null]], [["#DIV/0!"]]], // pointing at a blank cell is not leaving the argument out
    [[[-1]], undefined, [["#VALUE!: hours cannot be negative (-1)"]]],
  ])("LLR.WTE(%p, %p)", (hours, fullTime, expected) => {
    expect(showAll(wte(hours, fullTime as any[][] | undefined))).toEqual(expected);
  });

  it("LLR.RAG: a column of rates against single thresholds, both directions", () => {
    expect(showAll(rag([[0.05], [0.116], [0.181]], [[0.1]], [[0.15]]))).toEqual([
      ["Green"],
      ["Amber"],
      ["Red"],
    ]);
    expect(showAll(rag([[0.97], [0.92], [0.85]], [[0.95]], [[0.9]], false))).toEqual([
      ["Green"],
      ["Amber"],
      ["Red"],
    ]);
  });

  it("LLR.RAG: thresholds in the wrong order are a #VALUE! per cell with a hint; a bad flag fails the call", () => {
    expect(show(rag([[0.5]], [[0.95]], [[0.9]])[0][0])).toMatch(
      /^#VALUE!: amber \(0.95\) is above red \(0.9\) but higher is worse/
    );
    expect(showAll(rag([[0.5]], [[0.1]], [[0.2]], "maybe" as unknown as boolean))).toEqual([
      ['#VALUE!: higherIsWorse must be TRUE or FALSE (or 1 or 0), not "maybe"'],
    ]);
  });
});

describe("LLR.FYMONTH", () => {
  it.each([
    ["M7", 7],
    ["Month 7", 7],
    ["Oct 23", 7],
    ["Oct-23", 7],
    ["October 2023", 7],
    ["2023-10", 7],
    [45200, 7], // 1 Oct 2023
    ["Apr 23", 1],
    ["Mar 24", 12],
    ["Jan 24", 10],
  ])("%p -> %p", (label, month) => {
    expect(showAll(fyMonth([[label]]))).toEqual([[month]]);
  });

  it("maps a header row in one call, one error per bad cell", () => {
    const result = showAll(fyMonth([["Apr 23", "Smarch 23", "Sep 23", 7]]));
    expect(result[0][0]).toBe(1);
    expect(result[0][1]).toMatch(
      /^#VALUE!: dateOrLabel \(column 2\): "Smarch 23" is not a date or period label \(/
    );
    expect(result[0][2]).toBe(6);
    expect(result[0][3]).toMatch(
      /^#VALUE!: dateOrLabel \(column 4\): 7 is not a date or period label \(a number below 367/
    );
  });

  it.each([[null], [0], [""], ["   "]])("blank %p -> #N/A missing value", (blank) => {
    expect(showAll(fyMonth([[blank]]))).toEqual([["#N/A: dateOrLabel: missing value"]]);
  });
});

describe("LLR.STAFFGROUP", () => {
  it.each([
    ["Nursing, Midwifery", "Nursing, Midwifery"],
    ["N&MW", "Nursing, Midwifery"],
    ["Support to clinical staff", "Clinical Support"],
    ["NHS infrastructure support", "Infrastructure Support"],
    ["Medical and dental", "Medical, Dental"],
    ["N9A", "Clinical Support"], // nursing assistant: support, not nursing
    ["G2D", "Clinical Support"],
    ["H1R", "Infrastructure Support"],
    [91, "Medical, Dental"], // occupation code 091 after Excel dropped the leading zero
  ])("%p -> %p", (label, group) => {
    expect(showAll(staffGroup([[label]]))).toEqual([[group]]);
  });

  it("an unknown label is #N/A quoting it; an ambiguous ESR group says why", () => {
    expect(showAll(staffGroup([["Wizards"]]))).toEqual([
      [
        '#N/A: labelOrOccupationCode: "Wizards" is not a recognised staff group or NHS occupation code',
      ],
    ]);
    expect(show(staffGroup([["Administrative and Clerical"]])[0][0])).toMatch(
      /^#N\/A: labelOrOccupationCode: "Administrative and Clerical" spans more than one staff group \(.+\); use the occupation code$/
    );
  });

  it.each([[null], [0], [""]])("blank %p -> #N/A missing value", (blank) => {
    expect(showAll(staffGroup([[blank]]))).toEqual([
      ["#N/A: labelOrOccupationCode: missing value"],
    ]);
  });
});
