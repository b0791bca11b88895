/**
 * Cells holding Excel data types, as the custom-functions runtime passes them when
 * allowCustomDataForDataTypeAny is on: the Excel.CellValue JSON objects, not the shown value.
 * Each shape goes through the real functions, as a single value and inside ranges, and through
 * LLR.VARIANCE's number fast path.
 */
import * as fns from "../../src/functions/functions";
import { plainCell } from "../../src/functions/dataTypes";
import { isExcelError, show, showAll } from "./excelCells";

/** WTE in post as an analyst formats it: a number shown with one decimal. */
const formatted = (n: number, numberFormat = "#,##0.0") => ({
  type: "FormattedNumber",
  basicValue: n,
  basicType: "Double",
  numberFormat,
});
const double = (n: number) => ({ type: "Double", basicValue: n, basicType: "Double" });
const text = (s: string) => ({ type: "String", basicValue: s, basicType: "String" });
const bool = (b: boolean) => ({ type: "Boolean", basicValue: b, basicType: "Boolean" });
const entity = (name: string) => ({
  type: "Entity",
  text: name,
  basicValue: "#VALUE!",
  basicType: "Error",
  properties: {
    Name: { type: "String", basicValue: name },
    Beds: { type: "Double", basicValue: 1100 },
  },
});
const linked = (name: string) => ({
  type: "LinkedEntity",
  text: name,
  basicValue: "#VALUE!",
  basicType: "Error",
  id: { entityId: "geo-1", domainId: "Geography", serviceId: 268, culture: "en-GB" },
});
const errorCell = (basicValue: string, errorType: string) => ({
  type: "Error",
  basicValue,
  basicType: "Error",
  errorType,
});

describe("plain values inside data types are read as the values they show", () => {
  it.each([
    ["FormattedNumber", formatted(3362.4)],
    ["Double", double(3362.4)],
    ["String holding a number", text("3,362.4")],
  ])("LLR.VARIANCE over a %s actual", (_name, cell) => {
    expect(showAll(fns.variance([[cell]], [[3280]]))).toEqual([[82.4]]);
  });

  it("a bare value (not wrapped in a matrix) is unwrapped the same way", () => {
    const bare = (cell: unknown) => cell as any[][];
    expect(showAll(fns.variance(bare(formatted(3362.4)), bare(double(3280))))).toEqual([[82.4]]);
    expect(show(fns.variance(bare(entity("LPT")), bare(1))[0][0])).toMatch(
      /^#VALUE!: actual holds a data type \(entity "LPT"\)/
    );
  });

  it("reads a column of formatted WTE against formatted plans, as the plain numbers would", () => {
    const actual = [[formatted(3362.4)], [formatted(2879)], [formatted(410.25, "0.00")]];
    const plan = [[formatted(3280)], [formatted(2900)], [formatted(400)]];
    const plainActual = [[3362.4], [2879], [410.25]];
    const plainPlan = [[3280], [2900], [400]];
    expect(showAll(fns.variance(actual, plan))).toEqual(
      showAll(fns.variance(plainActual, plainPlan))
    );
    expect(showAll(fns.variance(actual, plan, true))).toEqual(
      showAll(fns.variance(plainActual, plainPlan, true))
    );
  });

  it("text and TRUE/FALSE inside data types are read as text and booleans", () => {
    expect(showAll(fns.fyMonth([[text("Oct 23")], [double(45200)]]))).toEqual([[7], [7]]);
    expect(showAll(fns.staffGroup([[text("N&MW")]]))).toEqual([["Nursing, Midwifery"]]);
    // A Boolean data type is a TRUE/FALSE value, which is not an amount: the usual message.
    expect(showAll(fns.growth([[bool(true)]], [[1]]))).toEqual([
      ["#VALUE!: current: TRUE is not a number (a TRUE/FALSE value, not a number)"],
    ]);
  });

  it("a flag held in a Boolean data type works like TRUE", () => {
    expect(showAll(fns.variance([[110]], [[100]], bool(true) as unknown as boolean))).toEqual([
      [0.1],
    ]);
    expect(showAll(fns.vacancyRate([[1]], [[3]], [[bool(true)]] as unknown as boolean))).toEqual([
      [0.25],
    ]);
  });

  it("an Empty data type is a blank cell: 0 as an amount, #DIV/0! as a divisor", () => {
    const empty = { type: "Empty", basicValue: "" };
    expect(showAll(fns.variance([[empty]], [[5]]))).toEqual([[-5]]);
    expect(showAll(fns.growth([[5]], [[empty]]))).toEqual([["#DIV/0!"]]);
  });

  it("RUNRATE's optional monthsInYear may be a formatted number too", () => {
    expect(
      showAll(fns.runRate([[formatted(10)]], [[formatted(2, "0")]], [[formatted(4)]]))
    ).toEqual([[20]]);
  });
});

describe("an entity or any other data type gives #VALUE! naming the argument and the cell", () => {
  it("a single entity: the argument, what it holds and what to use instead", () => {
    const [[cell]] = fns.variance([[entity("Leicester Royal Infirmary")]], [[100]]);
    expect(isExcelError(cell) && cell.code).toBe("#VALUE!");
    expect(show(cell)).toBe(
      '#VALUE!: actual holds a data type (entity "Leicester Royal Infirmary"), not a plain value; LLR functions need its display value: refer to one of its fields (e.g. =A3.Name for cell A3) or to =VALUETOTEXT(A3) instead'
    );
  });

  it("inside a range: the row and column of the cell, and the rest of the spill is calculated", () => {
    const actual = [
      [3362.4, 2879],
      [410, 512],
      [entity("Leicester Royal Infirmary"), 98],
    ];
    const out = showAll(fns.variance(actual, [[100]]));
    expect(out[0]).toEqual([3262.4, 2779]);
    expect(out[1]).toEqual([310, 412]);
    expect(out[2][0]).toMatch(
      /^#VALUE!: actual: the cell in row 3, column 1 of the range holds a data type \(entity "Leicester Royal Infirmary"\), not a plain value; LLR functions need its display value/
    );
    expect(out[2][1]).toBe(-2);
  });

  it.each([
    ["a linked data type", linked("Leicester"), 'linked data type "Leicester"'],
    [
      "an image",
      { type: "WebImage", address: "https://example.org/logo.png", altText: "Trust logo" },
      'image "Trust logo"',
    ],
    [
      "an array",
      { type: "Array", elements: [[{ type: "Double", basicValue: 1 }]], basicValue: "#VALUE!" },
      "array",
    ],
    [
      "a type this version does not know",
      { type: "Currency", basicValue: 5 },
      'data type "Currency"',
    ],
    [
      "a Double whose basicValue is not a number",
      { type: "Double", basicValue: "12" },
      'data type "Double"',
    ],
  ])("%s", (_name, cell, what) => {
    const out = showAll(fns.growth([[cell], [3413]], [[3280]]));
    expect(out[0][0]).toEqual(
      expect.stringContaining(
        `#VALUE!: current: the cell in row 1, column 1 of the range holds a data type (${what}`
      )
    );
    expect(out[1][0]).toBe(Number((133 / 3280).toFixed(10)));
  });

  it("every function refuses an entity, whatever its reader (numbers, months, labels, dates)", () => {
    const lri = entity("Leicester Royal Infirmary");
    const calls: [string, () => unknown[][]][] = [
      ["GROWTH", () => fns.growth([[1]], [[lri]])],
      ["PRICECAP", () => fns.priceCap([[lri]], [[1]])],
      ["VACANCYRATE", () => fns.vacancyRate([[lri]], [[1]])],
      ["RUNRATE month", () => fns.runRate([[1]], [[lri]])],
      ["TURNOVER", () => fns.turnover([[1]], [[1]], [[lri]])],
      ["WTE", () => fns.wte([[lri]])],
      ["FYMONTH", () => fns.fyMonth([[lri]])],
      ["STAFFGROUP", () => fns.staffGroup([[lri]])],
      ["RAG", () => fns.rag([[lri]], [[1]], [[2]])],
    ];
    for (const [name, call] of calls) {
      const [[cell]] = call();
      expect({ name, message: show(cell) }).toEqual({
        name,
        message: expect.stringMatching(
          /^#VALUE!: \w+ holds a data type \(entity "Leicester Royal Infirmary"\)/
        ),
      });
    }
  });

  it("a flag pointed at an entity fails the call with one #VALUE! that says so", () => {
    expect(
      showAll(fns.variance([[1], [2]], [[1]], [[linked("Leicester")]] as unknown as boolean))
    ).toEqual([
      [
        expect.stringMatching(
          /^#VALUE!: asPercent holds a data type \(linked data type "Leicester"\).*; asPercent must be TRUE or FALSE$/
        ),
      ],
    ]);
  });

  it("a long entity name is cut short in the message", () => {
    const long = entity(`University Hospitals of Leicester NHS Trust ${"x".repeat(200)}`);
    const message = String(show(fns.wte([[long]])[0][0]));
    expect(message).toMatch(/\(entity "University Hospitals of Leicester NHS Trust x+\.\.\."\)/);
    expect(message.length).toBeLessThan(400);
  });
});

describe("errors held in cells become the matching Excel error", () => {
  it.each([
    [errorCell("#DIV/0!", "Div0"), "#DIV/0!"],
    [errorCell("#NUM!", "Num"), "#NUM!"],
    [
      errorCell("#N/A", "NotAvailable"),
      "#N/A: actual: the cell in row 1, column 1 of the range holds #N/A",
    ],
    [
      errorCell("#VALUE!", "Value"),
      "#VALUE!: actual: the cell in row 1, column 1 of the range holds #VALUE!",
    ],
    [
      errorCell("#REF!", "Ref"),
      "#VALUE!: actual: the cell in row 1, column 1 of the range holds the error #REF!, which LLR functions cannot pass on",
    ],
    [
      { type: "FormattedNumber", basicValue: "#SPILL!", basicType: "Error" },
      "#VALUE!: actual: the cell in row 1, column 1 of the range holds the error #SPILL!, which LLR functions cannot pass on",
    ],
    [
      new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable),
      "#N/A: actual: the cell in row 1, column 1 of the range holds #N/A",
    ],
  ])("%p -> %s", (cell, expected) => {
    const out = showAll(fns.variance([[cell], [110]], [[100]]));
    expect(out).toEqual([[expected], [10]]);
  });
});

describe("LLR.VARIANCE's fast path never lets an object through", () => {
  it("a million-cell-style range of numbers with one data type in it: the object is read, not skipped", () => {
    const rows = 2000;
    const actual: unknown[][] = Array.from({ length: rows }, (_, i) => [3000 + i]);
    actual[1234][0] = formatted(4000);
    actual[1500][0] = entity("Leicester General Hospital");
    const out = fns.variance(actual as any[][], [[3000]]);
    expect(out[1233][0]).toBe(1233);
    expect(out[1234][0]).toBe(1000);
    expect(show(out[1500][0])).toMatch(
      /^#VALUE!: actual: the cell in row 1501, column 1 of the range holds a data type \(entity "Leicester General Hospital"\)/
    );
    expect(out.filter(([c]) => isExcelError(c))).toHaveLength(1);
    expect(out.every(([c]) => typeof c === "number" || isExcelError(c))).toBe(true);
  });

  it("the plan side too, with asPercent", () => {
    const out = fns.variance([[110], [110]], [[double(100)], [entity("LPT")]], true);
    expect(show(out[0][0])).toBe(0.1);
    expect(show(out[1][0])).toMatch(
      /^#VALUE!: plan: the cell in row 2, column 1 of the range holds a data type \(entity "LPT"\)/
    );
  });
});

describe("plainCell", () => {
  it("passes objects that are not data types through unchanged, for the reader to judge", () => {
    const date = new Date(Date.UTC(2023, 9, 1));
    expect(plainCell(date)).toEqual({ ok: true, value: date });
    expect(showAll(fns.fyMonth([[date]]))).toEqual([[7]]);
  });
});
