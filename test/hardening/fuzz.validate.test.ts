/**
 * validate on random workbooks (template-shaped with defects, synthetic, garbage): it never
 * throws, never writes to its input (the snapshot is frozen), and
 * every issue names a real cell (see invariants.ts for the precise definition).
 */
import fc from "fast-check";
import { validate } from "../../src/domain/validation";
import { issueProblems } from "./invariants";
import { anyWorkbook, deepFreeze, defectiveWorkbook } from "./snapshotArbitraries";
import { fuzz, pureRuns } from "./fuzzRunner";

const FILE = "test/hardening/fuzz.validate.test.ts";
const month = fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined });

describe("validate", () => {
  it("never throws on any workbook and every issue names a real cell", async () => {
    await fuzz(
      FILE,
      fc.property(anyWorkbook, month, (snapshot, m) => {
        deepFreeze(snapshot);
        const issues = validate(snapshot, m === undefined ? {} : { month: m });
        expect(issueProblems(snapshot, issues)).toEqual([]);
      }),
      pureRuns(2000)
    );
  });

  it("finds at least one issue whenever a defect breaks the template's structure", async () => {
    // A workbook without a readable PWR or PFR must never pass as valid.
    await fuzz(
      FILE,
      fc.property(defectiveWorkbook, (snapshot) => {
        const issues = validate(snapshot);
        const names = snapshot.sheets.map((s) => s.name.trim().toLowerCase());
        const lost = !names.includes("pwr") || !names.includes("pfr");
        if (lost) expect(issues.some((i) => i.severity === "error")).toBe(true);
      }),
      pureRuns(1000)
    );
  });
});
