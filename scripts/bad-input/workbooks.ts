/**
 * Template-shaped bad-input workbooks: each starts from the validator's clean fixture workbook
 * (test/domain/validation/fixtures.ts: UHL and LPT, FY 2023/24, actuals to M7) and adds one kind
 * of awkwardness an NHS return really arrives with. Written with ExcelJS and made byte-stable
 * with the seeds' fixed dates and zip timestamps, so re-running the script never dirties git.
 */
import ExcelJS from "exceljs";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { a1 } from "../../src/workbook/a1";
import { cleanWorkbook } from "../../test/domain/validation/fixtures";
import {
  cellOf,
  findColumn,
  findRow,
  getCell,
  MONTH_HEADERS,
  setCell,
  setSetting,
  sheetOf,
  type MutableWorkbook,
  returnRow,
} from "../../test/support/workbook";
import { fixZipTimestamps, SAMPLE_DATE } from "../seeds/xlsx";

export const GENERATOR = "LLR Workforce bad-input generator (npm run fixtures:bad-input)";

/** A snapshot as an ExcelJS workbook (blanks left out), for a builder to decorate before writing. */
export function excelOf(snapshot: WorkbookSnapshot): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = GENERATOR;
  wb.lastModifiedBy = GENERATOR;
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        ws.getCell(sheet.origin.row + r + 1, sheet.origin.col + c + 1).value = value;
      })
    );
  }
  return wb;
}

/** Writes the workbook with fixed zip timestamps. */
export async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  const written = await wb.xlsx.writeBuffer();
  return fixZipTimestamps(Buffer.from(written as ArrayBuffer), SAMPLE_DATE);
}

const UHL_SUB_NM_ACTUAL = returnRow("UHL", "Substantive", "Nursing, Midwifery", "Actual");
const UHL_BANK_CS_ACTUAL = returnRow("UHL", "Bank", "Clinical Support", "Actual");
const LPT_AGENCY_MD_PLAN = returnRow("LPT", "Agency", "Medical, Dental", "Plan");

/** Only the header rows of a sheet, every data row gone. */
function headersOnly(wb: MutableWorkbook, name: string): void {
  const sheet = sheetOf(wb, name);
  sheet.values = sheet.values.slice(0, 1);
}

/** Inserts `count` rows above a sheet's used range, with `title` in the first of them. */
function pushDown(wb: MutableWorkbook, name: string, count: number, title: string | null): void {
  const sheet = sheetOf(wb, name);
  const blank: CellValue[][] = Array.from({ length: count }, () => []);
  if (title !== null) blank[0] = [title];
  sheet.values = [...blank, ...sheet.values];
}

/** Which ExcelJS value to write at an address (most cells are plain values). */
type Decorate = (wb: ExcelJS.Workbook) => void;

async function build(
  poke: (wb: MutableWorkbook) => void,
  decorate: Decorate = () => undefined
): Promise<Buffer> {
  const snapshot = cleanWorkbook();
  poke(snapshot);
  const wb = excelOf(snapshot);
  decorate(wb);
  return bytesOf(wb);
}

const ws = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** The clean fixture's addresses the builders below poke, named once. */
const clean = cleanWorkbook();
const at = {
  uhlSubNmActualJun: cellOf(clean, "PWR", UHL_SUB_NM_ACTUAL, "Jun 23"),
  uhlSubNmActualJul: cellOf(clean, "PWR", UHL_SUB_NM_ACTUAL, "Jul 23"),
  uhlBankCsActualMay: cellOf(clean, "PWR", UHL_BANK_CS_ACTUAL, "May 23"),
  uhlBankCsActualAug: cellOf(clean, "PFR", UHL_BANK_CS_ACTUAL, "Aug 23"),
  lptAgencyMdPlanSep: cellOf(clean, "PFR", LPT_AGENCY_MD_PLAN, "Sep 23"),
};

export type Builder = () => Promise<Buffer>;

export const TEMPLATE_BUILDERS: Readonly<Record<string, Builder>> = {
  /** The control: the clean fixture as a file. */
  "clean.xlsx": () => build(() => undefined),

  "template-no-data-rows.xlsx": () =>
    build((wb) => {
      for (const name of ["PWR", "PFR", "Vacancies", "Agency", "Staff"]) headersOnly(wb, name);
    }),

  // PWR's title in A1 and its header in row 20: the last row the header search looks at.
  "header-row-20.xlsx": () =>
    build((wb) => pushDown(wb, "PWR", 19, "Provider Workforce Return (PWR)")),

  // One row further down: the header is out of reach, so PWR cannot be read.
  "header-row-21.xlsx": () =>
    build((wb) => pushDown(wb, "PWR", 20, "Provider Workforce Return (PWR)")),

  // Rows 1-20 blank: the search counts from the first used row, so the header is found.
  "header-row-21-blank-above.xlsx": () => build((wb) => pushDown(wb, "PWR", 20, null)),

  // A banner merged across the month columns above the header, and each label cell of the header
  // merged with the (empty) row beneath it, as a two-row header is often laid out.
  "merged-header.xlsx": () =>
    build(
      (wb) => {
        pushDown(wb, "PWR", 1, null);
        const pwr = sheetOf(wb, "PWR");
        pwr.values[0] = [null, null, null, null, null, "2023/24 by month"];
        pwr.values.splice(2, 0, []);
      },
      (wb) => {
        const sheet = ws(wb, "PWR");
        sheet.mergeCells("F1:Q1");
        for (const col of ["A", "B", "C", "D", "E"]) sheet.mergeCells(`${col}2:${col}3`);
        for (let c = 6; c <= 17; c++) sheet.mergeCells(2, c, 3, c);
      }
    ),

  // Hidden cells are data: a hidden duplicate row and a hidden month column with text in it.
  "hidden-rows-columns.xlsx": () =>
    build(
      (wb) => {
        const pwr = sheetOf(wb, "PWR");
        pwr.values.push([...pwr.values[findRow(wb, "PWR", UHL_BANK_CS_ACTUAL)]]);
        setCell(wb, "PWR", at.uhlSubNmActualJul, "n/a");
      },
      (wb) => {
        const sheet = ws(wb, "PWR");
        sheet.getRow(sheet.rowCount).hidden = true;
        sheet.getColumn(findColumn(clean, "PWR", "Jul 23") + 1).hidden = true;
        sheet.getColumn(findColumn(clean, "PWR", "Base") + 1).hidden = true;
      }
    ),

  // Numbers pasted from a web page or PDF: text padded with non-breaking spaces, and one with a
  // non-breaking space as the thousands separator.
  "nbsp-numbers.xlsx": () =>
    build((wb) => {
      const pad = (address: string) =>
        setCell(wb, "PWR", address, `\u00a0${String(getCell(wb, "PWR", address))}\u00a0`);
      pad(at.uhlSubNmActualJun);
      pad(at.uhlBankCsActualMay);
      const v = getCell(wb, "PWR", at.uhlSubNmActualJul) as number;
      setCell(wb, "PWR", at.uhlSubNmActualJul, v.toFixed(1).replace(/^(\d)(\d{3})/, "$1\u00a0$2"));
    }),

  // Continental decimals: "4.237,8" and "12,5" typed by hand.
  "continental-decimals.xlsx": () =>
    build((wb) => {
      const v = getCell(wb, "PWR", at.uhlSubNmActualJun) as number;
      setCell(
        wb,
        "PWR",
        at.uhlSubNmActualJun,
        v
          .toFixed(1)
          .replace(".", ",")
          .replace(/^(\d)(\d{3})/, "$1.$2")
      );
      setCell(wb, "PFR", at.uhlBankCsActualAug, "12,5");
    }),

  // Month headers typed as text dates (read), a data cell holding a date typed as text (not a
  // number), and Settings › Reporting month typed as a text date (read).
  "dates-as-text.xlsx": () =>
    build((wb) => {
      const pwr = sheetOf(wb, "PWR");
      MONTH_HEADERS.forEach((_, i) => {
        const month = ((i + 3) % 12) + 1;
        const year = i < 9 ? 2023 : 2024;
        pwr.values[0][5 + i] = `01/${String(month).padStart(2, "0")}/${year}`;
      });
      setCell(wb, "PFR", at.lptAgencyMdPlanSep, "30/09/2023");
      setSetting(wb, "Reporting month", "31/10/2023");
    }),

  // Real Excel error cells: plain error values and formulas whose cached result is an error.
  "formula-errors.xlsx": () =>
    build(
      () => undefined,
      (wb) => {
        const pfr = ws(wb, "PFR");
        pfr.getCell(at.uhlBankCsActualAug).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
        pfr.getCell(at.lptAgencyMdPlanSep).value = {
          formula: "VLOOKUP(A1,Lookup!A:B,2,FALSE)",
          result: { error: "#N/A" },
        } as ExcelJS.CellFormulaValue;
        ws(wb, "PWR").getCell(at.uhlBankCsActualMay).value = {
          formula: "E22/0",
          result: { error: "#DIV/0!" },
        } as ExcelJS.CellFormulaValue;
      }
    ),

  // The longest text a cell may hold (32,767 characters) as an organisation and as a figure.
  "long-cells.xlsx": () =>
    build((wb) => {
      const long = (seed: string) => seed.repeat(Math.ceil(32767 / seed.length)).slice(0, 32767);
      const row = findRow(wb, "PWR", UHL_BANK_CS_ACTUAL);
      setCell(wb, "PWR", a1(row, 0), long("University Hospitals of Leicester "));
      setCell(wb, "PFR", at.uhlBankCsActualAug, long("1234567890"));
    }),

  // Organisations with emoji and right-to-left names, listed in Settings, plus one right-to-left
  // name that is not listed.
  "emoji-rtl-organisations.xlsx": () =>
    build((wb) => {
      const rename: Record<string, string> = { UHL: "UHL 🏥", LPT: "مستشفى ليستر" };
      for (const sheet of wb.sheets) {
        if (sheet.name === "Settings") continue;
        for (const row of sheet.values.slice(1)) {
          const org = row[0];
          if (typeof org === "string" && rename[org]) row[0] = rename[org];
        }
      }
      setSetting(wb, "Organisations", Object.values(rename).join(", "));
      const row = findRow(wb, "PWR", { ...UHL_BANK_CS_ACTUAL, org: "UHL 🏥" });
      setCell(wb, "PWR", a1(row, 0), "בית חולים");
    }),

  // Cells typed with Alt+Enter: two-line headers (read as the header) and a two-line note in a
  // figure (not a number; its message stays on one line).
  "line-breaks-in-cells.xlsx": () =>
    build((wb) => {
      const pwr = sheetOf(wb, "PWR");
      pwr.values[0] = pwr.values[0].map((h) =>
        h === "Staff group" ? "Staff\ngroup" : h === "Staff type" ? "Staff\r\ntype" : h
      );
      setCell(wb, "PWR", at.uhlSubNmActualJun, "n/a\nsee note");
    }),

  // A sheet of the template with a stray value in the last row Excel has.
  "million-rows.xlsx": () =>
    build(
      () => undefined,
      (wb) => {
        ws(wb, "Staff").getCell("A1048576").value = "end of list";
      }
    ),

  // A Total row above its groups: UHL's is right; LPT's Oct 23 plan is 40 WTE over its groups.
  "total-above-groups.xlsx": () =>
    build((wb) => {
      const pwr = sheetOf(wb, "PWR");
      for (const org of ["UHL", "LPT"]) {
        for (const measure of ["Plan", "Actual"]) {
          const from = findRow(wb, "PWR", { org, type: "Substantive", group: "Total", measure });
          const first = findRow(wb, "PWR", {
            org,
            type: "Substantive",
            group: "Nursing, Midwifery",
            measure: "Plan",
          });
          const [total] = pwr.values.splice(from, 1);
          pwr.values.splice(first, 0, total);
        }
      }
      const address = cellOf(
        wb,
        "PWR",
        { org: "LPT", type: "Substantive", group: "Total", measure: "Plan" },
        "Oct 23"
      );
      setCell(wb, "PWR", address, (getCell(wb, "PWR", address) as number) + 40);
    }),

  // "Jul 23" twice in PFR's header: an extra column pasted in.
  "month-repeated.xlsx": () =>
    build((wb) => {
      const pfr = sheetOf(wb, "PFR");
      const jul = findColumn(wb, "PFR", "Jul 23");
      pfr.values = pfr.values.map((row) => [
        ...row.slice(0, jul + 1),
        row[jul] ?? null,
        ...row.slice(jul + 1),
      ]);
    }),

  // The only PWR sheet is named "pwr " (case and a trailing space): still the return.
  "sheet-name-case-space.xlsx": () =>
    build((wb) => {
      sheetOf(wb, "PWR").name = "pwr ";
    }),

  // Dates as real date cells in a workbook using the 1904 date system (Mac Excel of old).
  "dates-1904.xlsx": () =>
    build(
      () => undefined,
      (wb) => {
        wb.properties.date1904 = true;
        const sheet = ws(wb, "PWR");
        MONTH_HEADERS.forEach((_, i) => {
          const month = (i + 3) % 12;
          const year = i < 9 ? 2023 : 2024;
          const cell = sheet.getCell(1, 6 + i);
          cell.value = new Date(Date.UTC(year, month, 1));
          cell.numFmt = "mmm yy";
        });
      }
    ),
};

/** Used by the duplicate-sheet zip edits: the clean workbook as ExcelJS writes it. */
export async function cleanBytes(): Promise<Buffer> {
  return build(() => undefined);
}

/** An .xlsx that the CSV case renames: the clean PWR sheet as comma-separated text. */
export function cleanPwrCsv(): string {
  const quote = (v: CellValue) => {
    const s = v === null ? "" : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    sheetOf(cleanWorkbook(), "PWR")
      .values.map((row) => row.map(quote).join(","))
      .join("\r\n") + "\r\n"
  );
}
