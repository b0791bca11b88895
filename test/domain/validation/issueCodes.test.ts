/** The code table: complete, one line each, and the severities the issue asks for. */
import { ISSUE_CODES, severityOf } from "../../../src/domain/validation/issueCodes";

describe("ISSUE_CODES", () => {
  it("has unique codes with a one-line description and action", () => {
    const codes = ISSUE_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of ISSUE_CODES) {
      expect(c.code).toMatch(/^[A-Z_]+$/);
      expect(c.description).not.toContain("\n");
      expect(c.action).not.toContain("\n");
      expect(c.description.length).toBeGreaterThan(20);
    }
  });

  it("contains every code the issue names", () => {
    const named =
      "MISSING_SHEET HEADER_NOT_FOUND MISSING_COLUMN BAD_PERIOD_HEADER UNKNOWN_ORGANISATION UNKNOWN_STAFF_GROUP STAFF_GROUP_ALIAS UNKNOWN_STAFF_TYPE UNKNOWN_MEASURE DUPLICATE_ROW MISSING_ROW NOT_A_NUMBER TEXT_NUMBER NEGATIVE_WTE FORMULA_ERROR MISSING_ACTUAL FUTURE_ACTUAL TOTAL_MISMATCH OUTLIER_CHANGE UNIT_SUSPECT RETURN_COVERAGE".split(
        " "
      );
    const codes = ISSUE_CODES.map((c) => c.code as string);
    for (const code of named) expect(codes).toContain(code);
  });

  it.each([
    ["STAFF_GROUP_ALIAS", "warning"],
    ["TEXT_NUMBER", "warning"],
    ["FUTURE_ACTUAL", "warning"],
    ["OUTLIER_CHANGE", "warning"],
    ["UNIT_SUSPECT", "warning"],
    ["MISSING_SHEET", "error"],
    ["TOTAL_MISMATCH", "error"],
    ["RETURN_COVERAGE", "error"],
  ] as const)("%s is a %s", (code, severity) => expect(severityOf(code)).toBe(severity));
});
