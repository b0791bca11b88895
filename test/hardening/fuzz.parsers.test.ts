/**
 * The domain's readers of cell text never throw, whatever a cell holds, and always answer with a
 * value or a typed refusal: numbers, periods, financial-year labels, staff groups, staff types,
 * measures and occupation codes.
 */
import fc from "fast-check";
import { parseNumber } from "../../src/domain/numbers";
import { formatMonth, parseFyLabel, parsePeriod } from "../../src/domain/periods";
import { resolveStaffGroup, STAFF_GROUPS } from "../../src/domain/staffGroups";
import { resolveStaffType, STAFF_TYPES } from "../../src/domain/staffTypes";
import { MEASURE_RESOLVERS } from "../../src/domain/measures";
import { lookupOccupationCode } from "../../src/domain/occupationCodes";
import { anything, monthLabel, numberText } from "./arbitraries";
import { fuzz, pureRuns } from "./fuzzRunner";

const FILE = "test/hardening/fuzz.parsers.test.ts";

/** A text or value a parser may meet: grammar-built, label-like, or anything at all. */
const input = fc.oneof(numberText, monthLabel, anything, fc.string({ maxLength: 80 }), fc.string({ unit: "binary", maxLength: 40 }));

describe("parseNumber", () => {
  it("never throws and gives a finite number, missing, or invalid with a reason", async () => {
    await fuzz(
      FILE,
      fc.property(input, (value) => {
        const parsed = parseNumber(value);
        switch (parsed.kind) {
          case "number":
            expect(Number.isFinite(parsed.value)).toBe(true);
            // Text such as "-0" or "(0)" reads as plain zero; a number cell is passed through as it is.
            if (parsed.fromText) expect(Object.is(parsed.value, -0)).toBe(false);
            else if (typeof value === "number") expect(Object.is(parsed.value, value)).toBe(true);
            break;
          case "missing":
            expect(value === null || value === undefined || (typeof value === "string" && value.trim() === "")).toBe(true);
            break;
          case "invalid":
            expect(typeof parsed.text).toBe("string");
            expect(parsed.reason).toMatch(/\S/);
            break;
          default:
            throw new Error(`unexpected kind ${JSON.stringify(parsed)}`);
        }
      }),
      pureRuns(5000)
    );
  });

  it("reads back any finite number it is given as text in plain or grouped form", async () => {
    await fuzz(
      FILE,
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.boolean(), (n, grouped) => {
        const fixed = n.toFixed(2);
        const text = grouped ? fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : fixed;
        const parsed = parseNumber(text);
        expect(parsed).toEqual({ kind: "number", value: Number(fixed) === 0 ? 0 : Number(fixed), fromText: true });
      }),
      pureRuns(3000)
    );
  });
});

describe("parsePeriod and parseFyLabel", () => {
  it("never throw; a period is a month 1-12 with a plausible year or none, a refusal has a reason", async () => {
    await fuzz(
      FILE,
      fc.property(input, (value) => {
        const period = parsePeriod(value);
        if (period.ok) {
          expect(Number.isInteger(period.value.month) && period.value.month >= 1 && period.value.month <= 12).toBe(true);
          const y = period.value.fyStartYear;
          expect(y === null || (Number.isInteger(y) && y >= 1899 && y <= 9999)).toBe(true);
        } else {
          expect(typeof period.error.text).toBe("string");
          expect(period.error.reason).toMatch(/\S/);
        }
        const fy = parseFyLabel(value);
        expect(fy === null || Number.isInteger(fy)).toBe(true);
      }),
      pureRuns(5000)
    );
  });

  it("reads every month label it writes back as the same month and year", async () => {
    await fuzz(
      FILE,
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2098 }), (month, fy) => {
        expect(parsePeriod(formatMonth(month, fy))).toEqual({ ok: true, value: { month, fyStartYear: fy } });
      }),
      pureRuns(2000)
    );
  });
});

describe("label resolvers", () => {
  it("never throw and resolve to a known value or an unknown carrying the text", async () => {
    await fuzz(
      FILE,
      fc.property(input, (value) => {
        const group = resolveStaffGroup(value);
        if (group.kind === "unknown") expect(typeof group.text).toBe("string");
        else expect(STAFF_GROUPS).toContain(group.group);
        const type = resolveStaffType(value);
        if (type.kind !== "unknown") expect(STAFF_TYPES).toContain(type.value);
        for (const resolver of Object.values(MEASURE_RESOLVERS)) {
          const m = resolver.resolve(value);
          expect(["canonical", "alias", "unknown"]).toContain(m.kind);
        }
        const code = lookupOccupationCode(value);
        if (code !== undefined) expect(typeof code.code).toBe("string");
      }),
      pureRuns(3000)
    );
  });
});
