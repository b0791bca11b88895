/**
 * The validator, code by code: each test pokes one defect (or one variant of it) into the clean
 * workbook and checks the code, the cell and what the message says.
 */
import { validate, type ValidationIssue } from "../../../src/domain/validation/validate";
import { parseA1 } from "../../../src/workbook/a1";
import { BAD_WORKBOOKS } from "../../fixtures/bad-workbooks";
import { cleanWorkbook, largeWorkbook } from "./fixtures";
import {
  cellOf,
  deleteRows,
  findColumn,
  findRow,
  getCell,
  MONTH_HEADERS,
  moveOrigin,
  setCell,
  setSetting,
  sheetOf,
  type MutableWorkbook,
  returnRow,
} from "../../support/workbook";
import { a1 } from "../../../src/workbook/a1";

const codes = (issues: readonly ValidationIssue[]) => issues.map((i) => i.code);
const only = (issues: readonly ValidationIssue[], code: string) =>
  issues.filter((i) => i.code === code);

const UHL_SUB_NM_ACTUAL = returnRow("UHL", "Substantive", "Nursing, Midwifery", "Actual");
const UHL_BANK_CS_ACTUAL = returnRow("UHL", "Bank", "Clinical Support", "Actual");
const UHL_BANK_CS_PLAN = { ...UHL_BANK_CS_ACTUAL, measure: "Plan" };

function headerCell(wb: MutableWorkbook, sheet: string, header: string): string {
  return a1(0, findColumn(wb, sheet, header));
}

describe("validate: clean workbooks", () => {
  it("gives no errors and no warnings for the clean 2-organisation workbook", () => {
    expect(validate(cleanWorkbook())).toEqual([]);
  });

  it("accepts headers in any order, case and spacing, after title rows", () => {
    const wb = cleanWorkbook();
    const pwr = sheetOf(wb, "PWR");
    // Swap Staff type and Measure columns, shout the headers, add title rows above.
    pwr.values = pwr.values.map((r) => [r[3], r[1], r[2], r[0], ...r.slice(4)]);
    pwr.values[0] = [
      "MEASURE",
      "staff  type",
      "StaffGroup",
      " organisation ",
      ...pwr.values[0].slice(4),
    ];
    pwr.values.unshift(["LLR PWR return: staff in post (WTE)"], [], ["Source: provider PWR"]);
    expect(validate(wb)).toEqual([]);
  });

  it.each([
    ["M1 ... M12", (m: number) => `M${m}`],
    ["Month 1 ... Month 12", (m: number) => `Month ${m}`],
    [
      "Excel dates",
      (m: number) => Date.UTC(m <= 9 ? 2023 : 2024, (m + 2) % 12, 1) / 86_400_000 + 25569,
    ],
    ["Apr-23 ... Mar-24", (m: number) => MONTH_HEADERS[m - 1].replace(" ", "-")],
  ])("reads month headers written as %s", (_name, header) => {
    const wb = cleanWorkbook();
    for (const name of ["PWR", "PFR"]) {
      const row = sheetOf(wb, name).values[0];
      for (let m = 1; m <= 12; m++) row[4 + m] = header(m);
    }
    expect(validate(wb)).toEqual([]);
  });

  it("treats Notes and Total columns after the months as not months", () => {
    const wb = cleanWorkbook();
    const pwr = sheetOf(wb, "PWR");
    pwr.values[0].push("Total", "Notes");
    pwr.values[1].push(12345, "checked by finance");
    expect(validate(wb)).toEqual([]);
  });

  it("skips blank rows and note rows between data rows", () => {
    const wb = cleanWorkbook();
    const pwr = sheetOf(wb, "PWR");
    pwr.values.splice(10, 0, [], [null, null, null], ["Bank staff below"]);
    expect(validate(wb)).toEqual([]);
  });

  it("accepts staff type aliases silently", () => {
    const wb = cleanWorkbook();
    setCell(wb, "PWR", cellOf(wb, "PWR", UHL_BANK_CS_ACTUAL, "Staff type"), "bank staff");
    setCell(wb, "PWR", cellOf(wb, "PWR", UHL_SUB_NM_ACTUAL, "Staff type"), "Sub");
    expect(validate(wb)).toEqual([]);
  });
});

describe("validate: sheets", () => {
  it("MISSING_SHEET names the sheet, lists what is there, and has no cell", () => {
    const wb = cleanWorkbook();
    wb.sheets = wb.sheets.filter((s) => s.name !== "PWR");
    const [issue] = validate(wb);
    expect(issue).toMatchObject({
      code: "MISSING_SHEET",
      severity: "error",
      sheet: "PWR",
      cell: "",
    });
    expect(issue.message).toContain("sheets present: PFR, Vacancies");
  });

  it.each([
    ["PRW", "PRW"],
    ["PWR data", "PWR data"],
    ["Staff in post", null],
  ])("MISSING_SHEET suggests the closest name for a sheet named %p", (name, suggestion) => {
    const wb = cleanWorkbook();
    sheetOf(wb, "PWR").name = name;
    const [issue] = only(validate(wb), "MISSING_SHEET");
    if (suggestion) expect(issue.message).toContain(`did you mean '${suggestion}'`);
    else expect(issue.message).not.toContain("did you mean");
  });

  it("matches sheet names ignoring case and surrounding spaces", () => {
    const wb = cleanWorkbook();
    sheetOf(wb, "PWR").name = " pwr ";
    sheetOf(wb, "Settings").name = "SETTINGS";
    expect(validate(wb)).toEqual([]);
  });

  it("reports an optional sheet under a near-miss name, but not an absent one", () => {
    const wb = cleanWorkbook();
    sheetOf(wb, "Vacancies").name = "Vacancy";
    wb.sheets = wb.sheets.filter((s) => s.name !== "Agency");
    const issues = validate(wb);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "MISSING_SHEET", sheet: "Vacancies", cell: "" });
    expect(issues[0].message).toContain("'Vacancy'");
  });

  it("DUPLICATE_SHEET: the exact name is read and the variant reported", () => {
    const wb = cleanWorkbook();
    const copy = { ...sheetOf(wb, "PFR"), name: "PFR " };
    copy.values = [[...copy.values[0]]];
    wb.sheets.push(copy);
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["DUPLICATE_SHEET", "PFR ", "A1"],
    ]);
    expect(issues[0].message).toMatch(/^'PFR '!A1: /);
  });

  it("HEADER_NOT_FOUND when the header row is below row 20", () => {
    const wb = cleanWorkbook();
    const pfr = sheetOf(wb, "PFR");
    for (let i = 0; i < 20; i++) pfr.values.unshift([]);
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["HEADER_NOT_FOUND", "PFR", "A1"],
    ]);
  });

  it("a header row at row 20 is still found", () => {
    const wb = cleanWorkbook();
    const pfr = sheetOf(wb, "PFR");
    for (let i = 0; i < 19; i++) pfr.values.unshift([]);
    expect(validate(wb)).toEqual([]);
  });

  it("MISSING_COLUMN for a required label column and for absent months", () => {
    const wb = cleanWorkbook();
    setCell(wb, "Vacancies", headerCell(wb, "Vacancies", "Staff group"), "Group of staff");
    const agency = sheetOf(wb, "Agency");
    agency.values = agency.values.map((r) => r.slice(0, 2));
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["MISSING_COLUMN", "Vacancies", "A1"],
      ["MISSING_COLUMN", "Agency", "A1"],
    ]);
    expect(issues[0].message).toContain("'Staff group' column");
    expect(issues[1].message).toContain("month columns (Apr 23 … Mar 24)");
  });

  it("an optional column may be absent (Base, Staff group (PFR), Cost centre)", () => {
    const wb = cleanWorkbook();
    for (const name of ["PWR", "PFR"]) {
      const s = sheetOf(wb, name);
      s.values = s.values.map((r) => [...r.slice(0, 4), ...r.slice(5)]);
    }
    const staff = sheetOf(wb, "Staff");
    staff.values = staff.values.map((r) => [...r.slice(0, 5), ...r.slice(6, 8)]);
    expect(validate(wb)).toEqual([]);
  });
});

describe("validate: degenerate workbooks", () => {
  it("an empty workbook misses PWR and PFR, and nothing else is claimed", () => {
    const issues = validate({ sheets: [] });
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["MISSING_SHEET", "PWR", ""],
      ["MISSING_SHEET", "PFR", ""],
    ]);
  });

  it("an empty PWR sheet has no header, reported at its origin", () => {
    const wb = cleanWorkbook();
    sheetOf(wb, "PWR").values = [];
    moveOrigin(wb, "PWR", { row: 0, col: 0 });
    expect(validate(wb).map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["HEADER_NOT_FOUND", "PWR", "A1"],
    ]);
  });

  it("ragged rows (trailing blanks dropped) read as blanks", () => {
    const wb = cleanWorkbook();
    for (const name of ["PWR", "PFR"]) {
      for (const row of sheetOf(wb, name).values)
        while (row.length > 0 && row[row.length - 1] === null) row.pop();
    }
    expect(validate(wb)).toEqual([]);
  });
});

describe("validate: BAD_PERIOD_HEADER", () => {
  const poke = (f: (row: unknown[]) => void) => {
    const wb = cleanWorkbook();
    f(sheetOf(wb, "PWR").values[0]);
    return only(validate(wb), "BAD_PERIOD_HEADER").map((i) => [i.cell, i.message]);
  };

  it("unparsable: one issue at the cell, not a second one for the gap it leaves", () => {
    const issues = poke((row) => (row[8] = "Jly 23"));
    expect(issues).toHaveLength(1);
    expect(issues[0][0]).toBe("I1");
    expect(issues[0][1]).toContain('"Jly 23" is not a month');
  });

  it("duplicated month", () => {
    const issues = poke((row) => (row[12] = "Jul 23"));
    expect(issues.map((i) => i[0])).toEqual(["M1"]);
    expect(issues[0][1]).toContain("Jul 23 appears twice");
  });

  it("out of order", () => {
    const issues = poke((row) => {
      [row[7], row[8]] = [row[8], row[7]];
    });
    expect(issues.map((i) => i[0])).toEqual(["H1", "I1"]);
    expect(issues[0][1]).toContain("Jun 23 is missing between May 23 and Jul 23");
    expect(issues[1][1]).toContain("Jun 23 comes after Jul 23");
  });

  it("gapped months", () => {
    const wb = cleanWorkbook();
    const pwr = sheetOf(wb, "PWR");
    pwr.values = pwr.values.map((r) => [...r.slice(0, 9), ...r.slice(10)]); // drop Aug 23
    const issues = only(validate(wb), "BAD_PERIOD_HEADER");
    expect(issues.map((i) => i.cell)).toEqual(["J1"]);
    expect(issues[0].message).toContain("Aug 23 is missing between Jul 23 and Sep 23");
  });

  it("months not starting at April", () => {
    const wb = cleanWorkbook();
    const pwr = sheetOf(wb, "PWR");
    pwr.values = pwr.values.map((r) => [...r.slice(0, 5), ...r.slice(6)]); // drop Apr 23
    const issues = only(validate(wb), "BAD_PERIOD_HEADER");
    expect(issues.map((i) => i.cell)).toEqual(["F1"]);
    expect(issues[0].message).toContain("months must start at April");
  });

  it("one month in the wrong year", () => {
    const issues = poke((row) => (row[13] = "Dec 22"));
    expect(issues.map((i) => i[0])).toEqual(["N1"]);
    expect(issues[0][1]).toContain("Dec 22 is in FY 2022/23, not 2023/24");
  });

  it("every month in a different year from Settings: one issue, months still read", () => {
    const wb = cleanWorkbook();
    setSetting(wb, "Financial year", "2024/25");
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual(
      ["PWR", "PFR", "Vacancies", "Agency"].map((s) => [
        "BAD_PERIOD_HEADER",
        s,
        s === "Vacancies" ? "D1" : s === "Agency" ? "C1" : "F1",
      ])
    );
    expect(issues[0].message).toContain("FY 2023/24 but Settings › Financial year is 2024/25");
  });
});

describe("validate: settings", () => {
  it.each([
    ["Financial year", "2023", "not a financial year"],
    ["Reporting month", "Octember", "is not a month"],
    ["Finance unit", "dollars", "not a finance unit"],
    ["Tolerance £000", -1, "is negative"],
  ])("BAD_SETTING for %s = %p", (name, value, says) => {
    const wb = cleanWorkbook();
    setSetting(wb, name, value);
    const issues = validate(wb);
    const row = sheetOf(wb, "Settings").values.findIndex((r) => r[0] === name);
    expect(issues.map((i) => [i.code, i.cell])).toContainEqual(["BAD_SETTING", `B${row + 1}`]);
    expect(only(issues, "BAD_SETTING")[0].message).toContain(says);
  });

  it("reads £m and rescales tolerances to it", () => {
    const wb = cleanWorkbook();
    setSetting(wb, "Finance unit", "£m");
    const pfr = sheetOf(wb, "PFR");
    pfr.values = pfr.values.map((r, i) =>
      i === 0 ? r : r.map((v) => (typeof v === "number" ? v / 1000 : v))
    );
    expect(validate(wb)).toEqual([]);
    // £1k tolerance is 0.001 in £m: a total 0.002 £m (£2k) off is reported in £m.
    const address = cellOf(
      wb,
      "PFR",
      { org: "LPT", type: "Substantive", group: "Total", measure: "Plan" },
      "May 23"
    );
    setCell(wb, "PFR", address, (getCell(wb, "PFR", address) as number) + 0.002);
    const [issue] = validate(wb);
    expect(issue).toMatchObject({ code: "TOTAL_MISMATCH", cell: address });
    expect(issue.message).toContain("£0.00m more (tolerance £0.00m)");
  });
});

describe("validate: labels", () => {
  it("UNKNOWN_ORGANISATION only when Settings lists organisations", () => {
    const wb = cleanWorkbook();
    const address = cellOf(wb, "PWR", UHL_BANK_CS_ACTUAL, "Organisation");
    setCell(wb, "PWR", address, "UHLL");
    expect(codes(validate(wb))).toEqual(["UNKNOWN_ORGANISATION"]);
    setSetting(wb, "Organisations", null);
    const issues = validate(wb);
    expect(codes(issues)).not.toContain("UNKNOWN_ORGANISATION");
    // Without the list, UHLL is simply another organisation: its rows lack partners.
    expect(codes(issues)).toContain("MISSING_ROW");
    expect(codes(issues)).toContain("RETURN_COVERAGE");
  });

  it("UNKNOWN_ORGANISATION for a blank organisation even without a list", () => {
    const wb = cleanWorkbook();
    setSetting(wb, "Organisations", null);
    const address = cellOf(wb, "Agency", { org: "LPT", measure: "Shifts" }, "Organisation");
    setCell(wb, "Agency", address, "  ");
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["UNKNOWN_ORGANISATION", "Agency", address],
    ]);
    expect(issues[0].message).toContain("organisation is blank");
  });

  it("organisations match ignoring case and spacing", () => {
    const wb = cleanWorkbook();
    setCell(wb, "PWR", cellOf(wb, "PWR", UHL_BANK_CS_ACTUAL, "Organisation"), " uhl ");
    expect(validate(wb)).toEqual([]);
  });

  it("STAFF_GROUP_ALIAS is a warning naming the canonical group, and the row pairs with its partner", () => {
    const wb = cleanWorkbook();
    const address = cellOf(wb, "PFR", UHL_SUB_NM_ACTUAL, "Staff group");
    setCell(wb, "PFR", address, "N&MW");
    const issues = validate(wb);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "STAFF_GROUP_ALIAS",
        severity: "warning",
        sheet: "PFR",
        cell: address,
        value: "N&MW",
      }),
    ]);
    expect(issues[0].message).toContain('read as the staff group "Nursing, Midwifery"');
  });

  it("an unknown label does not also make its partner row 'missing'", () => {
    const wb = cleanWorkbook();
    setCell(wb, "PWR", cellOf(wb, "PWR", UHL_BANK_CS_ACTUAL, "Staff group"), "Ward assistants");
    setCell(wb, "PFR", cellOf(wb, "PFR", UHL_BANK_CS_PLAN, "Measure"), "Budget plan");
    expect(codes(validate(wb))).toEqual(["UNKNOWN_STAFF_GROUP", "UNKNOWN_MEASURE"]);
  });

  it("checks Vacancies and Agency labels against their own measures", () => {
    const wb = cleanWorkbook();
    const vac = cellOf(
      wb,
      "Vacancies",
      { org: "UHL", group: "Other", measure: "In post" },
      "Measure"
    );
    const agency = cellOf(wb, "Agency", { org: "UHL", measure: "Shifts" }, "Measure");
    setCell(wb, "Vacancies", vac, "Actual");
    setCell(wb, "Agency", agency, "Plan");
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["UNKNOWN_MEASURE", "Vacancies", vac],
      ["UNKNOWN_MEASURE", "Agency", agency],
    ]);
    expect(issues[0].message).toContain("Use Establishment, In post, Vacancies");
  });
});

describe("validate: rows", () => {
  it("DUPLICATE_ROW names the first row; an alias of the same group is a duplicate too", () => {
    const wb = cleanWorkbook();
    const pwr = sheetOf(wb, "PWR");
    const row = findRow(wb, "PWR", UHL_SUB_NM_ACTUAL);
    pwr.values.push([
      "UHL",
      "Substantive",
      "Nursing & Midwifery",
      "Actual",
      ...pwr.values[row].slice(4),
    ]);
    const dup = only(validate(wb), "DUPLICATE_ROW");
    expect(dup.map((i) => i.cell)).toEqual([`A${pwr.values.length}`]);
    expect(dup[0].message).toContain(`first in row ${row + 1}`);
  });

  it("MISSING_ROW the other way round: Actual without Plan", () => {
    const wb = cleanWorkbook();
    deleteRows(wb, "PFR", { ...UHL_BANK_CS_PLAN });
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["MISSING_ROW", "PFR", cellOf(wb, "PFR", UHL_BANK_CS_ACTUAL, "Measure")],
    ]);
    expect(issues[0].message).toContain(
      "UHL Bank Clinical Support has an Actual row but no Plan row in PFR. Add a Plan row."
    );
  });

  it("MISSING_ROW on Vacancies when only one of the three measures is there", () => {
    const wb = cleanWorkbook();
    deleteRows(wb, "Vacancies", { org: "LPT", group: "Other", measure: "Establishment" });
    expect(validate(wb)).toEqual([]); // two of three suffice
    deleteRows(wb, "Vacancies", { org: "LPT", group: "Other", measure: "Vacancies" });
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      [
        "MISSING_ROW",
        cellOf(wb, "Vacancies", { org: "LPT", group: "Other", measure: "In post" }, "Measure"),
      ],
    ]);
  });

  it("RETURN_COVERAGE the other way round: in PFR but not PWR", () => {
    const wb = cleanWorkbook();
    deleteRows(wb, "PWR", { org: "LPT", type: "Bank", group: "Medical, Dental" });
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      [
        "RETURN_COVERAGE",
        "PFR",
        cellOf(
          wb,
          "PFR",
          { org: "LPT", type: "Bank", group: "Medical, Dental", measure: "Plan" },
          "Staff group"
        ),
      ],
    ]);
    expect(issues[0].message).toContain(
      "LPT Bank Medical, Dental is in PFR but has no rows in PWR"
    );
  });
});

describe("validate: numbers", () => {
  it.each([
    "#REF!",
    "#DIV/0!",
    "#N/A",
    "#VALUE!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
  ])("FORMULA_ERROR for %s", (error) => {
    const wb = cleanWorkbook();
    const address = cellOf(
      wb,
      "Vacancies",
      { org: "UHL", group: "Other", measure: "Vacancies" },
      "May 23"
    );
    setCell(wb, "Vacancies", address, error);
    const issues = validate(wb);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "FORMULA_ERROR",
        sheet: "Vacancies",
        cell: address,
        value: error,
      }),
    ]);
    expect(issues[0].message).toContain(error);
  });

  it.each([
    ["TRUE", true],
    ["text", "about 40"],
    ["continental decimals", "1.234,5"],
  ])("NOT_A_NUMBER for %s", (_what, value) => {
    const wb = cleanWorkbook();
    const address = cellOf(wb, "Agency", { org: "LPT", measure: "Shifts" }, "Jun 23");
    setCell(wb, "Agency", address, value);
    expect(validate(wb).map((i) => [i.code, i.cell])).toEqual([["NOT_A_NUMBER", address]]);
  });

  it("TEXT_NUMBER with a money suffix is rescaled to the sheet's unit", () => {
    const wb = cleanWorkbook();
    const address = cellOf(wb, "PFR", UHL_BANK_CS_ACTUAL, "Jun 23");
    const k = getCell(wb, "PFR", address) as number;
    setCell(wb, "PFR", address, `£${k}k`);
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["TEXT_NUMBER", address]]);
    expect(issues[0].message).toContain(
      `read as ${k.toFixed(1).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`
    );
  });

  it("NEGATIVE_WTE on Staff and Vacancies (but a negative vacancy is over-establishment, allowed)", () => {
    const wb = cleanWorkbook();
    setCell(wb, "Staff", "H3", -0.8);
    const inPost = cellOf(
      wb,
      "Vacancies",
      { org: "UHL", group: "Other", measure: "In post" },
      "Apr 23"
    );
    setCell(wb, "Vacancies", inPost, -1);
    const vacancies = cellOf(
      wb,
      "Vacancies",
      { org: "UHL", group: "Other", measure: "Vacancies" },
      "Apr 23"
    );
    setCell(wb, "Vacancies", vacancies, -2);
    expect(validate(wb).map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["NEGATIVE_WTE", "Vacancies", inPost],
      ["NEGATIVE_WTE", "Staff", "H3"],
    ]);
  });
});

describe("validate: actuals and the reporting month", () => {
  it("MISSING_ACTUAL for every Actual row when the month asked for is later than the data", () => {
    const wb = cleanWorkbook();
    const issues = validate(wb, { month: 8 });
    const actualRows = sheetOf(wb, "PWR").values.filter((r) => r[3] === "Actual").length * 2;
    expect(issues).toHaveLength(actualRows);
    expect(new Set(codes(issues))).toEqual(new Set(["MISSING_ACTUAL"]));
    expect(new Set(issues.map((i) => i.cell.replace(/\d+/, "")))).toEqual(new Set(["M"])); // Nov 23
    expect(issues[0].message).toContain("the reporting month is Nov 23 (the month asked for)");
  });

  it("FUTURE_ACTUAL when the month asked for is earlier; zero after it is fine", () => {
    const wb = cleanWorkbook();
    setCell(wb, "PWR", cellOf(wb, "PWR", UHL_BANK_CS_ACTUAL, "Nov 23"), 0);
    const issues = validate(wb, { month: 6 });
    expect(new Set(codes(issues))).toEqual(new Set(["FUTURE_ACTUAL"]));
    expect(new Set(issues.map((i) => i.cell.replace(/\d+/, "")))).toEqual(new Set(["L"])); // Oct 23
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
  });

  it("without Settings › Reporting month, the last month with actuals is used", () => {
    const wb = cleanWorkbook();
    setSetting(wb, "Reporting month", null);
    expect(validate(wb)).toEqual([]);
    setCell(wb, "PWR", cellOf(wb, "PWR", UHL_BANK_CS_ACTUAL, "Sep 23"), null);
    const issues = validate(wb);
    expect(issues.map((i) => i.code)).toEqual(["MISSING_ACTUAL"]);
    expect(issues[0].message).toContain("(the last month with actuals)");
  });
});

describe("validate: totals, outliers and units", () => {
  it("TOTAL_MISMATCH within the tolerance is not reported; beyond it says by how much", () => {
    const wb = cleanWorkbook();
    const address = cellOf(
      wb,
      "PWR",
      { org: "LPT", type: "Substantive", group: "Total", measure: "Actual" },
      "Base"
    );
    const total = getCell(wb, "PWR", address) as number;
    setCell(wb, "PWR", address, total - 0.4);
    expect(validate(wb)).toEqual([]);
    setCell(wb, "PWR", address, total - 37);
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["TOTAL_MISMATCH", address]]);
    expect(issues[0].message).toContain("the total is 37.0 WTE less (tolerance 0.5 WTE)");
  });

  it("TOTAL_MISMATCH on PFR is in £000, with its own tolerance", () => {
    const wb = cleanWorkbook();
    const address = cellOf(
      wb,
      "PFR",
      { org: "UHL", type: "Substantive", group: "Total", measure: "Plan" },
      "Jan 24"
    );
    setCell(wb, "PFR", address, (getCell(wb, "PFR", address) as number) + 1.5);
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["TOTAL_MISMATCH", address]]);
    expect(issues[0].message).toContain("£1.5k more (tolerance £1k)");
  });

  it("OUTLIER_CHANGE ignores large percentage moves on small groups (under the floor)", () => {
    const wb = cleanWorkbook();
    const small = { org: "UHL", type: "Agency", group: "Other", measure: "Actual" }; // about 6 WTE
    const address = cellOf(wb, "PWR", small, "Jun 23");
    setCell(wb, "PWR", address, (getCell(wb, "PWR", address) as number) + 4); // +65%, but 4 WTE
    expect(validate(wb)).toEqual([]);
    setSetting(wb, "Outlier floor WTE", 2);
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toContainEqual(["OUTLIER_CHANGE", address]);
    expect(issues[0].message).toContain("unless smaller than 2.0 WTE");
  });

  it("OUTLIER_CHANGE compares the first month with Base", () => {
    const wb = cleanWorkbook();
    const address = cellOf(wb, "PWR", UHL_BANK_CS_ACTUAL, "Base");
    setCell(wb, "PWR", address, 250);
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["OUTLIER_CHANGE", cellOf(wb, "PWR", UHL_BANK_CS_ACTUAL, "Apr 23")],
    ]);
    expect(issues[0].message).toContain("from 250.0 WTE (Base (March)) to");
  });

  it("UNIT_SUSPECT when a row is typed in £m: one warning per row", () => {
    const wb = cleanWorkbook();
    const row = findRow(wb, "PFR", UHL_SUB_NM_ACTUAL);
    const pfr = sheetOf(wb, "PFR");
    const total = findRow(wb, "PFR", { ...UHL_SUB_NM_ACTUAL, group: "Total" });
    // Keep the total consistent so only the unit is wrong.
    pfr.values[row] = pfr.values[row].map((v, j) => {
      if (typeof v !== "number") return v;
      const tv = pfr.values[total][j] as number;
      pfr.values[total][j] = Math.round((tv - v + v / 1000) * 1000) / 1000;
      return v / 1000;
    });
    setSetting(wb, "Tolerance £000", 0.01);
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["UNIT_SUSPECT", a1(row, findColumn(wb, "PFR", "Base"))],
    ]);
    expect(issues[0].message).toContain("look typed in £m rather than £000");
    expect(issues[0].message).toContain("and 7 other months of this row");
  });
});

describe("validate: the Staff sheet", () => {
  it("reports a repeated bad label once, at its first cell, with the count of the others", () => {
    const wb = cleanWorkbook();
    for (const address of ["E3", "E5", "E6"]) setCell(wb, "Staff", address, "Ward assistants");
    setCell(wb, "Staff", "F4", "Medical and dental");
    setCell(wb, "Staff", "G7", "Locum");
    setCell(wb, "Staff", "A2", "ULH");
    setCell(wb, "Staff", "H6", "0.6 WTE");
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["UNKNOWN_ORGANISATION", "A2"],
      ["UNKNOWN_STAFF_GROUP", "E3"],
      ["STAFF_GROUP_ALIAS", "F4"],
      ["NOT_A_NUMBER", "H6"],
      ["UNKNOWN_STAFF_TYPE", "G7"],
    ]);
    expect(issues[1].message).toContain("The same value is in 2 more rows of this column.");
  });

  it("numbers stored as text in the Staff WTE column are one warning with a count", () => {
    const wb = cleanWorkbook();
    for (const address of ["H3", "H4", "H5"])
      setCell(wb, "Staff", address, String(getCell(wb, "Staff", address)));
    setCell(wb, "Staff", "H6", "#VALUE!");
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["TEXT_NUMBER", "H3"],
      ["FORMULA_ERROR", "H6"],
    ]);
    expect(issues[0].message).toContain("2 more cells of this sheet hold numbers as text too");
  });

  it("checks the Staff headers", () => {
    const wb = cleanWorkbook();
    setCell(wb, "Staff", "H1", "Hours");
    expect(validate(wb).map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["MISSING_COLUMN", "Staff", "A1"],
    ]);
  });
});

describe("validate: addresses and order", () => {
  it("applies the snapshot's origin to every address", () => {
    const wb = cleanWorkbook();
    moveOrigin(wb, "PWR", { row: 3, col: 2 }); // used range starts at C4
    const issues0 = validate(wb);
    expect(issues0).toEqual([]);
    const address = cellOf(wb, "PWR", UHL_BANK_CS_ACTUAL, "Jul 23");
    expect(parseA1(address)).toEqual({ row: findRow(wb, "PWR", UHL_BANK_CS_ACTUAL), col: 2 + 8 });
    setCell(wb, "PWR", address, "#N/A");
    expect(validate(wb).map((i) => [i.code, i.cell])).toEqual([["FORMULA_ERROR", address]]);
  });

  it("every issue of every bad workbook names a cell inside its sheet's used range", () => {
    for (const bad of BAD_WORKBOOKS) {
      const wb = bad.build();
      for (const issue of validate(wb)) {
        if (issue.code === "MISSING_SHEET") {
          expect(issue.cell).toBe("");
          continue;
        }
        const sheet = wb.sheets.find((s) => s.name === issue.sheet);
        const p = parseA1(issue.cell);
        expect(sheet && p).toBeTruthy();
        if (!sheet || !p) continue;
        const r = p.row - sheet.origin.row;
        const c = p.col - sheet.origin.col;
        expect(r >= 0 && r < Math.max(1, sheet.values.length)).toBe(true);
        expect(c >= 0 && c < Math.max(1, ...sheet.values.map((v) => v.length))).toBe(true);
      }
    }
  });

  it("orders issues by sheet position, then row, then column", () => {
    const wb = cleanWorkbook();
    setCell(wb, "PFR", "H20", "x");
    setCell(wb, "PWR", "H20", "y");
    setCell(wb, "PWR", "G20", "z");
    setCell(wb, "PWR", "H3", "w");
    setCell(wb, "Staff", "H2", "v");
    wb.sheets = [sheetOf(wb, "Staff"), ...wb.sheets.filter((s) => s.name !== "Staff")];
    expect(validate(wb).map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      "Staff!H2",
      "PWR!H3",
      "PWR!G20",
      "PWR!H20",
      "PFR!H20",
    ]);
  });
});

describe("validate: large workbooks", () => {
  // Speed is measured by `npm run bench`; here the large workbook must simply validate clean.
  it("validates 10 organisations x 12 months and a 100,000-row Staff sheet without issues", () => {
    const wb = largeWorkbook(10, 100_000);
    expect(validate(wb)).toEqual([]);
  });

  it("a Staff sheet full of bad labels stays one issue per distinct label", () => {
    const wb = largeWorkbook(2, 20_000);
    const staff = sheetOf(wb, "Staff");
    for (let i = 1; i < staff.values.length; i++)
      staff.values[i][4] = i % 2 ? "Nurses and stuff" : "Porters";
    const issues = validate(wb);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["UNKNOWN_STAFF_GROUP", "E2"],
      ["UNKNOWN_STAFF_GROUP", "E3"],
    ]);
  });
});
