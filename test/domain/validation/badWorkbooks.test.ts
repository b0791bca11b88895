/**
 * The data-driven bad workbooks (test/fixtures/bad-workbooks.ts): each holds exactly one defect
 * and must yield its code at its cell, and no other code at all.
 */
import { validate } from "../../../src/domain/validation/validate";
import { ISSUE_CODES } from "../../../src/domain/validation/issueCodes";
import { BAD_WORKBOOKS } from "../../fixtures/bad-workbooks";
import { cleanWorkbook } from "./fixtures";

describe("bad workbooks", () => {
  it("the clean workbook they start from has no errors and no warnings", () => {
    expect(validate(cleanWorkbook())).toEqual([]);
  });

  it.each(BAD_WORKBOOKS.map((b) => [b.file, b] as const))(
    "%s yields only its code at its cell",
    (_file, bad) => {
      const issues = validate(bad.build());
      const hit = issues.find(
        (i) => i.code === bad.code && i.sheet === bad.sheet && i.cell === bad.cell
      );
      expect(hit).toBeDefined();
      expect(new Set(issues.map((i) => i.code))).toEqual(new Set([bad.code]));
      // The message names the cell and says what to do.
      if (bad.cell !== "")
        expect(
          hit?.message.startsWith(
            `${bad.sheet.trim() === bad.sheet ? bad.sheet : `'${bad.sheet}'`}!${bad.cell}: `
          )
        ).toBe(true);
      expect(hit?.message.length).toBeGreaterThan(40);
    }
  );

  it("covers every issue code once, with distinct file names", () => {
    const codes = BAD_WORKBOOKS.map((b) => b.code);
    expect([...codes].sort()).toEqual(ISSUE_CODES.map((c) => c.code).sort());
    const files = BAD_WORKBOOKS.map((b) => b.file);
    expect(new Set(files).size).toBe(files.length);
    for (const f of files) expect(f).toMatch(/^[a-z-]+\.xlsx$/);
  });

  it("builds a fresh workbook each time (specs do not share state)", () => {
    const bad = BAD_WORKBOOKS[0];
    expect(bad.build()).not.toBe(bad.build());
    expect(validate(bad.build())).toEqual(validate(bad.build()));
  });
});
