/** parseTemplate: the typed rows, addresses and settings that the validator, pack and reconciliation share. */
import { parseTemplate } from "../../../src/domain/template/parse";
import { PWR_ROW, STAFF_ROW } from "../../../src/domain/template/definition";
import {
  indexReturnRows,
  lastMonthWithActuals,
  reportingMonth,
  returnRowKey,
  toThousands,
  valueAt,
} from "../../../src/domain/template/reporting";
import { cellAt } from "../../../src/domain/template/cells";
import type { ReturnRow } from "../../../src/domain/template/model";
import { a1 } from "../../../src/workbook/a1";
import { cleanWorkbook } from "../validation/fixtures";
import {
  cellOf,
  findRow,
  getCell,
  moveOrigin,
  setCell,
  setSetting,
  sheetOf,
  returnRow,
} from "../../support/workbook";

const UHL_SUB_NM_ACTUAL = returnRow("UHL", "Substantive", "Nursing, Midwifery", "Actual");

describe("parseTemplate", () => {
  it("reads every sheet of the clean workbook into typed rows", () => {
    const wb = cleanWorkbook();
    const parsed = parseTemplate(wb);
    expect(parsed.problems).toEqual([]);
    expect(parsed.financialYear).toBe(2023);
    // 2 orgs x 3 types x 6 groups x 2 measures, plus Substantive Total Plan/Actual per org.
    expect(parsed.pwr?.rows).toHaveLength(2 * 3 * 6 * 2 + 4);
    expect(parsed.pfr?.rows).toHaveLength(76);
    expect(parsed.vacancies?.rows).toHaveLength(2 * 6 * 3);
    expect(parsed.agency?.rows).toHaveLength(8);
    expect(parsed.staff?.size).toBe(6);
    expect(parsed.pwr?.columns).toEqual({
      organisation: 0,
      staffType: 1,
      staffGroup: 2,
      measure: 3,
      base: 4,
    });
    expect(parsed.pwr?.months.map((m) => [m.month, m.col, m.header])).toEqual(
      [
        "Apr 23",
        "May 23",
        "Jun 23",
        "Jul 23",
        "Aug 23",
        "Sep 23",
        "Oct 23",
        "Nov 23",
        "Dec 23",
        "Jan 24",
        "Feb 24",
        "Mar 24",
      ].map((h, i) => [i + 1, 5 + i, h])
    );
  });

  it("gives each value's cell: row and month column address the snapshot", () => {
    const wb = cleanWorkbook();
    moveOrigin(wb, "PWR", { row: 4, col: 1 });
    const parsed = parseTemplate(wb);
    const pwr = parsed.pwr!;
    for (const r of pwr.rows) {
      pwr.months.forEach((m, i) => {
        const raw = cellAt(pwr.snapshot, r.row, m.col);
        expect(r.values[i]).toBe(raw === null ? null : raw);
        expect(getCell(wb, "PWR", a1(r.row, m.col))).toBe(raw);
      });
    }
    const row = pwr.rows.find(
      (r) =>
        r.orgKey === "UHL" &&
        r.staffGroup.kind === "canonical" &&
        r.staffGroup.group === "Nursing, Midwifery" &&
        r.measure.kind === "canonical" &&
        r.measure.value === "Actual" &&
        r.staffType.kind !== "unknown" &&
        r.staffType.value === "Substantive"
    )!;
    expect(a1(row.row, pwr.months[6].col)).toBe(cellOf(wb, "PWR", UHL_SUB_NM_ACTUAL, "Oct 23"));
    expect(valueAt(pwr, row.values, 7)).toBe(
      getCell(wb, "PWR", cellOf(wb, "PWR", UHL_SUB_NM_ACTUAL, "Oct 23"))
    );
    expect(valueAt(pwr, row.values, 8)).toBeNull();
  });

  it("resolves labels: aliases, totals, unknowns", () => {
    const wb = cleanWorkbook();
    const groupCell = cellOf(wb, "PWR", UHL_SUB_NM_ACTUAL, "Staff group");
    const typeCell = cellOf(wb, "PWR", UHL_SUB_NM_ACTUAL, "Staff type");
    setCell(wb, "PWR", groupCell, "N&MW");
    setCell(wb, "PWR", typeCell, "Sub");
    const total = cellOf(wb, "PWR", { ...UHL_SUB_NM_ACTUAL, group: "Total" }, "Staff group");
    setCell(wb, "PWR", total, "Total Substantive");
    const rows = parseTemplate(wb).pwr!.rows;
    const nm = rows.find(
      (r) => r.row === findRow(wb, "PWR", { ...UHL_SUB_NM_ACTUAL, group: "N&MW", type: "Sub" })
    )!;
    expect(nm.staffGroup).toEqual({ kind: "alias", group: "Nursing, Midwifery", alias: "N&MW" });
    expect(nm.staffType).toEqual({ kind: "alias", value: "Substantive", alias: "Sub" });
    expect(returnRowKey(nm)).toBe("UHL|Substantive|Nursing, Midwifery|Actual");
    const t = rows.find(
      (r) => r.staffGroup.kind === "total" && r.staffGroup.text === "Total Substantive"
    )!;
    expect(returnRowKey(t)).toBe("UHL|Substantive|Total|Actual");
  });

  it("keeps odd number cells as flaws and reads text numbers", () => {
    const wb = cleanWorkbook();
    const a = cellOf(wb, "PFR", UHL_SUB_NM_ACTUAL, "May 23");
    const b = cellOf(wb, "PFR", UHL_SUB_NM_ACTUAL, "Jun 23");
    const c = cellOf(wb, "PFR", UHL_SUB_NM_ACTUAL, "Jul 23");
    setCell(wb, "PFR", a, "1,234.5");
    setCell(wb, "PFR", b, "#DIV/0!");
    setCell(wb, "PFR", c, "£1.2m");
    const pfr = parseTemplate(wb).pfr!;
    expect(pfr.flaws.map((f) => [a1(f.row, f.col), f.kind, f.value])).toEqual([
      [a, "text", 1234.5],
      [b, "error", null],
      [c, "text", 1200], // £1.2m in a £000 sheet
    ]);
    const row = pfr.rows.find((r) => r.row === findRow(wb, "PFR", UHL_SUB_NM_ACTUAL))!;
    expect([
      valueAt(pfr, row.values, 2),
      valueAt(pfr, row.values, 3),
      valueAt(pfr, row.values, 4),
    ]).toEqual([1234.5, null, 1200]);
  });

  it("rows conform to the zod row schema once labels are resolved", () => {
    const parsed = parseTemplate(cleanWorkbook());
    const canonical = (r: ReturnRow) => ({
      organisation: r.organisation,
      staffType: r.staffType.kind === "unknown" ? r.staffType.text : r.staffType.value,
      staffGroup:
        r.staffGroup.kind === "total"
          ? "Total"
          : r.staffGroup.kind === "unknown"
            ? r.staffGroup.text
            : r.staffGroup.group,
      measure: r.measure.kind === "unknown" ? r.measure.text : r.measure.value,
      base: r.base,
      months: [...r.values],
    });
    for (const r of parsed.pwr!.rows) expect(PWR_ROW.safeParse(canonical(r)).success).toBe(true);
    const bad = { ...canonical(parsed.pwr!.rows[0]), measure: "Forecast" };
    expect(PWR_ROW.safeParse(bad).success).toBe(false);
    const staff = parsed.staff!;
    for (let i = 0; i < staff.size; i++) {
      const r = staff.row(i);
      const record = {
        organisation: r.organisation,
        assignment: r.assignment,
        jobTitle: r.jobTitle,
        occupationCode: r.occupationCode,
        staffGroupPwr:
          r.staffGroupPwr.kind === "unknown" ? r.staffGroupPwr.text : r.staffGroupPwr.group,
        staffGroupPfr:
          r.staffGroupPfr && r.staffGroupPfr.kind !== "unknown" ? r.staffGroupPfr.group : undefined,
        staffType: r.staffType.kind === "unknown" ? r.staffType.text : r.staffType.value,
        wte: r.wte,
        costCentre: r.costCentre,
      };
      expect(STAFF_ROW.safeParse(record).success).toBe(true);
    }
  });

  it("stores Staff rows by column, with row(i) records on demand", () => {
    const wb = cleanWorkbook();
    const staff = parseTemplate(wb).staff!;
    expect(staff.data.occupationCode).toEqual(["N6A", "H1A", "H1R", "100", "S1H", "G2D"]);
    expect(staff.data.staffGroupPfr[4]).toBeNull(); // blank PFR group
    expect(staff.row(2)).toMatchObject({
      row: 3,
      organisation: "UHL",
      jobTitle: "Porter",
      staffGroupPwr: { kind: "canonical", group: "Infrastructure Support" },
      staffType: { kind: "canonical", value: "Substantive" },
      wte: 1,
      costCentre: "UHL200",
    });
    expect(staff.columns.wte).toBe(7);
  });

  it("reads Settings into typed values with the cell of each", () => {
    const wb = cleanWorkbook();
    setSetting(wb, "Finance unit", "£m");
    setSetting(wb, "Outlier change %", "15%");
    const s = parseTemplate(wb).settings;
    expect(s.values).toMatchObject({
      financialYear: 2023,
      reportingMonth: 7,
      financeUnit: "£m",
      organisations: ["UHL", "LPT"],
      outlierChange: 0.15,
    });
    expect(s.cells.financeUnit).toEqual({ sheet: "Settings", row: 3, col: 1 });
    expect(s.cells.outlierFloorWte).toBeUndefined();
    expect(toThousands(2.5, s.values.financeUnit)).toBe(2500);
  });

  it("settings default when the sheet is absent", () => {
    const wb = cleanWorkbook();
    wb.sheets = wb.sheets.filter((x) => x.name !== "Settings");
    const parsed = parseTemplate(wb);
    expect(parsed.settings.sheet).toBeNull();
    expect(parsed.settings.values).toEqual({
      financialYear: null,
      reportingMonth: null,
      financeUnit: "£000",
      organisations: [],
      toleranceWte: 0.5,
      toleranceThousands: 1,
      outlierChange: 0.1,
      outlierFloorWte: 5,
      outlierFloorThousands: 50,
      materialWte: 10,
      materialThousands: 50,
      unitCostShift: 0.15,
    });
    expect(parsed.financialYear).toBe(2023); // from the month headers
    expect(reportingMonth(parsed)).toEqual({ month: 7, source: "data" });
    expect(reportingMonth(parsed, 9)).toEqual({ month: 9, source: "option" });
  });

  it("the last month with actuals ignores zero-filled future months", () => {
    const wb = cleanWorkbook();
    const pwr = sheetOf(wb, "PWR");
    pwr.values.forEach((r, i) => {
      if (i > 0 && r[3] === "Actual") for (let j = 12; j < 17; j++) r[j] = 0;
    });
    expect(lastMonthWithActuals(parseTemplate(wb))).toBe(7);
  });

  it("indexes PWR/PFR rows by organisation x type x group x measure (first row wins)", () => {
    const wb = cleanWorkbook();
    const pwr = sheetOf(wb, "PWR");
    const first = findRow(wb, "PWR", UHL_SUB_NM_ACTUAL);
    pwr.values.push([...pwr.values[first]]);
    const index = indexReturnRows(parseTemplate(wb).pwr!);
    expect(index.size).toBe(76);
    expect(index.get("UHL|Substantive|Nursing, Midwifery|Actual")?.row).toBe(first);
  });

  it("a sheet that lacks a required column is not read", () => {
    const wb = cleanWorkbook();
    setCell(wb, "PWR", "D1", "What");
    const parsed = parseTemplate(wb);
    expect(parsed.pwr).toBeNull();
    expect(parsed.problems).toEqual([
      expect.objectContaining({ kind: "missingColumn", sheet: "PWR", column: "Measure" }),
    ]);
  });
});

describe("StaffSheet.rows", () => {
  it("builds the records once, on first use, equal to row(i)", () => {
    const staff = parseTemplate(cleanWorkbook()).staff!;
    const rows = staff.rows;
    expect(rows).toHaveLength(staff.size);
    expect(rows[3]).toEqual(staff.row(3));
    expect(staff.rows).toBe(rows);
  });
});
