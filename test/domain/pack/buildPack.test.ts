/**
 * buildPack's choices: which tables, months and organisations, what is an error and what is a
 * message, and that the same workbook always gives the same pack.
 */
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { buildPack } from "../../../src/domain/pack/build";
import { packToJson } from "../../../src/domain/pack/json";
import { PACK_TABLE_NAMES } from "../../../src/domain/pack/model";
import { edited, editRows, getCell, removeSheets, setCell, sheetOf } from "../../support/workbook";
import { evaluatePack, mismatches, num, packOf, SAMPLE, table, valueAt } from "./support";

const errorOf = (snapshot: WorkbookSnapshot, options: Parameters<typeof buildPack>[1]) => {
  const r = buildPack(snapshot, options);
  if (r.ok) throw new Error("expected an error");
  return r.error;
};

describe("buildPack: the tables", () => {
  const pack = packOf(SAMPLE, { month: 7 });

  it("builds the seven tables in order, stacked with a blank row between them", () => {
    expect(pack.tables.map((t) => t.name)).toEqual([...PACK_TABLE_NAMES]);
    expect(pack.tables[0].at).toEqual({ row: 0, col: 0 });
    for (let i = 1; i < pack.tables.length; i++) {
      const prev = pack.tables[i - 1];
      // title, header, rows, then one blank row
      expect(pack.tables[i].at.row).toBe(prev.at.row + 2 + prev.rows.length + 1);
    }
    expect(pack).toMatchObject({
      month: 7,
      fyStartYear: 2023,
      label: "Oct 23",
      sheetName: "LLR Pack Oct 23",
      organisations: ["UHL", "LPT"],
    });
  });

  it("lists the rows the issue asks for, groups in canonical order, Other because the sample has it", () => {
    const groups = [
      "Nursing, Midwifery",
      "Scientific, Therapeutic, Technical",
      "Clinical Support",
      "Infrastructure Support",
      "Medical, Dental",
      "Other",
    ];
    expect(table(pack, "WTEVariance").rows.map((r) => r.label)).toEqual([
      ...groups,
      "Total Substantive",
      "Total Bank",
      "Total Agency",
      "Total (excl. overtime)",
      "Growth (cumulative)",
    ]);
    expect(table(pack, "CostVariance").rows.map((r) => r.label)).toEqual([
      ...groups,
      "Total Substantive",
      "Total Bank",
      "Total Agency",
      "Total",
    ]);
    expect(table(pack, "AgencyVariance").rows.map((r) => r.label)).toEqual([
      ...groups,
      "Total",
      "Variance to plan %",
    ]);
    expect(table(pack, "PriceCap").rows.map((r) => r.label)).toEqual([
      "Price cap spend (cumulative)",
      "Actual spend (cumulative)",
      "% over price cap ceiling",
    ]);
    expect(table(pack, "Vacancies").rows.map((r) => r.label)).toEqual([
      ...groups,
      "Total WTE",
      "Vacancy rate",
    ]);
    expect(table(pack, "PlanVsActualWTE").rows.map((r) => r.label)).toEqual([
      "Combined plan",
      "Combined actual",
      "UHL plan",
      "UHL actual",
      "LPT plan",
      "LPT actual",
    ]);
  });

  it("leaves Other out when the data has no Other rows", () => {
    const noOther = edited(SAMPLE, (wb) =>
      editRows(wb, "PWR", (cells) => (cells[2] === "Other" ? null : cells))
    );
    const t = table(packOf(noOther, { month: 7 }), "WTEVariance");
    expect(t.rows.filter((r) => r.role === "group").map((r) => r.label)).not.toContain("Other");
    expect(t.rows.filter((r) => r.role === "group")).toHaveLength(5);
  });

  it("PlanVsActual: plan for all twelve months, actuals blank after the reporting month", () => {
    for (const name of ["PlanVsActualWTE", "PlanVsActualCost"] as const) {
      const t = table(pack, name);
      expect(t.columns.slice(1)).toEqual([
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
      ]);
      for (const row of t.rows) {
        const filled = row.cells.map((c) => c.value !== null);
        expect({ row: row.label, filled }).toEqual({
          row: row.label,
          filled: row.label.endsWith("plan")
            ? new Array(12).fill(true)
            : [...new Array(7).fill(true), ...new Array(5).fill(false)],
        });
        for (const c of row.cells) expect(c.formula === null).toBe(c.value === null);
      }
      // Combined = the organisations added up.
      expect(num(t, "Combined plan", "Mar 24")).toBeCloseTo(
        num(t, "UHL plan", "Mar 24") + num(t, "LPT plan", "Mar 24"),
        9
      );
    }
    // Oct 23 actual WTE (excl. overtime) = plan + variance of the WTE table.
    const w = table(pack, "WTEVariance");
    const all = "Total (excl. overtime)";
    expect(num(table(pack, "PlanVsActualWTE"), "Combined actual", "Oct 23")).toBeCloseTo(
      num(w, all, "Plan") + num(w, all, "Total"),
      6
    );
  });

  it("explains the run-rate definition it uses", () => {
    expect(pack.messages.join("\n")).toMatch(
      /YE run rate.*year to date \/ 7 months x 12.*doubled/s
    );
  });
});

describe("buildPack: months", () => {
  it("defaults to Settings › Reporting month", () => {
    expect(packOf(SAMPLE).month).toBe(7);
  });

  it("without a reporting month in Settings, takes the last month with actuals", () => {
    const noSetting = edited(SAMPLE, (wb) =>
      editRows(wb, "Settings", (cells) => (cells[0] === "Reporting month" ? null : cells))
    );
    expect(packOf(noSetting).month).toBe(7);
  });

  it("builds an earlier month: M3 reports Jun 23, with April to June in the by-month tables", () => {
    const pack = packOf(SAMPLE, { month: 3 });
    expect(pack).toMatchObject({ month: 3, label: "Jun 23", sheetName: "LLR Pack Jun 23" });
    expect(table(pack, "WTEVariance").title).toBe("Variance to plan (WTE), Jun 23");
    expect(table(pack, "AgencyVariance").columns).toEqual([
      "Staff group",
      "Base",
      "Apr 23",
      "May 23",
      "Jun 23",
    ]);
    expect(table(pack, "PriceCap").columns).toEqual([
      "Cumulative agency spend",
      "Apr 23",
      "May 23",
      "Jun 23",
    ]);
    const cost = table(pack, "CostVariance");
    // YTD at M3 = the three in-month totals of M1..M3 (each checked against its own pack).
    const inMonth = [1, 2, 3].map((m) =>
      num(table(packOf(SAMPLE, { month: m }), "CostVariance"), "Total", "Total")
    );
    expect(num(cost, "Total", "YTD")).toBeCloseTo(inMonth[0] + inMonth[1] + inMonth[2], 9);
    expect(num(cost, "Total", "YE run rate")).toBeCloseTo((num(cost, "Total", "YTD") / 3) * 12, 9);
    expect(valueAt(table(pack, "PlanVsActualWTE"), "Combined actual", "Jul 23")).toBeNull();
    expect(mismatches(evaluatePack(pack, SAMPLE))).toEqual([]);
  });

  it("refuses a month with no actuals (M12), naming the last month that has them", () => {
    expect(errorOf(SAMPLE, { month: 12 })).toEqual({
      code: "NO_ACTUALS",
      message:
        "Mar 24 (M12) has no actuals in PWR or PFR for UHL, LPT; the last month with actuals is Oct 23 (M7).",
    });
  });

  it.each([0, 13, 2.5, Number.NaN])("refuses month %p", (month) => {
    expect(errorOf(SAMPLE, { month }).code).toBe("BAD_MONTH");
  });

  it('labels months "M7" when no sheet or setting gives the year', () => {
    const snapshot = edited(SAMPLE, (wb) => {
      editRows(wb, "Settings", (cells) => (cells[0] === "Financial year" ? null : cells));
      for (const name of ["PWR", "PFR", "Vacancies", "Agency"]) {
        const header = sheetOf(wb, name).values[0];
        header.forEach((h, j) => {
          if (typeof h === "string" && / \d\d$/.test(h)) header[j] = `M${monthNo(h)}`;
        });
      }
    });
    const pack = packOf(snapshot, { month: 7 });
    expect(pack).toMatchObject({ fyStartYear: null, label: "M7", sheetName: "LLR Pack M7" });
    expect(table(pack, "PriceCap").columns.slice(1)).toEqual([
      "M1",
      "M2",
      "M3",
      "M4",
      "M5",
      "M6",
      "M7",
    ]);
    expect(num(table(pack, "WTEVariance"), "Total Substantive", "Total")).toBeCloseTo(
      num(table(packOf(SAMPLE, { month: 7 }), "WTEVariance"), "Total Substantive", "Total"),
      9
    );
  });
});

const MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
const monthNo = (header: string) => MONTHS.indexOf(header.slice(0, 3)) + 1;

describe("buildPack: organisations", () => {
  const full = packOf(SAMPLE, { month: 7 });

  it("reports only the organisations chosen, matched ignoring case, in PWR order", () => {
    const pack = packOf(SAMPLE, { month: 7, organisations: ["lpt"] });
    expect(pack.organisations).toEqual(["LPT"]);
    const t = table(pack, "WTEVariance");
    expect(t.columns).toEqual(["Staff group", "Plan", "Total", "LPT"]);
    for (const row of t.rows.filter((r) => r.role !== "ratio")) {
      expect(num(t, row.label, "LPT")).toBeCloseTo(
        num(table(full, "WTEVariance"), row.label, "LPT"),
        9
      );
      expect(num(t, row.label, "Total")).toBeCloseTo(num(t, row.label, "LPT"), 9);
    }
    // The plan column is LPT's plan: with UHL's it makes the full plan.
    const uhl = table(packOf(SAMPLE, { month: 7, organisations: ["UHL"] }), "WTEVariance");
    expect(num(t, "Total Substantive", "Plan") + num(uhl, "Total Substantive", "Plan")).toBeCloseTo(
      num(table(full, "WTEVariance"), "Total Substantive", "Plan"),
      6
    );
    expect(num(table(pack, "Vacancies"), "Vacancy rate", "Total")).toBeCloseTo(
      num(table(full, "Vacancies"), "Vacancy rate", "LPT"),
      9
    );
    expect(packOf(SAMPLE, { month: 7, organisations: ["LPT", "UHL"] }).organisations).toEqual([
      "UHL",
      "LPT",
    ]);
  });

  it("refuses an organisation that is not in the returns, and an empty choice", () => {
    expect(errorOf(SAMPLE, { organisations: ["UHL", "NHFT"] })).toEqual({
      code: "UNKNOWN_ORGANISATION",
      message: '"NHFT" is not in PWR or PFR; the organisations are UHL, LPT.',
    });
    expect(errorOf(SAMPLE, { organisations: [] }).code).toBe("NO_ORGANISATIONS");
  });
});

describe("buildPack: missing sheets", () => {
  it.each([
    ["Vacancies", ["Vacancies"], /Vacancies: left out because the workbook has no Vacancies sheet/],
    ["Agency", ["PriceCap"], /PriceCap: left out because the workbook has no Agency sheet/],
    [
      "PFR",
      ["CostVariance", "PlanVsActualCost"],
      /CostVariance: left out because the workbook has no PFR sheet/,
    ],
    [
      "PWR",
      ["WTEVariance", "AgencyVariance", "PlanVsActualWTE"],
      /WTEVariance: left out because the workbook has no PWR sheet/,
    ],
  ])("without %s, leaves out %p and says why", (sheet, missing, message) => {
    const snapshot = edited(SAMPLE, (wb) => removeSheets(wb, sheet));
    const pack = packOf(snapshot, { month: 7 });
    const names = pack.tables.map((t) => t.name);
    for (const m of missing) expect(names).not.toContain(m);
    expect(names).toHaveLength(PACK_TABLE_NAMES.length - missing.length);
    expect(pack.messages.join("\n")).toMatch(message);
    for (const chart of pack.charts) expect(names).toContain(chart.table);
    expect(mismatches(evaluatePack(pack, snapshot))).toEqual([]);
  });

  it("says a sheet that is there but unreadable is not read, rather than absent", () => {
    const noHeader = edited(SAMPLE, (wb) => sheetOf(wb, "Vacancies").values.shift());
    expect(packOf(noHeader, { month: 7 }).messages.join("\n")).toMatch(
      /Vacancies: left out because the Vacancies sheet could not be read/
    );
  });

  it("is an error only when neither PWR nor PFR can be read", () => {
    expect(
      errorOf(
        edited(SAMPLE, (wb) => removeSheets(wb, "PWR", "PFR")),
        {}
      ).code
    ).toBe("NO_RETURNS");
  });

  it("leaves the growth row out when PWR has no Base column", () => {
    const headerless = edited(SAMPLE, (wb) => {
      const pwr = sheetOf(wb, "PWR");
      pwr.values = pwr.values.map((cells) => [...cells.slice(0, 4), ...cells.slice(5)]);
    });
    const pack = packOf(headerless, { month: 7 });
    expect(table(pack, "WTEVariance").rows.map((r) => r.label)).not.toContain(
      "Growth (cumulative)"
    );
    expect(pack.messages.join("\n")).toMatch(/growth row is left out because PWR has no Base/);
    expect(valueAt(table(pack, "AgencyVariance"), "Nursing, Midwifery", "Base")).toBeNull();
    expect(mismatches(evaluatePack(pack, headerless))).toEqual([]);
  });
});

describe("buildPack: vacancies from any two of Establishment, In post and Vacancies", () => {
  const full = table(packOf(SAMPLE, { month: 7 }), "Vacancies");
  /** In post rows become Establishment rows (in post + vacancies), Vacancies rows kept or dropped. */
  const withEstablishment = (keepVacancies: boolean, keepInPost: boolean): WorkbookSnapshot =>
    edited(SAMPLE, (wb) => {
      const sheet = sheetOf(wb, "Vacancies");
      const rows = sheet.values.slice(1);
      const vacOf = (org: CellValue, group: CellValue) =>
        rows.find((r) => r[0] === org && r[1] === group && r[2] === "Vacancies")!;
      const out: CellValue[][] = [sheet.values[0]];
      for (const r of rows) {
        if (r[2] === "In post") {
          const v = vacOf(r[0], r[1]);
          out.push([
            r[0],
            r[1],
            "Establishment",
            ...r.slice(3).map((x, j) => (typeof x === "number" ? x + (v[j + 3] as number) : x)),
          ]);
          if (keepInPost) out.push(r);
        } else if (keepVacancies) out.push(r);
      }
      sheet.values = out;
    });

  it.each([
    ["Establishment and Vacancies", true, false],
    ["Establishment and In post", false, true],
  ])("%s give the same vacancies and rates", (_name, keepVacancies, keepInPost) => {
    const snapshot = withEstablishment(keepVacancies, keepInPost);
    const pack = packOf(snapshot, { month: 7 });
    const t = table(pack, "Vacancies");
    for (const row of full.rows) {
      for (const col of full.columns.slice(1))
        expect(num(t, row.label, col)).toBeCloseTo(num(full, row.label, col), 6);
    }
    expect(mismatches(evaluatePack(pack, snapshot))).toEqual([]);
  });
});

describe("buildPack: untidy data", () => {
  it("leaves out rows with an unknown staff group and numbers stored as text, and says so", () => {
    const s = edited(SAMPLE, (wb) => {
      setCell(wb, "PWR", "L3", String(getCell(wb, "PWR", "L3")));
      sheetOf(wb, "PWR").values.push([
        "UHL",
        "Bank",
        "Nurses (bank)",
        "Actual",
        0,
        9,
        9,
        9,
        9,
        9,
        9,
        9,
      ]);
    });
    const pack = packOf(s, { month: 7 });
    const text = pack.messages.join("\n");
    expect(text).toMatch(/PWR: 1 cell \(PWR!L3\) holds text or an error instead of a number/);
    expect(text).toMatch(
      /PWR: 1 row with a staff group the pack does not know \("Nurses \(bank\)"\) is left out/
    );
    const clean = table(packOf(SAMPLE, { month: 7 }), "WTEVariance");
    const t = table(pack, "WTEVariance");
    // PWR!L3 is UHL substantive nursing actual at Oct 23 (4,061.6 WTE): SUMIFS skips it, and so does the pack.
    expect(num(t, "Nursing, Midwifery", "UHL")).toBeCloseTo(
      num(clean, "Nursing, Midwifery", "UHL") - 4061.6,
      6
    );
    expect(num(t, "Total Bank", "UHL")).toBeCloseTo(num(clean, "Total Bank", "UHL"), 9);
    expect(mismatches(evaluatePack(pack, s))).toEqual([]);
  });
});

describe("buildPack: determinism and JSON", () => {
  it("gives an identical pack for the same workbook", () => {
    expect(JSON.stringify(packOf(SAMPLE, { month: 7 }))).toBe(
      JSON.stringify(packOf(SAMPLE, { month: 7 }))
    );
  });

  it("packToJson gives the CLI's --json shape", () => {
    const pack = packOf(SAMPLE, { month: 7 });
    const json = packToJson(pack);
    expect(Object.keys(json)).toEqual(["month", "label", "tables"]);
    expect(json.month).toBe(7);
    expect(json.label).toBe("Oct 23");
    expect(Object.keys(json.tables)).toEqual([...PACK_TABLE_NAMES]);
    const w = json.tables.WTEVariance;
    expect(w.columns).toEqual(["Staff group", "Plan", "Total", "UHL", "LPT"]);
    expect(w.rows[0]).toEqual({
      label: "Nursing, Midwifery",
      values: table(pack, "WTEVariance").rows[0].cells.map((c) => c.value),
    });
    expect(json.tables.PlanVsActualWTE.rows[1].values.slice(7)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
