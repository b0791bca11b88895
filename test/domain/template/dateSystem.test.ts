/**
 * Month headers and Settings typed as dates, in both of Excel's date systems. A snapshot carries
 * the workbook's own serial numbers (as Office.js and the xlsx adapter give them) and its
 * dateSystem; the same day is serial n in the 1904 system and n + 1,462 in the 1900 system.
 */
import { parseTemplate } from "../../../src/domain/template/parse";
import { monthSerial } from "../../../src/domain/template/blank";
import {
  DATE_1904_OFFSET,
  formatMonth,
  inDateSystem1900,
  parsePeriod,
  type DateSystem,
} from "../../../src/domain/periods";
import { validate } from "../../../src/domain/validation";
import { cleanWorkbook } from "../validation/fixtures";
import { MONTH_HEADERS, setSetting, type MutableWorkbook } from "../../support/workbook";

const FY = 2023;
const MONTH_SHEETS = ["PWR", "PFR", "Vacancies", "Agency"];

/** The serial of the 1st of FY month m of FY 2023/24, as a workbook in `system` stores it. */
const serialIn = (system: DateSystem, m: number) =>
  monthSerial(m, FY) - (system === 1904 ? DATE_1904_OFFSET : 0);

/** The clean workbook with every month header typed as a date in `serials`' system. */
function datedWorkbook(serials: DateSystem, dateSystem?: DateSystem): MutableWorkbook {
  const wb = cleanWorkbook();
  for (const sheet of wb.sheets.filter((s) => MONTH_SHEETS.includes(s.name))) {
    const header = sheet.values[0];
    header.forEach((cell, j) => {
      const m = MONTH_HEADERS.indexOf(cell as string);
      if (m >= 0) header[j] = serialIn(serials, m + 1);
    });
  }
  return dateSystem === undefined ? wb : { ...wb, dateSystem };
}

const monthsOf = (wb: MutableWorkbook) => {
  const parsed = parseTemplate(wb);
  return parsed.pwr?.months.map((m) => formatMonth(m.month, m.fyStartYear ?? -1));
};

describe("month headers typed as dates", () => {
  it("a 1904 workbook whose headers are Apr 23 .. Mar 24 reads those months, and validates clean", () => {
    const wb = datedWorkbook(1904, 1904);
    expect(wb.sheets[0].values[0][5]).toBe(43555); // 1 Apr 2023 in the 1904 system
    const parsed = parseTemplate(wb);
    expect(parsed.problems).toEqual([]);
    expect(parsed.financialYear).toBe(FY);
    for (const key of ["pwr", "pfr"] as const)
      expect(parsed[key]?.months.map((m) => formatMonth(m.month, m.fyStartYear ?? -1))).toEqual(
        MONTH_HEADERS
      );
    expect(validate(wb)).toEqual(validate(cleanWorkbook()));
  });

  it("a 1900 workbook (stated, or by default) with 1900 serials reads the same months", () => {
    expect(monthsOf(datedWorkbook(1900, 1900))).toEqual(MONTH_HEADERS);
    expect(monthsOf(datedWorkbook(1900))).toEqual(MONTH_HEADERS);
  });

  it("the same serials in a 1900 workbook are read 1,462 days apart: every header four years early", () => {
    const wb = datedWorkbook(1904, 1900);
    const header = wb.sheets[0].values[0].slice(5) as number[];
    header.forEach((serial, i) => {
      const as1900 = parsePeriod(serial, 1900);
      const as1904 = parsePeriod(serial, 1904);
      // 1 Apr 2023 (1904) is 31 Mar 2019 (1900): a day and four years before.
      const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
      const expected1900 = parsePeriod(
        `${String(day.getUTCDate()).padStart(2, "0")}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`
      );
      expect(as1900).toEqual(expected1900);
      expect(as1904).toEqual({ ok: true, value: { month: i + 1, fyStartYear: FY } });
      expect(parsePeriod(serial + DATE_1904_OFFSET, 1900)).toEqual(as1904);
    });
    expect(parsePeriod(43555, 1900)).toEqual({ ok: true, value: { month: 12, fyStartYear: 2018 } });
    const issues = validate(wb);
    expect(issues.length).toBeGreaterThan(0);
    expect(
      issues.find((i) => i.sheet === "PWR" && i.code === "BAD_PERIOD_HEADER")?.message
    ).toMatch(/FY 2018\/19/);
  });
});

describe("Settings › Reporting month typed as a date", () => {
  const oct23 = (system: DateSystem) => serialIn(system, 7);

  it("reads 1 Oct 2023 as M7 in each system's own serial", () => {
    for (const system of [1900, 1904] as const) {
      const wb: MutableWorkbook = { ...datedWorkbook(system), dateSystem: system };
      setSetting(wb, "Reporting month", oct23(system));
      const parsed = parseTemplate(wb);
      expect({ system, problems: parsed.problems }).toEqual({ system, problems: [] });
      expect({ system, month: parsed.settings.values.reportingMonth }).toEqual({
        system,
        month: 7,
      });
    }
  });

  it("a 1904 serial read in the 1900 system is a day and four years early: Sep, not Oct", () => {
    const wb = datedWorkbook(1900);
    setSetting(wb, "Reporting month", oct23(1904));
    expect(parseTemplate(wb).settings.values.reportingMonth).toBe(6);
  });

  it("a bare month number is a month number in both systems", () => {
    for (const system of [1900, 1904] as const) {
      const wb: MutableWorkbook = { ...datedWorkbook(system), dateSystem: system };
      setSetting(wb, "Reporting month", 7);
      expect(parseTemplate(wb).settings.values.reportingMonth).toBe(7);
    }
  });
});

describe("inDateSystem1900", () => {
  it("moves only date serials of a 1904 workbook", () => {
    expect(inDateSystem1900(43555, 1904)).toBe(45017);
    expect(inDateSystem1900(43555, 1900)).toBe(43555);
    expect(inDateSystem1900(43555, undefined)).toBe(43555);
    // Below 367 a number is not read as a date in either system, so it is left for the reader.
    for (const v of [7, 366, 0, -5, "Oct 23", null, true, Number.NaN])
      expect(inDateSystem1900(v, 1904)).toBe(v);
  });

  it("keeps the 1904 system's own calendar limits", () => {
    expect(parsePeriod(2958465 - DATE_1904_OFFSET, 1904)).toEqual({
      ok: true,
      value: { month: 9, fyStartYear: 9999 },
    });
    const beyond = parsePeriod(2958466 - DATE_1904_OFFSET, 1904);
    expect(beyond.ok).toBe(false);
    expect(parsePeriod(366, 1904)).toEqual(parsePeriod(366, 1900));
  });
});
