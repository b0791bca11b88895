/** The blank template plan: what it writes, and that the validator accepts it as it stands. */
import { blankTemplatePlan, monthSerial } from "../../../src/domain/template/blank";
import { parseTemplate } from "../../../src/domain/template/parse";
import { columnsOf, TABLE_SHEETS } from "../../../src/domain/template/definition";
import { SETTING_DEFS } from "../../../src/domain/template/settingsDefinition";
import { STAFF_GROUPS } from "../../../src/domain/staffGroups";
import { STAFF_TYPES } from "../../../src/domain/staffTypes";
import { parsePeriod } from "../../../src/domain/periods";
import { validate } from "../../../src/domain/validation/validate";
import type { SheetPlan } from "../../../src/workbook/plan";
import { planToSnapshot } from "./planSnapshot";

const STRUCTURAL = [
  "MISSING_SHEET",
  "DUPLICATE_SHEET",
  "HEADER_NOT_FOUND",
  "MISSING_COLUMN",
  "BAD_PERIOD_HEADER",
  "BAD_SETTING",
];

function sheet(name: string, plan = blankTemplatePlan()): SheetPlan {
  const s = plan.sheets.find((p) => p.name === name);
  if (!s) throw new Error(`no ${name}`);
  return s;
}

describe("blankTemplatePlan", () => {
  it("writes every template sheet, Settings last, PWR active", () => {
    const plan = blankTemplatePlan();
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "PWR",
      "PFR",
      "Vacancies",
      "Agency",
      "Staff",
      "Settings",
    ]);
    expect(plan.sheets.filter((s) => s.activate).map((s) => s.name)).toEqual(["PWR"]);
  });

  it("validates with no issues at all (and so no structural ones)", () => {
    const issues = validate(planToSnapshot(blankTemplatePlan()));
    expect(
      issues.filter((i) => STRUCTURAL.includes(i.code) || i.code.startsWith("UNKNOWN_"))
    ).toEqual([]);
    expect(issues).toEqual([]);
  });

  it.each([2022, 2023, 2025])(
    "heads the months Apr..Mar of FY %i with real dates the reader parses",
    (fy) => {
      const plan = blankTemplatePlan({ fyStartYear: fy });
      const header = sheet("PWR", plan).blocks[0].rows[0];
      const months = header.slice(5);
      expect(months).toHaveLength(12);
      months.forEach((serial, i) => {
        expect(serial).toBe(monthSerial(i + 1, fy));
        expect(parsePeriod(serial)).toEqual({ ok: true, value: { month: i + 1, fyStartYear: fy } });
      });
      const parsed = parseTemplate(planToSnapshot(plan));
      expect(parsed.financialYear).toBe(fy);
      expect(parsed.pwr?.months.map((m) => m.month)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
      ]);
      expect(sheet("PWR", plan).formats).toContainEqual(
        expect.objectContaining({ range: "F1:Q1", numberFormat: "mmm yy" })
      );
    }
  );

  it("has example rows for each organisation x staff type x group x Plan/Actual, with blank figures", () => {
    const plan = blankTemplatePlan({ organisations: ["UHL", "LPT", "LLR"] });
    const rows = sheet("PWR", plan).blocks[0].rows.slice(1);
    expect(rows).toHaveLength(3 * STAFF_TYPES.length * STAFF_GROUPS.length * 2);
    expect(rows[0].slice(0, 4)).toEqual(["UHL", "Substantive", "Nursing, Midwifery", "Plan"]);
    expect(rows.every((r) => r.slice(4).every((v) => v === null))).toBe(true);
    const parsed = parseTemplate(planToSnapshot(plan));
    expect(parsed.pfr?.rows).toHaveLength(rows.length);
    expect(parsed.settings.values.organisations).toEqual(["UHL", "LPT", "LLR"]);
    expect(sheet("Vacancies", plan).blocks[0].rows).toHaveLength(1 + 3 * STAFF_GROUPS.length * 3);
    expect(sheet("Agency", plan).blocks[0].rows).toHaveLength(1 + 3 * 4);
    expect(sheet("Staff", plan).blocks[0].rows).toHaveLength(1);
  });

  it("offers drop-down lists for organisation, staff type, staff group and measure", () => {
    const pwr = sheet("PWR");
    const lists = Object.fromEntries((pwr.validations ?? []).map((v) => [v.range, v.values]));
    expect(lists).toEqual({
      "A2:A1001": ["UHL", "LPT"],
      "B2:B1001": [...STAFF_TYPES],
      "C2:C1001": [...STAFF_GROUPS, "Total"],
      "D2:D1001": ["Plan", "Actual"],
    });
    const agencyLists = (sheet("Agency").validations ?? []).map((v) => v.values);
    expect(agencyLists).toContainEqual([
      "Price cap spend",
      "Actual spend",
      "Shifts",
      "Shifts above cap",
    ]);
    const staffLists = (sheet("Staff").validations ?? []).map((v) => [v.range, v.values.length]);
    expect(staffLists).toContainEqual(["E2:E20001", STAFF_GROUPS.length]);
  });

  it("formats WTE as #,##0.0 and £000 as #,##0, freezes headers and label columns, sizes columns", () => {
    expect(sheet("PWR").formats).toContainEqual({ range: "E2:Q1001", numberFormat: "#,##0.0" });
    expect(sheet("PFR").formats).toContainEqual({ range: "E2:Q1001", numberFormat: "#,##0" });
    expect(sheet("PWR").freeze).toEqual({ rows: 1, cols: 4 });
    expect(sheet("Agency").freeze).toEqual({ rows: 1, cols: 2 });
    for (const spec of TABLE_SHEETS) {
      const plan = sheet(spec.name);
      const header = plan.blocks[0].rows[0];
      expect(plan.columnWidths).toHaveLength(header.length);
      expect(plan.formats?.[0]).toMatchObject({
        range: expect.stringMatching(/^A1:[A-Z]+1$/),
        bold: true,
      });
      for (const def of columnsOf(spec).filter((d) => d.meta.kind !== "months"))
        expect(header).toContain(def.meta.header);
    }
  });

  it("writes a Settings sheet with every key and its default, read back as the defaults", () => {
    const settings = sheet("Settings");
    const rows = settings.blocks[0].rows;
    expect(rows.slice(1).map((r) => r[0])).toEqual(SETTING_DEFS.map((d) => d.meta.label));
    const parsed = parseTemplate(planToSnapshot(blankTemplatePlan({ fyStartYear: 2024 })));
    expect(parsed.settings.values).toMatchObject({
      financialYear: 2024,
      reportingMonth: null,
      financeUnit: "£000",
      organisations: ["UHL", "LPT"],
      toleranceWte: 0.5,
      toleranceThousands: 1,
      outlierChange: 0.1,
    });
    expect(settings.validations).toEqual([
      expect.objectContaining({ range: "B4", values: ["£000", "£m", "£"] }),
    ]);
  });
});
