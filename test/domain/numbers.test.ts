import fc from "fast-check";
import { parseNumber, ParsedNumber } from "../../src/domain/numbers";

const num = (value: number, fromText = true): ParsedNumber => ({
  kind: "number",
  value,
  fromText,
});

describe("parseNumber: numbers pass straight through", () => {
  it.each([0, 1, -3, 1.5, 0.068, 1e300, -1e-300, Number.MAX_SAFE_INTEGER])("%p", (value) => {
    expect(parseNumber(value)).toEqual(num(value, false));
  });

  it.each([
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
  ])("non-finite %p is invalid", (value, text) => {
    expect(parseNumber(value)).toEqual({ kind: "invalid", text, reason: "not a finite number" });
  });
});

describe("parseNumber: text as analysts type it", () => {
  it.each<[string, number]>([
    // plain and signed
    ["5", 5],
    ["-5", -5],
    ["+5", 5],
    ["0", 0],
    ["0.5", 0.5],
    [".5", 0.5],
    ["5.", 5],
    ["3.0", 3],
    // thousands separators
    ["1,234", 1234],
    ["1,234.5", 1234.5],
    ["12,345,678.90", 12345678.9],
    ["-1,234", -1234],
    // spaces, NBSP and other Unicode spaces around the value
    [" 5 ", 5],
    ["\u00a05\u00a0", 5],
    ["\t42\n", 42],
    ["\u202f7\u2007", 7],
    // currency and units
    ["£24,289", 24289],
    ["£1.2m", 1200000],
    ["£1.1m", 1100000],
    ["£450k", 450000],
    ["450K", 450000],
    ["121k", 121000],
    ["£2.5bn", 2500000000],
    ["£2.5BN", 2500000000],
    ["£1.2mn", 1200000],
    ["£1.2M", 1200000],
    ["£ 1.2 m", 1200000],
    ["-£3.0m", -3000000],
    ["£-3.0m", -3000000],
    ["−£3.0m", -3000000],
    ["£(66.6)m", -66600000],
    ["(£66.6m)", -66600000],
    ["£0.0m", 0],
    // accounting negatives
    ["(3.0)", -3],
    ["(967)", -967],
    ["(1,234.5)", -1234.5],
    ["( 5 )", -5],
    ["(0)", 0],
    // percentages
    ["6.8%", 0.068],
    ["12.7 %", 0.127],
    ["100%", 1],
    ["-6.8%", -0.068],
    ["−12.3%", -0.123],
    ["(6.8%)", -0.068],
    ["(6.8)%", -0.068],
    ["0.1%", 0.001],
    // Unicode minus and en dash
    ["\u22125", -5],
    ["\u20135", -5],
    ["\u2013 £ 5", -5],
    // scientific notation, as Excel writes large numbers as text
    ["1.5E+07", 15000000],
    ["2e-3", 0.002],
  ])("%j -> %p", (text, value) => {
    expect(parseNumber(text)).toEqual(num(value));
  });

  it("scales exactly, with no binary floating-point residue", () => {
    // 6.8 / 100 is 0.06799999999999999 and 1.1 * 1e6 is 1100000.0000000002 in binary floats.
    expect((parseNumber("6.8%") as { value: number }).value).toBe(0.068);
    expect((parseNumber("£1.1m") as { value: number }).value).toBe(1100000);
    expect((parseNumber("0.7%") as { value: number }).value).toBe(0.007);
  });

  it("never returns negative zero", () => {
    for (const text of ["(0)", "-0", "−0.0%", "-£0m"]) {
      const parsed = parseNumber(text);
      expect(parsed.kind).toBe("number");
      expect(Object.is((parsed as { value: number }).value, -0)).toBe(false);
    }
  });
});

describe("parseNumber: blanks are missing", () => {
  it.each([null, undefined, "", " ", "   ", "\u00a0", "\t\n", "\u00a0 \u00a0"])("%j", (value) => {
    expect(parseNumber(value)).toEqual({ kind: "missing" });
  });
});

describe("parseNumber: everything else is invalid, with the text and a reason", () => {
  it.each<[unknown, string, string]>([
    ["n/a", "n/a", "not a number"],
    ["N/A", "N/A", "not a number"],
    ["abc", "abc", "not a number"],
    ["Infinity", "Infinity", "not a number"],
    ["NaN", "NaN", "not a number"],
    ["1.234,5", "1.234,5", "comma after the decimal point"],
    ["£", "£", "no digits"],
    ["-", "-", "no digits"],
    ["%", "%", "no digits"],
    ["()", "()", "no digits"],
    ["12%%", "12%%", "more than one % sign"],
    ["12abc", "12abc", 'unexpected text "abc" after the number'],
    ["12 Mar", "12 Mar", 'unexpected text "Mar" after the number'],
    ["1 234", "1 234", 'unexpected text "234" after the number'],
    ["12mx", "12mx", 'unexpected text "mx" after the number'],
    ["1,23", "1,23", "misplaced thousands separator"],
    ["1234,567", "1234,567", "misplaced thousands separator"],
    ["1,,234", "1,,234", "misplaced thousands separator"],
    [",123", ",123", "misplaced thousands separator"],
    ["1,2345", "1,2345", "misplaced thousands separator"],
    ["1.2.3", "1.2.3", "more than one decimal point"],
    ["--5", "--5", "more than one sign"],
    ["££5", "££5", "more than one £ sign"],
    ["-(5)", "-(5)", "both a minus sign and brackets"],
    ["(5", "(5", "opening bracket without a closing one"],
    ["5)", "5)", "closing bracket without an opening one"],
    ["((5))", "((5))", "more than one opening bracket"],
    ["£5%", "£5%", "both a £ sign and a % sign"],
    ["5k%", "5k%", "both a unit (k, m, bn) and a % sign"],
    ["5%k", "5%k", "both a unit (k, m, bn) and a % sign"],
    ["5km", "5km", 'unexpected text "km" after the number'],
    ["5 k m", "5 k m", "more than one unit (k, m, bn)"],
    ["$5", "$5", "not a number"],
    ["1e999", "1e999", "too large to be a number"],
    ["1e", "1e", 'unexpected text "e" after the number'],
    [" 12abc ", " 12abc ", 'unexpected text "abc" after the number'],
    ["1".repeat(65), "1".repeat(65), "too long to be a number"],
    [true, "TRUE", "a TRUE/FALSE value, not a number"],
    [false, "FALSE", "a TRUE/FALSE value, not a number"],
    [{}, "[object Object]", "not a number"],
    [new Date(Date.UTC(2023, 9, 31)), "2023-10-31T00:00:00.000Z", "not a number"],
  ])("%j", (value, text, reason) => {
    const parsed = parseNumber(value);
    expect(parsed.kind).toBe("invalid");
    if (parsed.kind !== "invalid") return;
    expect(parsed.text).toBe(text);
    expect(parsed.reason).toContain(reason);
  });
});

describe("parseNumber: properties", () => {
  it("reads back every finite double JavaScript prints", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const parsed = parseNumber(String(x));
        expect(parsed).toEqual(num(x === 0 ? 0 : x));
      })
    );
  });

  it("reads back integers written with UK thousands separators, as negatives in brackets too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = n.toLocaleString("en-GB");
        expect(parseNumber(text)).toEqual(num(n));
        expect(parseNumber(`(£${text})`)).toEqual(num(n === 0 ? 0 : -n));
      })
    );
  });

  it("never throws and always says what it found, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: "grapheme" }), (text) => {
        const parsed = parseNumber(text);
        expect(["number", "missing", "invalid"]).toContain(parsed.kind);
        if (parsed.kind === "number") expect(Number.isFinite(parsed.value)).toBe(true);
        if (parsed.kind === "invalid") {
          expect(parsed.text).toBe(text);
          expect(parsed.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 }
    );
  });

  // Speed is measured by `npm run bench`, not asserted here; this checks hostile text stays correct.
  it("handles a million numeric cells and hostile text correctly", () => {
    let sum = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const parsed = parseNumber(i);
      if (parsed.kind === "number") sum += parsed.value;
    }
    const hostile = ["(".repeat(10_000), "1,".repeat(50_000), "£".repeat(100_000), "9".repeat(1e5)];
    for (const text of hostile) expect(parseNumber(text).kind).toBe("invalid");
    for (let i = 0; i < 100_000; i++) parseNumber("£(1,234.5)m");
    expect(sum).toBe(499999500000);
  });
});
