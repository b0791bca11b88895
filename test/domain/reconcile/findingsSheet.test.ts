import ExcelJS from "exceljs";
import {
  findingsPlan,
  FINDINGS_COLUMNS,
  FINDINGS_OWNER_MARKER,
  FINDINGS_SHEET_NAME,
  reconcile,
} from "../../../src/domain/reconcile";
import { isFormulaCell, type PlanCell } from "../../../src/workbook/plan";
import { parseA1 } from "../../../src/workbook/a1";
import { applyPlanToWorkbook } from "../../../src/xlsx/applyPlan";
import { cleanWorkbook } from "./fixtures";
import { addToMonths, addStaff, type RowMatch, returnRow } from "../../support/workbook";

const UHL_NM_ACTUAL = returnRow("UHL", "Substantive", "Nursing, Midwifery", "Actual");

function withFindings() {
  const wb = cleanWorkbook();
  addToMonths(wb, "PWR", UHL_NM_ACTUAL, 60, 5);
  addToMonths(wb, "PFR", UHL_NM_ACTUAL, -300, 5);
  addStaff(wb, { title: "Ward Assistant", code: "H1A", pwr: "Infrastructure Support" });
  addStaff(wb, {
    title: "Healthcare Assistant",
    code: "H1A",
    pwr: "Infrastructure Support",
    wte: 0.5,
  });
  addStaff(wb, { title: "Ward Clerk", code: "G2A", pwr: "Infrastructure Support" });
  return reconcile(wb);
}

/** The plan's cells as a grid keyed by A1 address. */
function cellsOf(plan: ReturnType<typeof findingsPlan>): Map<string, PlanCell> {
  const out = new Map<string, PlanCell>();
  for (const block of plan.sheets[0].blocks) {
    const at = parseA1(block.at)!;
    block.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const col = at.col + j;
        let letters = "";
        for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
          letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        out.set(`${letters}${at.row + i + 1}`, cell);
      })
    );
  }
  return out;
}

describe("findingsPlan", () => {
  it("writes one owned sheet with the roll-up above an Excel table of every finding", () => {
    const result = withFindings();
    const plan = findingsPlan(result);
    expect(plan.sheets).toHaveLength(1);
    const sheet = plan.sheets[0];
    expect(sheet).toMatchObject({
      name: FINDINGS_SHEET_NAME,
      ownerMarker: FINDINGS_OWNER_MARKER,
      activate: true,
    });
    expect(sheet.tables).toHaveLength(1);
    const table = sheet.tables![0];
    const [from, to] = table.range.split(":").map((a) => parseA1(a)!);
    expect(to.row - from.row).toBe(result.findings.length);
    expect(to.col - from.col + 1).toBe(FINDINGS_COLUMNS.length);
    const cells = cellsOf(plan);
    // Header, then the findings in order.
    FINDINGS_COLUMNS.forEach((c, j) =>
      expect(cells.get(`${String.fromCharCode(65 + j)}${from.row + 1}`)).toBe(c.header)
    );
    result.findings.forEach((f, i) => expect(cells.get(`A${from.row + 2 + i}`)).toBe(f.code));
    // The roll-up line sits above the table.
    const rollupRow = [...cells.entries()].find(([, v]) => v === result.rollup[0].message)![0];
    expect(parseA1(rollupRow)!.row).toBeLessThan(from.row);
  });

  it("links each finding to its first cell with a formula that escapes quotes", () => {
    const result = withFindings();
    const cells = cellsOf(findingsPlan(result));
    const links = [...cells.values()].filter(isFormulaCell);
    expect(links).toHaveLength(result.findings.length);
    expect(links[0]).toEqual({
      formula: `=HYPERLINK("#${result.findings[0].cells[0]}","${result.findings[0].cells[0]}")`,
      value: result.findings[0].cells[0],
    });
    const quoted = findingsPlan({
      ...result,
      findings: [{ ...result.findings[0], cells: [`'Staff "A"'!B2`] }],
    });
    const link = [...cellsOf(quoted).values()].find(isFormulaCell)!;
    expect(link.formula).toBe(`=HYPERLINK("#'Staff ""A""'!B2","'Staff ""A""'!B2")`);
  });

  it("lists at most maxRows findings and says how many more there are", () => {
    const result = withFindings();
    const plan = findingsPlan(result, { maxRows: 2 });
    const [from, to] = plan.sheets[0].tables![0].range.split(":").map((a) => parseA1(a)!);
    expect(to.row - from.row).toBe(2);
    expect([...cellsOf(plan).values()]).toContain(
      `... and ${result.findings.length - 2} more findings not listed here; the roll-up above counts them all.`
    );
  });

  it("writes no table when there is nothing to list", () => {
    const plan = findingsPlan(reconcile(cleanWorkbook()));
    expect(plan.sheets[0].tables).toEqual([]);
    expect([...cellsOf(plan).values()]).toContain("No coding mismatches were found.");
  });

  it("applies to a workbook through the file adapter: a marked sheet with a real table", () => {
    const result = withFindings();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Staff");
    const outcome = applyPlanToWorkbook(wb, findingsPlan(result));
    expect(outcome.sheets).toEqual([FINDINGS_SHEET_NAME]);
    const ws = wb.getWorksheet(FINDINGS_SHEET_NAME)!;
    const tables = (
      ws as unknown as {
        getTables(): [{ table: { name: string; tableRef?: string; ref?: string } }];
      }
    ).getTables();
    expect(tables.map((t) => t.table.name)).toEqual(["LLR_CodingFindings"]);
    expect(
      wb.definedNames.model.some((n: { name: string }) => n.name.startsWith("LLR_OWNER_coding_"))
    ).toBe(true);
  });
});
