import fc from "fast-check";
import {
  calendarOfFyMonth,
  formatMonth,
  fyLabel,
  fyMonthOfCalendar,
  monthShortName,
  parseFyLabel,
  parsePeriod,
} from "../../src/domain/periods";

const DAY_MS = 86_400_000;

describe("parsePeriod: text", () => {
  it.each<[string, number, number | null]>([
    // FY month numbers carry no year
    ["M7", 7, null],
    ["m07", 7, null],
    ["M 7", 7, null],
    ["Month 7", 7, null],
    ["month 12", 12, null],
    ["Mth 1", 1, null],
    ["M1", 1, null],
    ["M7 2023/24", 7, 2023],
    ["M07 FY 23/24", 7, 2023],
    // month names with two- and four-digit years
    ["Oct 23", 7, 2023],
    ["Oct-23", 7, 2023],
    ["Oct23", 7, 2023],
    ["oct 23", 7, 2023],
    ["OCT-23", 7, 2023],
    ["Oct/23", 7, 2023],
    ["Oct – 23", 7, 2023],
    ["October 2023", 7, 2023],
    ["Oct 2023", 7, 2023],
    ["Sept 2023", 6, 2023],
    ["Sep-23", 6, 2023],
    ["Apr 23", 1, 2023],
    ["Dec 23", 9, 2023],
    ["Jan 24", 10, 2023],
    ["Feb 24", 11, 2023],
    ["Mar 24", 12, 2023],
    ["March 2024", 12, 2023],
    ["May-24", 2, 2024],
    ["Oct", 7, null],
    ["january", 10, null],
    // ISO
    ["2023-10", 7, 2023],
    ["2023/10", 7, 2023],
    ["2024-1", 10, 2023],
    ["2023-10-31", 7, 2023],
    ["2024-03-31", 12, 2023],
    ["2024-04-01", 1, 2024],
    // also reads as FY 2011/12, but a month form wins when the text is one
    ["2011-12", 9, 2011],
    ["2023-10-31T00:00:00.000Z", 7, 2023],
    // UK day/month/year
    ["31/10/2023", 7, 2023],
    ["01/10/2023", 7, 2023],
    ["1/4/24", 1, 2024],
    ["31-03-2024", 12, 2023],
    ["31.10.2023", 7, 2023],
    ["12/01/2024", 10, 2023],
    // Excel's date text
    ["31 Oct 2023", 7, 2023],
    ["31-Oct-23", 7, 2023],
    ["1 January 2024", 10, 2023],
    // surrounding spaces
    ["  Oct 23\u00a0", 7, 2023],
  ])("%j -> month %p of FY %p", (text, month, fyStartYear) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: { month, fyStartYear } });
  });

  it.each<[string, number]>([
    ["January", 10],
    ["February", 11],
    ["March", 12],
    ["April", 1],
    ["May", 2],
    ["June", 3],
    ["July", 4],
    ["August", 5],
    ["September", 6],
    ["October", 7],
    ["November", 8],
    ["December", 9],
  ])("%s is FY month %p, under its long and short names", (name, month) => {
    // Every month of calendar 2024: January to March still belong to FY 2023/24.
    const fyStartYear = month >= 10 ? 2023 : 2024;
    for (const text of [`${name} 2024`, `${name.slice(0, 3)}-24`]) {
      expect(parsePeriod(text)).toEqual({ ok: true, value: { month, fyStartYear } });
    }
  });

  it.each<[string, string]>([
    ["M13", "FY month must be 1 (April) to 12 (March)"],
    ["M0", "FY month must be 1 (April) to 12 (March)"],
    ["Month 123", "not a period"],
    ["M", "not a period"],
    ["2023-13", "the month must be 01 to 12"],
    ["2023-00", "the month must be 01 to 12"],
    ["2023-02-29", "Feb 2023 has no day 29"],
    ["29/02/2023", "Feb 2023 has no day 29"],
    ["29-Feb-23", "Feb 2023 has no day 29"],
    ["29/02/1900", "Feb 1900 has no day 29"],
    ["31/04/2023", "Apr 2023 has no day 31"],
    ["0/10/2023", "Oct 2023 has no day 0"],
    ["10/31/2023", "the month must be 1 to 12 (dates are read day/month/year)"],
    ["Oct 123", "the year must have 2 or 4 digits"],
    ["Octob 23", "not a period"],
    ["Oct 23 24", "not a period"],
    ["Q3 2023", "not a period"],
    ["2023/24", "a financial year, not a month"],
    ["FY 2023/24", "a financial year, not a month"],
    ["23/24", "a financial year, not a month"],
    ["2023-24", "a financial year, not a month"],
    ["7", "a number written as text is not a period"],
    ["45199", "a number written as text is not a period"],
    ["n/a", "not a period"],
    ["31/10-2023", "not a period"],
    ["2023-10/31", "not a period"],
    ["", "blank"],
    ["   ", "blank"],
    ["x".repeat(41), "not a period"],
  ])("%j is an error: %s", (text, reason) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.text).toBe(text);
    expect(result.error.reason).toContain(reason);
  });

  it.each(["2024-02-29", "29/02/2024", "29 Feb 2024", "29-Feb-24", "29/02/2000"])(
    "accepts 29 February in a leap year: %s",
    (text) => {
      expect(parsePeriod(text).ok).toBe(true);
    }
  );
});

describe("parsePeriod: Excel serial dates", () => {
  it.each<[number, string, number, number]>([
    [45199, "30 Sep 2023", 6, 2023],
    [45200, "1 Oct 2023", 7, 2023],
    [45230, "31 Oct 2023", 7, 2023],
    [45292, "1 Jan 2024", 10, 2023],
    [45351, "29 Feb 2024", 11, 2023],
    [45351.75, "29 Feb 2024 18:00", 11, 2023],
    [45382, "31 Mar 2024", 12, 2023],
    [45383, "1 Apr 2024", 1, 2024],
    [45016, "31 Mar 2023", 12, 2022],
    [45017, "1 Apr 2023", 1, 2023],
    [43831, "1 Jan 2020", 10, 2019],
    [367, "1 Jan 1901", 10, 1900],
    [2958465, "31 Dec 9999", 9, 9999],
  ])("%p (%s) -> month %p of FY %p", (serial, _date, month, fyStartYear) => {
    expect(parsePeriod(serial)).toEqual({ ok: true, value: { month, fyStartYear } });
  });

  it.each<[number, string]>([
    [7, "a number below 367 is not an Excel date"],
    [1, "a number below 367 is not an Excel date"],
    [12, "a number below 367 is not an Excel date"],
    [0, "a number below 367 is not an Excel date"],
    [-1, "a number below 367 is not an Excel date"],
    [366, "a number below 367 is not an Excel date"],
    [2958466, "beyond 31/12/9999"],
    [NaN, "not a finite number"],
    [Infinity, "not a finite number"],
  ])("%p is an error: %s", (serial, reason) => {
    const result = parsePeriod(serial);
    expect(result).toEqual({
      ok: false,
      error: { text: String(serial), reason: expect.stringContaining(reason) },
    });
  });

  it("agrees with ISO text and JS dates for every day from 2020 to 2030", () => {
    const first = 43831; // 1 Jan 2020
    for (let serial = first; serial < first + 11 * 366; serial++) {
      const date = new Date(Date.UTC(2020, 0, 1) + (serial - first) * DAY_MS);
      const iso = date.toISOString().slice(0, 10);
      const fromSerial = parsePeriod(serial);
      expect(fromSerial).toEqual(parsePeriod(iso));
      expect(fromSerial).toEqual(parsePeriod(date));
    }
  });
});

describe("parsePeriod: JS dates and other values", () => {
  it.each<[Date, number, number]>([
    [new Date(Date.UTC(2023, 9, 31)), 7, 2023],
    [new Date(Date.UTC(2024, 0, 1)), 10, 2023],
    [new Date(Date.UTC(2024, 2, 31, 23, 59)), 12, 2023],
    [new Date(Date.UTC(2024, 3, 1)), 1, 2024],
  ])("%p -> month %p of FY %p (UTC parts)", (date, month, fyStartYear) => {
    expect(parsePeriod(date)).toEqual({ ok: true, value: { month, fyStartYear } });
  });

  it.each<[unknown, string, string]>([
    [new Date(NaN), "Invalid Date", "not a valid date"],
    [null, "", "blank"],
    [undefined, "", "blank"],
    [true, "TRUE", "a TRUE/FALSE value, not a period"],
    [{}, "[object Object]", "not a period"],
  ])("%p is an error", (value, text, reason) => {
    expect(parsePeriod(value)).toEqual({
      ok: false,
      error: { text, reason: expect.stringContaining(reason) },
    });
  });
});

describe("calendar <-> FY month", () => {
  it.each([
    [0, 10],
    [1, 11],
    [2, 12],
    [3, 1],
    [4, 2],
    [5, 3],
    [6, 4],
    [7, 5],
    [8, 6],
    [9, 7],
    [10, 8],
    [11, 9],
  ])("calendar month index %p is FY month %p", (monthIndex, month) => {
    expect(fyMonthOfCalendar(monthIndex)).toBe(month);
  });

  it.each([
    [1, 2023, 2023, 3],
    [7, 2023, 2023, 9],
    [9, 2023, 2023, 11],
    [10, 2023, 2024, 0],
    [12, 2023, 2024, 2],
  ])("FY month %p of %p is %p-%p", (month, fyStartYear, year, monthIndex) => {
    expect(calendarOfFyMonth(month, fyStartYear)).toEqual({ year, monthIndex });
  });

  it("round-trips every FY month through the calendar", () => {
    for (let month = 1; month <= 12; month++) {
      const { monthIndex } = calendarOfFyMonth(month, 2023);
      expect(fyMonthOfCalendar(monthIndex)).toBe(month);
    }
  });
});

describe("formatting", () => {
  it.each([
    [7, 2023, "Oct 23"],
    [10, 2023, "Jan 24"],
    [1, 2023, "Apr 23"],
    [12, 2023, "Mar 24"],
    [12, 2099, "Mar 00"],
    [1, 2009, "Apr 09"],
  ])("formatMonth(%p, %p) = %s", (month, fyStartYear, text) => {
    expect(formatMonth(month, fyStartYear)).toBe(text);
  });

  it.each([
    [1, "Apr"],
    [2, "May"],
    [3, "Jun"],
    [4, "Jul"],
    [5, "Aug"],
    [6, "Sep"],
    [7, "Oct"],
    [8, "Nov"],
    [9, "Dec"],
    [10, "Jan"],
    [11, "Feb"],
    [12, "Mar"],
  ])("monthShortName(%p) = %s", (month, name) => {
    expect(monthShortName(month)).toBe(name);
  });

  it.each([0, 13, 1.5, NaN])("refuses month %p with a RangeError", (month) => {
    expect(() => monthShortName(month)).toThrow(RangeError);
    expect(() => formatMonth(month, 2023)).toThrow(RangeError);
  });

  it("formatMonth output parses back to the same period", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2098 }), (m, y) => {
        expect(parsePeriod(formatMonth(m, y))).toEqual({
          ok: true,
          value: { month: m, fyStartYear: y },
        });
      })
    );
  });

  it.each([
    [2023, "2023/24"],
    [1999, "1999/00"],
    [2009, "2009/10"],
    [2099, "2099/00"],
  ])("fyLabel(%p) = %s", (year, label) => {
    expect(fyLabel(year)).toBe(label);
  });
});

describe("parseFyLabel", () => {
  it.each<[string, number]>([
    ["2023/24", 2023],
    ["23/24", 2023],
    ["FY 2023/24", 2023],
    ["FY2023/24", 2023],
    ["fy 23-24", 2023],
    ["FY23-24", 2023],
    ["2023-24", 2023],
    ["2023–24", 2023],
    ["2023/2024", 2023],
    ["2023 - 2024", 2023],
    [" 2023/24 ", 2023],
    ["1999/00", 1999],
    ["2099/00", 2099],
  ])("%j -> %p", (text, year) => {
    expect(parseFyLabel(text)).toBe(year);
  });

  it.each<unknown>([
    "2023/25",
    "2023/2025",
    "2023",
    "FY24",
    "FY 2023",
    "Oct 23",
    "2023/24/25",
    "2023.24",
    "",
    "n/a",
    2023,
    null,
    undefined,
  ])("%p -> null", (value) => {
    expect(parseFyLabel(value)).toBeNull();
  });

  it("reads every label fyLabel writes", () => {
    for (let year = 1990; year <= 2100; year++) expect(parseFyLabel(fyLabel(year))).toBe(year);
  });
});
