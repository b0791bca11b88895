/**
 * "The sample with hostile text": the Month 7 sample with script-injection payloads typed into
 * the cells a user controls (organisation and staff group labels, a HYPERLINK formula, a sheet
 * name and the file name), so the security e2e test can check that every face shows them as text.
 * The labels are not organisations or staff groups, so each one surfaces in an issue message.
 * Positions come from the headers, as in plantProblems, so the variant follows the sample.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { a1 } from "../workbook/a1";
import { findSheetIndex } from "./sheetNames";

/** Each payload would run script if it ever reached the DOM as HTML or as a link. */
export const HOSTILE_TEXT = {
  /** Shows a dialog when parsed as HTML (the test listens for dialogs). */
  imgAlert: "<img src=x onerror=alert(1)>",
  /** Sets a flag when parsed as HTML (the test reads window.__xss). */
  imgFlag: `<img src=x onerror="window.__xss=1">`,
  /** A formula, as Excel reports it in Range.formulas. */
  hyperlinkFormula: `=HYPERLINK("javascript:alert(1)")`,
  /** What that formula shows (its friendly name defaults to the link). */
  javascriptUrl: "javascript:alert(1)",
  /** A sheet name (at most 31 characters and none of : \ / ? * [ ]). */
  sheetName: "<svg onload=window.__xss=2>",
  /** The workbook's file name as the viewer and the Check tab show it. */
  source: `<img src=x onerror="window.__xss=3">.xlsx`,
} as const;

export interface HostilePlacement {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellValue;
  readonly formula?: string;
}

type Poke = { row: number; col: number; value: CellValue; formula?: string };

function headerColumns(sheet: SheetSnapshot): { row: number; org: number; group: number } | null {
  for (let r = 0; r < Math.min(sheet.values.length, 20); r++) {
    const labels = sheet.values[r].map((v) =>
      typeof v === "string" ? v.trim().toLowerCase() : ""
    );
    const org = labels.indexOf("organisation");
    const group = labels.indexOf("staff group");
    if (org >= 0 && group >= 0) return { row: r, org, group };
  }
  return null;
}

function poked(sheet: SheetSnapshot, pokes: readonly Poke[]): SheetSnapshot {
  const values = sheet.values.map((row) => [...row]);
  const formulas = values.map((row, r) => row.map((_, c) => sheet.formulas?.[r]?.[c] ?? null));
  for (const p of pokes) {
    values[p.row][p.col] = p.value;
    formulas[p.row][p.col] = p.formula ?? null;
  }
  return { ...sheet, values, formulas };
}

export function hostileWorkbook(snapshot: WorkbookSnapshot): {
  readonly snapshot: WorkbookSnapshot;
  readonly placed: readonly HostilePlacement[];
} {
  const names = snapshot.sheets.map((s) => s.name);
  // Rows 1 and 4 of PWR, 1 and 3 of PFR (data rows, counted from the header).
  const wanted: {
    sheet: string;
    pokes: (h: { row: number; org: number; group: number }) => Poke[];
  }[] = [
    {
      sheet: "PWR",
      pokes: (h) => [
        { row: h.row + 1, col: h.org, value: HOSTILE_TEXT.imgFlag },
        { row: h.row + 4, col: h.group, value: HOSTILE_TEXT.imgAlert },
      ],
    },
    {
      sheet: "PFR",
      pokes: (h) => [
        {
          row: h.row + 1,
          col: h.group,
          value: HOSTILE_TEXT.javascriptUrl,
          formula: HOSTILE_TEXT.hyperlinkFormula,
        },
        // The same formula typed as text (Excel keeps it as text when the cell is formatted so).
        { row: h.row + 3, col: h.org, value: HOSTILE_TEXT.hyperlinkFormula },
      ],
    },
  ];
  const placed: HostilePlacement[] = [];
  const sheets = snapshot.sheets.map((sheet) => {
    const plan = wanted.find((w) => findSheetIndex([sheet.name], w.sheet) === 0);
    const header = plan ? headerColumns(sheet) : null;
    if (!plan || !header) return sheet;
    const pokes = plan.pokes(header).filter((p) => p.row < sheet.values.length);
    for (const p of pokes) {
      placed.push({
        sheet: sheet.name,
        cell: a1(sheet.origin.row + p.row, sheet.origin.col + p.col),
        value: p.value,
        ...(p.formula ? { formula: p.formula } : {}),
      });
    }
    return poked(sheet, pokes);
  });
  // A sheet the template does not know, named with a payload and holding the others.
  if (findSheetIndex(names, HOSTILE_TEXT.sheetName) < 0) {
    const extra: SheetSnapshot = {
      name: HOSTILE_TEXT.sheetName,
      origin: { row: 0, col: 0 },
      values: [[HOSTILE_TEXT.imgAlert], [HOSTILE_TEXT.imgFlag], [HOSTILE_TEXT.javascriptUrl]],
      formulas: [[null], [null], [HOSTILE_TEXT.hyperlinkFormula]],
    };
    sheets.push(extra);
    placed.push(
      { sheet: extra.name, cell: "A1", value: HOSTILE_TEXT.imgAlert },
      { sheet: extra.name, cell: "A2", value: HOSTILE_TEXT.imgFlag },
      {
        sheet: extra.name,
        cell: "A3",
        value: HOSTILE_TEXT.javascriptUrl,
        formula: HOSTILE_TEXT.hyperlinkFormula,
      }
    );
  }
  return { snapshot: { source: HOSTILE_TEXT.source, sheets }, placed };
}
