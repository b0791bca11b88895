/**
 * seeds/bad/: each checked-in workbook, read from disk through the .xlsx adapter, yields its own
 * validation code at its cell and no other error; and the files are what `npm run seeds` writes.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { BAD_WORKBOOKS } from "../fixtures/bad-workbooks";
import { BAD_DIR, snapshotToXlsx } from "../../scripts/seeds/badWorkbooks";
import { readSnapshotFromFile } from "../../src/xlsx";
import { validate } from "../../src/domain/validation";
import { ISSUE_CODES } from "../../src/domain/validation/issueCodes";

describe("seeds/bad", () => {
  it("holds one workbook per validation code, and nothing else", () => {
    expect(readdirSync(BAD_DIR).sort()).toEqual(BAD_WORKBOOKS.map((s) => s.file).sort());
    expect(new Set(BAD_WORKBOOKS.map((s) => s.code))).toEqual(new Set(ISSUE_CODES.map((c) => c.code)));
  });

  it.each(BAD_WORKBOOKS.map((s) => [s.file, s] as const))("%s yields its code, read from the file", async (_f, spec) => {
    const read = await readSnapshotFromFile(join(BAD_DIR, spec.file));
    if (!read.ok) throw new Error(read.error.reason);
    const issues = validate(read.value);
    expect(issues).toContainEqual(expect.objectContaining({ code: spec.code, sheet: spec.sheet, cell: spec.cell }));
    const otherErrors = issues.filter((i) => i.severity === "error" && i.code !== spec.code);
    expect(otherErrors).toEqual([]);
  });

  it.each(BAD_WORKBOOKS.map((s) => [s.file, s] as const))("%s is up to date (npm run seeds)", async (_f, spec) => {
    expect((await snapshotToXlsx(spec.build())).equals(readFileSync(join(BAD_DIR, spec.file)))).toBe(true);
  });
});
