import {
  plantProblems,
  UNKNOWN_STAFF_GROUP_LABEL,
  BROKEN_FORMULA,
  type PlantedKind,
} from "../../../src/preview/plantProblems";
import { sampleSnapshot } from "../../../src/preview/sampleWorkbooks";
import { validate } from "../../../src/domain/validation/validate";
import type { IssueCode } from "../../../src/domain/validation/validate";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { parseA1 } from "../../../src/workbook/a1";

const months = ["Apr 23", "May 23", "Jun 23"];
const returnSheet = (name: string): SheetSnapshot => ({
  name,
  origin: { row: 1, col: 1 }, // the table starts at B2
  values: [
    [`${name} return`],
    ["Organisation", "Staff type", "Staff group", "Measure", "Base", ...months],
    ["UHL", "Substantive", "Total", "Plan", 900, 901, 902, 903],
    ["UHL", "Substantive", "Nursing, Midwifery", "Plan", 100, 101, 102, 103],
    ["UHL", "Substantive", "Nursing, Midwifery", "Actual", 100, 104, null, null],
    ["UHL", "Substantive", "Medical, Dental", "Plan", 200, 201, 202, 203],
    ["UHL", "Substantive", "Medical, Dental", "Actual", 200, 205, null, null],
  ],
});
const synthetic: WorkbookSnapshot = {
  source: "synthetic",
  sheets: [returnSheet("PWR"), returnSheet("PFR")],
};

function valueAt(snapshot: WorkbookSnapshot, sheet: string, cell: string) {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell)!;
  return s.values[row - s.origin.row]?.[col - s.origin.col];
}

describe("plantProblems on a small return", () => {
  const { snapshot, planted } = plantProblems(synthetic);

  it("finds its cells from the headers: the first month after Base, a later row's staff group, PFR's first row", () => {
    expect(planted.map((p) => [p.kind, p.sheet, p.cell, p.original])).toEqual([
      ["text-number", "PWR", "G5", 101], // first non-Total data row (sheet row 5), Apr 23 in column G
      ["unknown-staff-group", "PWR", "D8", "Medical, Dental"], // fourth data row, Staff group column D
      ["formula-error", "PFR", "G5", 101],
    ]);
  });

  it("writes the defects and leaves the input untouched", () => {
    expect(valueAt(snapshot, "PWR", "G5")).toBe("101");
    expect(valueAt(snapshot, "PWR", "D8")).toBe(UNKNOWN_STAFF_GROUP_LABEL);
    expect(valueAt(snapshot, "PFR", "G5")).toBe("#REF!");
    const pfr = snapshot.sheets[1];
    expect(pfr.formulas?.[3][5]).toBe(BROKEN_FORMULA); // G5 relative to the origin B2
    expect(valueAt(synthetic, "PWR", "G5")).toBe(101);
    expect(synthetic.sheets[1].formulas).toBeUndefined();
  });
});

describe("the preview's sample with problems", () => {
  const { snapshot, planted } = plantProblems(sampleSnapshot);
  const expectedCode: Record<PlantedKind, IssueCode> = {
    "text-number": "TEXT_NUMBER",
    "formula-error": "FORMULA_ERROR",
    "unknown-staff-group": "UNKNOWN_STAFF_GROUP",
  };

  it("plants all three problems in the sample", () => {
    expect(planted.map((p) => p.kind).sort()).toEqual([
      "formula-error",
      "text-number",
      "unknown-staff-group",
    ]);
  });

  it.each(["text-number", "formula-error", "unknown-staff-group"] as const)(
    "validate() reports the planted %s at its cell, and not in the clean sample",
    (kind) => {
      const p = planted.find((x) => x.kind === kind)!;
      const at = (issues: ReturnType<typeof validate>) =>
        issues.filter((i) => i.sheet === p.sheet && i.cell === p.cell).map((i) => i.code);
      expect(at(validate(snapshot))).toContain(expectedCode[kind]);
      expect(at(validate(sampleSnapshot))).not.toContain(expectedCode[kind]);
    }
  );
});
