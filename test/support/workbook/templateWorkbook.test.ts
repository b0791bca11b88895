/** The test workbook builder lays out the template as the README says, and its edits work. */
import { STAFF_GROUPS } from "../../../src/domain/staffGroups";
import type { CellValue } from "../../../src/workbook/snapshot";
import {
  addStaff,
  addToMonths,
  cellOf,
  copyOf,
  deleteRows,
  editRows,
  getCell,
  MONTH_HEADERS,
  monthHeaders,
  ref,
  scaleMonths,
  setSetting,
  sheetOf,
  templateWorkbook,
  type ReturnRowKey,
  type TemplateOptions,
} from ".";

/** Org A's figures are 100 + 10 x group index + month; actuals 0.25 more, blank after month 3. */
const figure = ({ org, group, measure }: ReturnRowKey, m: number): number | null => {
  if (measure === "Actual" && m > 3) return null;
  return (
    (org === "A" ? 100 : 200) +
    10 * STAFF_GROUPS.indexOf(group) +
    m +
    (measure === "Actual" ? 0.25 : 0)
  );
};

const OPTIONS: TemplateOptions = {
  source: "small.xlsx",
  organisations: ["A", "B"],
  staffTypes: ["Substantive", "Bank"],
  pwr: {
    figure,
    base: true,
    totals: { types: ["Substantive"], after: "bothMeasures", decimals: 1 },
  },
  pfr: {
    figure,
    base: false,
    totals: { types: ["Bank"], after: "eachMeasure", decimals: 0 },
    above: [["PFR"], []],
  },
  staff: {
    rows: [
      [
        "A",
        "1",
        "Porter",
        "H2R",
        "Infrastructure Support",
        "Infrastructure Support",
        "Substantive",
        1,
        "A1",
      ],
    ],
  },
  settings: [["Reporting month", "M3"]],
};
const labels = (rows: readonly (readonly CellValue[])[]) =>
  rows.map((r) => r.slice(0, 4).join("|"));

describe("templateWorkbook", () => {
  const wb = templateWorkbook(OPTIONS);

  it("writes the sheets in template order with their headers", () => {
    expect(wb.source).toBe("small.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual(["PWR", "PFR", "Staff", "Settings"]);
    expect(sheetOf(wb, "PWR").values[0]).toEqual([
      "Organisation",
      "Staff type",
      "Staff group",
      "Measure",
      "Base",
      ...MONTH_HEADERS,
    ]);
    expect(sheetOf(wb, "PFR").values.slice(0, 3)).toEqual([
      ["PFR"],
      [],
      ["Organisation", "Staff type", "Staff group", "Measure", ...MONTH_HEADERS],
    ]);
    expect(sheetOf(wb, "Staff").values[0]).toHaveLength(9);
    expect(sheetOf(wb, "Settings").values).toEqual([
      ["Setting", "Value"],
      ["Reporting month", "M3"],
    ]);
    expect(monthHeaders(2024)[9]).toBe("Jan 25");
  });

  it("orders rows organisation x staff type x measure x group, Totals where asked", () => {
    const pwr = labels(sheetOf(wb, "PWR").values.slice(1));
    expect(pwr.slice(0, 14)).toEqual([
      ...STAFF_GROUPS.map((g) => `A|Substantive|${g}|Plan`),
      ...STAFF_GROUPS.map((g) => `A|Substantive|${g}|Actual`),
      "A|Substantive|Total|Plan",
      "A|Substantive|Total|Actual",
    ]);
    expect(pwr).toHaveLength(2 * (2 * 2 * STAFF_GROUPS.length) + 2 * 2);
    const pfr = labels(sheetOf(wb, "PFR").values.slice(3));
    const bank = pfr.filter((l) => l.startsWith("A|Bank|"));
    expect(bank[STAFF_GROUPS.length]).toBe("A|Bank|Total|Plan");
    expect(bank[bank.length - 1]).toBe("A|Bank|Total|Actual");
    expect(pfr.filter((l) => l.includes("Total"))).toHaveLength(4);
  });

  it("fills figures by month, Base first, and makes Totals the rounded sum, blank where a group is", () => {
    const pwr = sheetOf(wb, "PWR").values;
    expect(pwr[1].slice(4, 8)).toEqual([100, 101, 102, 103]);
    const total = pwr.find((r) => r[2] === "Total" && r[3] === "Actual")!;
    const sum = (m: number) => STAFF_GROUPS.reduce((s, _, g) => s + 100 + 10 * g + m + 0.25, 0);
    expect(total.slice(4, 8)).toEqual([0, 1, 2, 3].map((m) => Math.round(sum(m) * 10) / 10));
    expect(total.slice(8)).toEqual(new Array(9).fill(null));
    const pfrTotal = sheetOf(wb, "PFR").values.find((r) => r[2] === "Total" && r[3] === "Plan")!;
    expect(pfrTotal[4]).toBe(Math.round(STAFF_GROUPS.reduce((s, _, g) => s + 100 + 10 * g + 1, 0)));
  });
});

describe("test workbook edits", () => {
  const NURSING_ACTUAL = {
    org: "A",
    type: "Substantive",
    group: "Nursing, Midwifery",
    measure: "Actual",
  };

  it("finds a row's cell by what it says, and its reference by month", () => {
    const wb = templateWorkbook(OPTIONS);
    expect(cellOf(wb, "PWR", NURSING_ACTUAL, "Jun 23")).toBe("H8");
    expect(getCell(wb, "PWR", "H8")).toBe(103.25);
    expect(ref(wb, "PWR", NURSING_ACTUAL, 3)).toBe("PWR!H8");
    expect(() => cellOf(wb, "PWR", { ...NURSING_ACTUAL, org: "C" }, "Jun 23")).toThrow(/no row/);
  });

  it("adds to the months reported unless told where to stop, and scales to one decimal", () => {
    const wb = templateWorkbook(OPTIONS);
    addToMonths(wb, "PWR", NURSING_ACTUAL, 10.004, 2);
    expect(["F8", "G8", "H8", "I8"].map((a) => getCell(wb, "PWR", a))).toEqual([
      101.25,
      112.25,
      113.25,
      null,
    ]);
    addToMonths(wb, "PWR", { ...NURSING_ACTUAL, measure: "Plan" }, 1, 11, 12);
    expect(["O2", "P2", "Q2"].map((a) => getCell(wb, "PWR", a))).toEqual([110, 112, 113]);
    scaleMonths(wb, "PWR", NURSING_ACTUAL, 1.01, 1, 1);
    expect(getCell(wb, "PWR", "F8")).toBe(102.3);
  });

  it("deletes rows matching every key given, edits rows below the header and sets settings", () => {
    const wb = templateWorkbook(OPTIONS);
    expect(deleteRows(wb, "PWR", { org: "B", type: "Bank" })).toBe(2 * STAFF_GROUPS.length);
    editRows(wb, "PWR", (cells) => (cells[3] === "Plan" ? null : cells));
    expect(
      new Set(
        sheetOf(wb, "PWR")
          .values.slice(1)
          .map((r) => r[3])
      )
    ).toEqual(new Set(["Actual"]));
    expect(sheetOf(wb, "PWR").values[0][0]).toBe("Organisation");
    setSetting(wb, "Reporting month", "M2");
    setSetting(wb, "Finance unit", "£m");
    expect(sheetOf(wb, "Settings").values.slice(1)).toEqual([
      ["Reporting month", "M2"],
      ["Finance unit", "£m"],
    ]);
  });

  it("adds assignments with defaults and edits copies, never the original", () => {
    const wb = templateWorkbook(OPTIONS);
    const copy = copyOf(wb);
    const added = addStaff(copy, { title: "HCA", code: "H1A", pwr: "Clinical Support" });
    expect(added.row).toBe(2);
    expect(added.cell("Staff group (PFR)")).toBe("Staff!F3");
    expect(sheetOf(copy, "Staff").values[2]).toEqual([
      "UHL",
      "20000002",
      "HCA",
      "H1A",
      "Clinical Support",
      "Clinical Support",
      "Substantive",
      1,
      "UHL200",
    ]);
    expect(sheetOf(wb, "Staff").values).toHaveLength(2);
  });
});
