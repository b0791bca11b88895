import {
  highlightAreas,
  highlightFormula,
  highlightPlan,
  isHighlightFormula,
  HIGHLIGHT_MARKER,
  reconcile,
} from "../../../src/domain/reconcile";
import { cleanWorkbook } from "./fixtures";
import { addToMonths, addStaff, type RowMatch } from "../../support/workbook";

describe("highlightPlan", () => {
  it("marks the whole table width of each Staff row with a finding, merging adjacent rows", () => {
    const wb = cleanWorkbook();
    const a = addStaff(wb, { title: "Ward Assistant", code: "H1A", pwr: "Infrastructure Support" });
    addStaff(wb, { title: "Staff Nurse", code: "N6Z", pwr: "Nursing, Midwifery" });
    addStaff(wb, { title: "Staff Nurse", code: "N6A", pwr: "Nursing, Midwifery" });
    const d = addStaff(wb, { title: "Ward Clerk", code: "G2A", pwr: "Infrastructure Support" });
    const plans = highlightPlan(reconcile(wb));
    expect(plans).toEqual([
      {
        sheet: "Staff",
        ranges: [`A${a.row + 1}:I${a.row + 2}`, `A${d.row + 1}:I${d.row + 1}`],
        marker: HIGHLIGHT_MARKER,
        formula: '=AND(TRUE,"LLR-coding"="LLR-coding")',
        fill: "#FFE699",
      },
    ]);
  });

  it("also marks the PWR and PFR cells of aggregate findings, unless asked not to", () => {
    const wb = cleanWorkbook();
    const k: RowMatch = {
      org: "UHL",
      type: "Substantive",
      group: "Nursing, Midwifery",
      measure: "Actual",
    };
    addToMonths(wb, "PWR", k, 60, 5);
    addToMonths(wb, "PFR", k, -300, 5);
    const result = reconcile(wb);
    const plans = highlightPlan(result);
    expect(plans.map((p) => p.sheet).sort()).toEqual(["PFR", "PWR"]);
    const all = plans.flatMap((p) => p.ranges.map((r) => `${p.sheet}!${r}`)).sort();
    expect(all).toEqual([...result.findings[0].cells].sort());
    expect(highlightPlan(result, { aggregateCells: false })).toEqual([]);
  });

  it("filters by code", () => {
    const wb = cleanWorkbook();
    addStaff(wb, { title: "Ward Assistant", code: "H1A", pwr: "Infrastructure Support" });
    const u = addStaff(wb, { title: "Staff Nurse", code: "N6Z", pwr: "Nursing, Midwifery" });
    const [plan] = highlightPlan(reconcile(wb), { codes: ["UNKNOWN_OCCUPATION_CODE"] });
    expect(plan.ranges).toEqual([`A${u.row + 1}:I${u.row + 1}`]);
  });

  it("recognises its own rule formula however Excel spaces or cases it, and nothing else", () => {
    expect(isHighlightFormula(highlightFormula())).toBe(true);
    expect(isHighlightFormula('=and(true, "LLR-coding" = "LLR-coding")')).toBe(true);
    expect(isHighlightFormula("=AND(TRUE,TRUE)")).toBe(false);
    expect(isHighlightFormula('=A1="LLR-coding-x"')).toBe(false);
    expect(isHighlightFormula(null)).toBe(false);
    expect(highlightFormula("my marker!")).toBe('=AND(TRUE,"my_marker_"="my_marker_")');
  });

  it("chunks many ranges into addresses of bounded length, losing none", () => {
    const ranges = Array.from({ length: 500 }, (_, i) => `A${2 * i + 2}:I${2 * i + 2}`);
    const chunks = highlightAreas(
      {
        sheet: "Staff",
        ranges,
        marker: HIGHLIGHT_MARKER,
        formula: highlightFormula(),
        fill: "#FFE699",
      },
      200
    );
    expect(chunks.every((c) => c.length <= 200)).toBe(true);
    expect(chunks.join(",").split(",")).toEqual(ranges);
  });
});
