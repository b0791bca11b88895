/**
 * Regression tests for the bugs the bad-input corpus and the fuzz tests found, one per fix.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { readSnapshotFromFile } from "../../src/xlsx/readSnapshot";
import { sheetNameProblem, sniffWorkbookBytes } from "../../src/xlsx/sniff";
import { parsePeriod } from "../../src/domain/periods";
import { buildPack } from "../../src/domain/pack";
import { validate } from "../../src/domain/validation";
import { reconcile } from "../../src/domain/reconcile";
import { renameSheet } from "../../scripts/bad-input/zipEdits";
import { cleanWorkbook } from "../domain/validation/fixtures";
import { findRow, setCell, sheetOf } from "../support/workbook";
import { a1 } from "../../src/workbook/a1";
import { tempDir, xlsxBytes } from "../xlsx/badFiles";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("llr-regressions-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("readSnapshotFromFile: a value in row 1,048,576", () => {
  it("shares one frozen blank row between the empty rows instead of allocating a million", async () => {
    const file = path.join(dir, "last-row.xlsx");
    await fs.writeFile(
      file,
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet("Staff");
        ws.getCell("A1").value = "Organisation";
        ws.getCell("C1").value = "WTE";
        ws.getCell("B1048576").value = "end";
      })
    );
    const read = await readSnapshotFromFile(file);
    if (!read.ok) throw new Error(read.error.reason);
    const [sheet] = read.value.sheets;
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    expect(sheet.values.length).toBe(1_048_576);
    expect(sheet.values[0]).toEqual(["Organisation", null, "WTE"]);
    expect(sheet.values[1_048_575]).toEqual([null, "end", null]);
    // The rectangle is still there (three nulls per blank row), held once.
    expect(sheet.values[1]).toEqual([null, null, null]);
    expect(new Set(sheet.values).size).toBe(3);
    expect(Object.isFrozen(sheet.values[500_000])).toBe(true);
  });
});

describe("sniffing sheet names ExcelJS cannot load", () => {
  const withNames = async (names: string[]) =>
    xlsxBytes((wb) => names.forEach((n, i) => (wb.addWorksheet(`S${i}`).getCell("A1").value = n)));

  it("names both sheets when two differ only in case, instead of 'Worksheet name already exists'", async () => {
    const bytes = await renameSheet(await withNames(["a", "b"]), "S1", "s0");
    expect(sniffWorkbookBytes(bytes)).toEqual({
      kind: "problem",
      reason:
        'two sheets are named "S0" and "s0": Excel does not allow names that differ only in upper and lower case, so rename one and save the workbook again',
    });
  });

  it("reads XML entities in names (R&amp;D) before comparing", async () => {
    const bytes = await renameSheet(
      await renameSheet(await withNames(["a", "b"]), "S0", "R&amp;D"),
      "S1",
      "r&amp;d"
    );
    const sniffed = sniffWorkbookBytes(bytes);
    expect(sniffed.kind === "problem" && sniffed.reason).toContain('"R&D" and "r&d"');
  });

  it("refuses a name over 31 characters with the name, and no console noise from ExcelJS", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const file = path.join(dir, "long-name.xlsx");
      await fs.writeFile(
        file,
        await renameSheet(await withNames(["a"]), "S0", "Workforce plan by staff group 2023-24")
      );
      const read = await readSnapshotFromFile(file);
      expect(read.ok ? "read" : read.error.reason).toBe(
        'the sheet name "Workforce plan by staff group 2023-24" is longer than the 31 characters Excel allows: shorten it and save the workbook again'
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("lets names that differ in spaces, or are 31 characters long, through", () => {
    expect(sheetNameProblem(["PWR", "PWR ", "x".repeat(31)])).toBeNull();
  });

  it("still reads an ordinary workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("PWR").getCell("A1").value = 1;
    wb.addWorksheet("Settings & notes").getCell("A1").value = 2;
    expect(sniffWorkbookBytes(Buffer.from(await wb.xlsx.writeBuffer()))).toEqual({ kind: "xlsx" });
  });
});

describe("parsePeriod: JS dates outside Excel's calendar", () => {
  it.each([
    ["31 Mar 1899", new Date(Date.UTC(1899, 2, 31))],
    ["year 10000", new Date(Date.UTC(10000, 0, 1))],
    ["5001 BC", new Date(Date.UTC(-5000, 5, 1))],
  ])("refuses %s, as it refuses such serials and text", (_, date) => {
    const period = parsePeriod(date);
    expect(period.ok ? "read" : period.error.reason).toBe(
      "outside the years 1900 to 9999 that Excel can hold"
    );
  });

  it("still reads the first and last years Excel holds", () => {
    expect(parsePeriod(new Date(Date.UTC(1900, 0, 15)))).toEqual({
      ok: true,
      value: { month: 10, fyStartYear: 1899 },
    });
    expect(parsePeriod(new Date(Date.UTC(9999, 11, 31)))).toEqual({
      ok: true,
      value: { month: 9, fyStartYear: 9999 },
    });
  });
});

describe("pack messages quote long cell text briefly", () => {
  it("keeps every message short when an organisation or staff group is 32,767 characters long", () => {
    const wb = cleanWorkbook();
    const long = "University Hospitals of Leicester ".repeat(1000).slice(0, 32767);
    // The organisation: no Vacancies rows for it, so the pack says so.
    const row = findRow(wb, "PWR", {
      org: "UHL",
      type: "Bank",
      group: "Clinical Support",
      measure: "Actual",
    });
    setCell(wb, "PWR", a1(row, 0), long);
    setCell(wb, "PWR", a1(row + 1, 2), long);
    sheetOf(wb, "Settings").values = sheetOf(wb, "Settings").values.filter(
      (r) => r[0] !== "Organisations"
    );
    const built = buildPack(wb);
    if (!built.ok) throw new Error(built.error.message);
    const messages = built.value.messages;
    expect(
      messages.some((m) => m.startsWith("Vacancies: no vacancy rate for University Hospitals"))
    ).toBe(true);
    expect(messages.some((m) => m.includes("with a staff group the pack does not know"))).toBe(
      true
    );
    for (const m of messages) expect(m.length).toBeLessThan(400);
  });
});

describe("messages quoting cells typed with Alt+Enter stay on one line", () => {
  it("validation issues show each line break as ↵", () => {
    const wb = cleanWorkbook();
    const row = findRow(wb, "PWR", {
      org: "UHL",
      type: "Bank",
      group: "Clinical Support",
      measure: "Actual",
    });
    setCell(wb, "PWR", a1(row, 7), "n/a\nsee note");
    const issues = validate(wb).filter((i) => i.code === "NOT_A_NUMBER");
    expect(issues.map((i) => i.message)).toEqual([
      `PWR!${a1(row, 7)}: "n/a↵see note" is not a number, so it is ignored. Enter a number or leave the cell blank.`,
    ]);
  });

  it("pack notes and errors show each line break as ↵", () => {
    const wb = cleanWorkbook();
    sheetOf(wb, "Settings").values = sheetOf(wb, "Settings").values.filter(
      (r) => r[0] !== "Organisations"
    );
    for (const sheet of ["PWR", "PFR"]) {
      for (const r of sheetOf(wb, sheet).values) if (r[0] === "LPT") r[0] = "LPT\r\nLeicestershire";
    }
    const built = buildPack(wb);
    if (!built.ok) throw new Error(built.error.message);
    expect(built.value.messages).toContain(
      "Vacancies: no vacancy rate for LPT↵Leicestershire: the Vacancies sheet has neither Establishment nor In post rows for it."
    );
    const none = buildPack(wb, { month: 12 });
    expect(none.ok ? "built" : none.error.message).not.toMatch(/[\r\n]/);
  });

  // Finding messages quote job titles, assignments and codes as typed, line breaks included.
  it("reconciliation findings show each line break as ↵", () => {
    const wb = cleanWorkbook();
    const staff = sheetOf(wb, "Staff");
    for (const r of staff.values)
      if (r[2] === "Consultant Physician") r[2] = "Consultant\nPhysician";
    const messages = reconcile(wb).findings.map((f) => f.message);
    expect(messages.some((m) => m.includes("Consultant"))).toBe(true);
    for (const m of messages) expect(m).not.toMatch(/[\r\n]/);
  });
});
