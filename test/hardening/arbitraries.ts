/**
 * fast-check arbitraries for what a workbook holds: cell values that look like NHS return data
 * (labels, months, numbers typed every which way, Excel errors) mixed with plain garbage, number
 * text built from the parser's own grammar, period inputs, and custom-function arguments.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/workbook/snapshot";
import { STAFF_GROUP_ALIASES, STAFF_GROUPS } from "../../src/domain/staffGroups";
import { STAFF_TYPES, STAFF_TYPE_ALIASES } from "../../src/domain/staffTypes";
import {
  AGENCY_MEASURES,
  AGENCY_MEASURE_ALIASES,
  PLAN_MEASURES,
  PLAN_MEASURE_ALIASES,
  VACANCY_MEASURES,
  VACANCY_MEASURE_ALIASES,
} from "../../src/domain/measures";
import { FORMULA_ERRORS, SETTING_DEFS, TABLE_SHEETS, columnsOf } from "../../src/domain/template";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Every label the template knows: headers and their aliases, groups, types, measures, settings. */
export const TEMPLATE_WORDS: readonly string[] = [
  ...TABLE_SHEETS.flatMap((spec) =>
    columnsOf(spec).flatMap((c) => [c.meta.header, ...c.meta.aliases])
  ),
  ...STAFF_GROUPS,
  ...STAFF_GROUP_ALIASES.map(([alias]) => alias),
  "Total",
  "Total Substantive",
  "All staff",
  ...STAFF_TYPES,
  ...Object.values(STAFF_TYPE_ALIASES).flat(),
  ...PLAN_MEASURES,
  ...Object.values(PLAN_MEASURE_ALIASES).flat(),
  ...VACANCY_MEASURES,
  ...Object.values(VACANCY_MEASURE_ALIASES).flat(),
  ...AGENCY_MEASURES,
  ...Object.values(AGENCY_MEASURE_ALIASES).flat(),
  ...SETTING_DEFS.flatMap((d) => [d.meta.label, ...d.meta.aliases]),
  "UHL",
  "LPT",
  "uhl ",
  " L P T",
  "Notes",
  "Comments",
  "Overtime",
  "£000",
  "£m",
  "£",
  "2023/24",
  "FY 2023/24",
  "2024/25",
  "Base",
];

/** Text that is nearly a template label: case, spacing, punctuation and typos. */
const nearlyWord = fc
  .tuple(
    fc.constantFrom(...TEMPLATE_WORDS),
    fc.nat(),
    fc.constantFrom("upper", "lower", "pad", "typo", "nbsp", "altEnter", "same")
  )
  .map(([word, n, how]) => {
    switch (how) {
      case "upper":
        return word.toUpperCase();
      case "lower":
        return word.toLowerCase();
      case "pad":
        return `  ${word}\t`;
      case "nbsp":
        return word.replace(/ /g, "\u00a0");
      case "altEnter": // a line break typed in the cell with Alt+Enter
        return word.includes(" ") ? word.replace(" ", "\n") : `${word}\r\n`;
      case "typo": {
        if (word.length < 2) return word + "x";
        const i = n % (word.length - 1);
        return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      }
      default:
        return word;
    }
  });

/** Month labels in every form the period parser reads, and some it should refuse. */
export const monthLabel: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...MONTHS, ...LONG_MONTHS, "Sept", "Mrch"),
      fc.constantFrom(" ", "-", "/", ". ", ""),
      fc.integer({ min: 0, max: 120 })
    )
    .map(([m, sep, y]) => `${m}${sep}${y < 100 ? String(y).padStart(2, "0") : 1950 + y}`),
  fc
    .tuple(fc.constantFrom("M", "m", "Month ", "Mth ", "M "), fc.integer({ min: -2, max: 15 }))
    .map(([p, n]) => `${p}${n}`),
  fc
    .tuple(
      fc.integer({ min: 1990, max: 2100 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.constantFrom("iso", "uk", "ym")
    )
    .map(([y, m, d, form]) =>
      form === "iso"
        ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
        : form === "uk"
          ? `${d}/${m}/${y}`
          : `${y}-${String(m).padStart(2, "0")}`
    )
);

/** Text numbers built from the parser's grammar (sign, £, brackets, groups, fraction, exponent, unit, %). */
export const numberText: fc.Arbitrary<string> = fc
  .record({
    lead: fc.constantFrom("", " ", "\u00a0", "\t"),
    sign: fc.constantFrom("", "-", "+", "\u2212", "\u2013", "--"),
    pound: fc.constantFrom("", "£", "££"),
    open: fc.constantFrom("", "(", "(("),
    int: fc.oneof(
      fc.nat({ max: 999 }).map(String),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
      fc.constant("")
    ),
    commas: fc.boolean(),
    frac: fc.oneof(
      fc.constant(""),
      fc.nat({ max: 99999 }).map((n) => `.${n}`),
      fc.constant("."),
      fc.constant(".5.5"),
      fc.constant(".5,3")
    ),
    exp: fc.constantFrom("", "E+07", "e-3", "E", "e99999", "E+308", "e-400"),
    close: fc.constantFrom("", ")", "))"),
    unit: fc.constantFrom("", "k", "m", "mn", "bn", "K", "M", "x", "mx", " m"),
    pct: fc.constantFrom("", "%", "%%"),
    trail: fc.constantFrom("", " ", "\u00a0", "\u3000"),
  })
  .map((p) => {
    const int = p.commas ? p.int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : p.int;
    return `${p.lead}${p.sign}${p.pound}${p.open}${int}${p.frac}${p.exp}${p.close}${p.unit}${p.pct}${p.trail}`;
  });

/** Numbers, including the ones a careless reader breaks on. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    1e-300,
    -1e-300,
    1e300,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    NaN,
    Infinity,
    -Infinity,
    2 ** 53,
    45230,
    367,
    366,
    60,
    2958465,
    2958466
  )
);

/** A finite number of the size returns hold. */
export const figure: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: -1e6, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -100, max: 100_000 }),
  fc.constantFrom(0, -0, 0.1, 1e-9)
);

const excelError = fc.constantFrom(...FORMULA_ERRORS, " #ref! ", "#REF", "#N/A ");

const unicodeText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(
    "UHL 🏥",
    "مستشفى ليستر",
    "בית חולים",
    "\u202Etxet\u202C",
    "\u0000",
    "\uFEFFUHL",
    "=SUM(A1:A3)",
    "'007",
    "<img src=x onerror=alert(1)>",
    "x".repeat(300),
    "n/a\nsee note",
    "UHL\r\n",
    "line\u2028break"
  )
);

/** A cell as a snapshot holds it: mostly plausible return data, some garbage. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: figure, weight: 6 },
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: nearlyWord, weight: 4 },
  { arbitrary: monthLabel, weight: 2 },
  { arbitrary: numberText, weight: 3 },
  { arbitrary: excelError, weight: 1 },
  { arbitrary: fc.constantFrom("", " ", "\u00a0", "-", "n/a", "TRUE"), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: unicodeText, weight: 2 },
  { arbitrary: anyNumber, weight: 1 }
);

/** What parsers and label resolvers may be handed by a face: anything at all. */
export const anything: fc.Arbitrary<unknown> = fc.oneof(
  cellValue,
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.bigInt(),
  fc.object({ maxDepth: 1 }),
  fc.array(cellValue, { maxLength: 3 }),
  fc.constant(Symbol("s")),
  fc.constant(() => 1)
);

/**
 * A cell holding an Excel data type, as custom functions receive it with
 * allowCustomDataForDataTypeAny on (the Excel.CellValue shapes), including malformed ones.
 */
export const dataTypeCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    type: fc.constantFrom("Double", "FormattedNumber"),
    basicValue: anyNumber,
    numberFormat: fc.constantFrom("0.0", "#,##0", "0%"),
  }),
  fc.record({
    type: fc.constant("String"),
    basicValue: fc.oneof(numberText, monthLabel, unicodeText),
  }),
  fc.record({ type: fc.constant("Boolean"), basicValue: fc.boolean() }),
  fc.record({ type: fc.constant("Empty"), basicValue: fc.constant("") }),
  fc.record({
    type: fc.constant("Error"),
    basicValue: excelError,
    errorType: fc.constantFrom("Div0", "NotAvailable", "Ref", "Value"),
  }),
  fc.record({
    type: fc.constantFrom("Entity", "LinkedEntity"),
    text: fc.oneof(unicodeText, fc.constant("Leicester Royal Infirmary")),
    basicValue: fc.constant("#VALUE!"),
  }),
  fc.record({
    type: fc.constantFrom("WebImage", "Array", "Reference", "NotAvailable", "Unknown"),
    basicValue: cellValue,
  }),
  fc.record({
    type: fc.constantFrom("Double", "String", "Boolean"),
    basicValue: fc.oneof(cellValue, fc.constant(undefined)),
    basicType: fc.constantFrom("Error", "Double", undefined),
  })
);

/** A value Excel may pass a custom function in one cell (desktop 0 for blank, web null). */
const functionCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyNumber, weight: 5 },
  { arbitrary: cellValue, weight: 5 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: monthLabel, weight: 1 },
  { arbitrary: dataTypeCell, weight: 1 }
);

/**
 * A custom-function argument: usually a rectangular matrix of 1-4 x 1-4 mixed cells, sometimes a
 * bare value, a 1-D array, an empty or ragged array, null or undefined.
 */
export const functionArgument: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([rows, cols]) =>
        fc.array(fc.array(functionCell, { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        })
      ),
    weight: 8,
  },
  { arbitrary: functionCell, weight: 2 },
  { arbitrary: fc.array(functionCell, { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.array(fc.array(functionCell, { maxLength: 3 }), { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined, [], [[]]), weight: 1 }
);

/** An optional TRUE/FALSE argument as Excel passes it, and the wrong things. */
export const flagArgument: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.constantFrom(null, undefined, 0, 1, "TRUE", "false", "yes", [[true]], [[false, true]]),
  anyNumber
);
