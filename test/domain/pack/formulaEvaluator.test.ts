/** The test-only evaluator must itself be right, or the formula checks prove nothing. */
import {
  criterionMatcher,
  evaluateFormula,
  functionsUsed,
  isError,
  sheetLookup,
  type Scalar,
} from "./formulaEvaluator";

const data = sheetLookup([
  {
    name: "Data sheet",
    origin: { row: 0, col: 0 },
    values: [
      ["Org", "Group", "Value"],
      ["UHL", "Nursing, Midwifery", 10],
      ["uhl", "N&MW", 5],
      ["LPT", "Nursing, Midwifery", 7],
      ["UHL", "Total", 15],
      ["UHL", null, 100],
      ["UHL", "a*b", 1000],
      ["UHL", "Nursing, Midwifery", "12"],
    ],
  },
]);
const own: Record<string, Scalar> = { "0:0": 4, "0:1": 6, "1:0": "", "1:1": null };
const lookup = (sheet: string | null, row: number, col: number): Scalar =>
  sheet === null ? (own[`${row}:${col}`] ?? null) : data(sheet, row, col);
const ev = (f: string) => evaluateFormula(f, lookup);
const R = (c: string) => `'Data sheet'!$${c}$2:$${c}$8`;

describe("formulaEvaluator", () => {
  it.each([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=10/4-1", 1.5],
    ["=-2+5", 3],
    ["=A1+B1", 10],
    ["=SUM(A1:B1)", 10],
    ["=SUM(A1:B2)", 10],
    ["=A1+B2", 4],
    ['=IFERROR(1/0,"")', ""],
    ['=IFERROR(A1/B1-1,"")', 4 / 6 - 1],
  ] as const)("%s = %p", (f, want) => {
    expect(ev(f)).toBe(want);
  });

  it('divides by zero to #DIV/0! and treats "" in arithmetic as #VALUE!', () => {
    expect(ev("=1/0")).toEqual({ error: "#DIV/0!" });
    expect(ev("=A2+1")).toEqual({ error: "#VALUE!" });
    expect(isError(ev("=A2+1"))).toBe(true);
  });

  it("SUMIFS matches case-insensitively, exactly, and adds numbers only", () => {
    expect(ev(`=SUMIFS(${R("C")},${R("A")},"UHL")`)).toBe(10 + 5 + 15 + 100 + 1000);
    expect(ev(`=SUMIFS(${R("C")},${R("A")},"UHL",${R("B")},"Nursing, Midwifery")`)).toBe(10);
    expect(ev(`=SUMIFS(${R("C")},${R("B")},"N&MW")`)).toBe(5);
    expect(ev(`=SUMIFS(${R("C")},${R("A")},"UHL",${R("B")},"<>Total")`)).toBe(10 + 5 + 100 + 1000);
    expect(ev(`=SUMIFS(${R("C")},${R("A")},"UHL",${R("B")},"<>Total",${R("B")},"<>")`)).toBe(
      10 + 5 + 1000
    );
    expect(ev(`=SUMIFS(${R("C")},${R("B")},"a~*b")`)).toBe(1000);
    expect(ev(`=SUMIFS(${R("C")},${R("B")},"a*")`)).toBe(1000);
    expect(ev(`=SUMIFS(${R("C")},${R("A")},"LPT")`)).toBe(7);
  });

  it("criteria: = and <> prefixes, blanks, wildcards", () => {
    expect(criterionMatcher("=<x")("<x")).toBe(true);
    expect(criterionMatcher("<>")(null)).toBe(false);
    expect(criterionMatcher("<>")("a")).toBe(true);
    expect(criterionMatcher("<>Total")(null)).toBe(true);
    expect(criterionMatcher("total")("TOTAL")).toBe(true);
    expect(criterionMatcher("Tot?l")("Total")).toBe(true);
    expect(criterionMatcher("Total")("Total ")).toBe(false);
  });

  it("lists the functions a formula calls", () => {
    expect(functionsUsed(`=IFERROR(SUM(A1:B1)/SUMIFS(${R("C")},${R("A")},"UHL"),"")`)).toEqual([
      "IFERROR",
      "SUM",
      "SUMIFS",
    ]);
  });

  it("refuses what it does not understand rather than guessing", () => {
    expect(() => ev("=VLOOKUP(1,A1:B1,2)")).toThrow(/unsupported/);
    expect(() => ev("=1+")).toThrow();
  });
});
