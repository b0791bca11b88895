/**
 * Every number of the pack is a native formula over the template sheets that recomputes the value
 * stored beside it: each formula of the write plan is evaluated with HyperFormula
 * (test/support/formulas) over the workbook and compared with the domain's value, for the sample
 * and for workbooks that spell labels differently, sit elsewhere on their sheets or keep money in £m.
 */
import { quoteSheet } from "../../../src/workbook/a1";
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import type { Pack, PackOptions } from "../../../src/domain/pack/model";
import { functionsCalled } from "../../support/formulas/formulaText";
import {
  copyOf,
  editRows,
  moveOrigin,
  renameSheet,
  setSetting,
  sheetOf,
} from "../../support/workbook";
import { evaluatePack, mismatches, packOf, SAMPLE, table } from "./support";

/** The sample with labels spelt as people type them: aliases, case, spaces, alias Total rows. */
function respelt(): WorkbookSnapshot {
  const wb = copyOf(SAMPLE);
  editRows(wb, "PWR", (cells) => {
    const [org, type, group, measure] = cells;
    if (org === "UHL" && type === "Substantive" && group === "Nursing, Midwifery")
      cells[2] = measure === "Actual" ? "Nursing & Midwifery" : "N&MW";
    if (org === "LPT" && group === "Clinical Support") cells[2] = "clinical support";
    if (org === "LPT" && type === "Bank") cells[1] = "Bank staff";
    if (org === "UHL" && measure === "Actual") cells[3] = "Actuals";
    if (org === "LPT" && group === "Total") cells[2] = "All staff";
    if (org === "LPT") cells[0] = " lpt ";
    return cells;
  });
  editRows(wb, "PFR", (cells) => {
    if (cells[2] === "Medical, Dental")
      cells[2] = cells[0] === "UHL" ? "Medical and Dental" : "MEDICAL, DENTAL";
    return cells;
  });
  editRows(wb, "Vacancies", (cells) => {
    if (cells[1] === "Infrastructure Support" && cells[0] === "UHL")
      cells[1] = "infrastructure support";
    if (cells[2] === "Vacancies" && cells[0] === "LPT") cells[2] = "Vacancy";
    return cells;
  });
  editRows(wb, "Agency", (cells) => {
    if (cells[1] === "Price cap spend" && cells[0] === "LPT") cells[1] = "Price cap";
    return cells;
  });
  return wb;
}

/** Finance in £m: the PFR and Agency spend divided by 1,000 and Settings › Finance unit = £m. */
function inMillions(): WorkbookSnapshot {
  const toM = (cells: CellValue[], from: number) =>
    cells.map((v, j) => (j >= from && typeof v === "number" ? v / 1000 : v));
  const wb = copyOf(SAMPLE);
  editRows(wb, "PFR", (cells) => toM(cells, 4));
  editRows(wb, "Agency", (cells) => (String(cells[1]).includes("spend") ? toM(cells, 2) : cells));
  setSetting(wb, "Finance unit", "£m");
  return wb;
}

/** PWR two rows down and one column right, under a title, as a workbook with a heading would be. */
function shifted(): WorkbookSnapshot {
  const wb = copyOf(SAMPLE);
  moveOrigin(wb, "PWR", { row: 0, col: 1 });
  sheetOf(wb, "PWR").values.unshift(["Provider Workforce Return"], []);
  return wb;
}

/** A row the pack cannot place (unknown group) and numbers typed as text. */
function untidy(): WorkbookSnapshot {
  const wb = copyOf(SAMPLE);
  editRows(wb, "PWR", (cells, i) =>
    i === 3 ? [...cells.slice(0, 11), "4,061.6", ...cells.slice(12)] : cells
  );
  const unknownGroup = ["UHL", "Bank", "Nurses (bank)", "Actual", 0, 5, 5, 5, 5, 5, 5, 5];
  sheetOf(wb, "PWR").values.push([...unknownGroup, null, null, null, null, null]);
  return wb;
}

/** PWR and Vacancies renamed so formulas must quote them: " PWR " and "vacancies". */
function renamed(): WorkbookSnapshot {
  const wb = copyOf(SAMPLE);
  renameSheet(wb, "PWR", " PWR ");
  renameSheet(wb, "Vacancies", "vacancies");
  return wb;
}

const scenarios: readonly (readonly [string, WorkbookSnapshot, PackOptions])[] = [
  ["the sample at M7", SAMPLE, { month: 7 }],
  ["the sample at M3", SAMPLE, { month: 3 }],
  ["the sample at M1", SAMPLE, { month: 1 }],
  ["the sample, LPT only", SAMPLE, { month: 7, organisations: ["LPT"] }],
  ["labels spelt with aliases, case and spaces", respelt(), { month: 7 }],
  ["finance in £m", inMillions(), { month: 7 }],
  ["PWR under a title, starting in column B", shifted(), { month: 7 }],
  ["sheet names that need quoting", renamed(), { month: 7 }],
  ["an unknown staff group and a number stored as text", untidy(), { month: 7 }],
];

const TEMPLATE_SHEETS = (s: WorkbookSnapshot) => s.sheets.map((x) => x.name);

describe.each(scenarios)("pack formulas: %s", (_name, snapshot, options) => {
  const pack: Pack = packOf(snapshot, options);
  const checks = evaluatePack(pack, snapshot);

  it("every formula gives its cell's value", () => {
    expect(checks.length).toBeGreaterThan(50);
    expect(checks).toHaveLength(
      pack.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => c.formula !== null)
        .length
    );
    expect(mismatches(checks)).toEqual([]);
  });

  it("uses only SUMIFS, SUM and IFERROR over the workbook's own sheets, with bounded ranges", () => {
    const functions = new Set(checks.flatMap((c) => functionsCalled(c.formula)));
    expect([...functions].filter((f) => !["SUMIFS", "SUM", "IFERROR"].includes(f))).toEqual([]);
    const sheets = new Set(checks.flatMap((c) => c.reads));
    expect(sheets.size).toBeGreaterThan(0);
    expect([...sheets].filter((s) => !TEMPLATE_SHEETS(snapshot).includes(s))).toEqual([]);
    for (const c of checks) {
      expect(c.formula).not.toContain(`${quoteSheet(pack.sheetName)}!`); // its own cells by address
      expect(c.formula).not.toMatch(/LLR\./i);
      expect(c.formula).not.toMatch(/\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![0-9])/); // no whole-column ranges
      expect(c.formula.length).toBeLessThan(8192);
    }
  });
});

describe("formulas follow the data as written", () => {
  it("aliases, case and spacing in the data give the same figures as the canonical labels", () => {
    const a = packOf(SAMPLE, { month: 7 });
    const b = packOf(respelt(), { month: 7 });
    expect(b.organisations).toEqual(["UHL", "lpt"]);
    a.tables.forEach((t, i) => {
      const u = b.tables[i];
      expect(u.name).toBe(t.name);
      t.rows.forEach((row, r) =>
        row.cells.forEach((c, k) => {
          const other = u.rows[r].cells[k].value;
          if (c.value === null) expect(other).toBeNull();
          else expect(other).toBeCloseTo(c.value, 9);
        })
      );
    });
  });

  it("sums every spelling of a group present in the data, and each once", () => {
    const pack = packOf(respelt(), { month: 7 });
    const nursing = table(pack, "WTEVariance").rows[0].cells[2].formula ?? "";
    expect(nursing).toContain('"Nursing & Midwifery"');
    expect(nursing).toContain('"N&MW"');
    const lptTotalBank =
      table(pack, "WTEVariance").rows.find((r) => r.label === "Total Bank")!.cells[3].formula ?? "";
    expect(lptTotalBank).toContain('" lpt "');
    expect(lptTotalBank).toContain('"Bank staff"');
    expect(lptTotalBank).toContain('"<>All staff"');
  });

  it("finance in £m gives the same £m figures as finance in £000", () => {
    const a = table(packOf(SAMPLE, { month: 7 }), "CostVariance");
    const b = table(packOf(inMillions(), { month: 7 }), "CostVariance");
    a.rows.forEach((row, r) =>
      row.cells.forEach((c, k) => expect(b.rows[r].cells[k].value).toBeCloseTo(c.value ?? NaN, 9))
    );
    expect(b.rows[0].cells[0].formula).not.toContain("/1000");
  });

  it("references the columns where the sheet really is", () => {
    const pack = packOf(shifted(), { month: 7 });
    const f = table(pack, "WTEVariance").rows[0].cells[0].formula ?? "";
    // Oct 23 is column M (one right of L) and the data starts on row 4 (two rows down, under the header on row 3).
    expect(f).toMatch(/^=SUMIFS\(PWR!\$M\$4:\$M\$\d+,/);
  });
});

describe("the formula check", () => {
  it("reports a stored value its formula does not give, and only that one", () => {
    const pack = packOf(SAMPLE, { month: 7 });
    const [first, ...tables] = pack.tables;
    const [row, ...rows] = first.rows;
    const [cell, ...cells] = row.cells;
    const wrong: Pack = {
      ...pack,
      tables: [
        {
          ...first,
          rows: [{ ...row, cells: [{ ...cell, value: (cell.value ?? 0) + 1 }, ...cells] }, ...rows],
        },
        ...tables,
      ],
    };
    const found = mismatches(evaluatePack(wrong, SAMPLE));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^WTEVariance "Nursing, Midwifery" \/ Plan \(B3\): value /);
  });
});
