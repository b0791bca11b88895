/**
 * findingsPlan: the "LLR Coding Mismatches" sheet, owned by the add-in (marker "coding") like the
 * pack sheet, so a later run replaces it and never a sheet of the user's. The roll-up comes
 * first (the size of each problem in one line), then an Excel table of every finding with a
 * link to its first cell.
 */
import { a1, a1Range } from "../../workbook/a1";
import type {
  CellBlock,
  PlanCell,
  RangeFormat,
  SheetPlan,
  TablePlan,
  WritePlan,
} from "../../workbook/plan";
import { monthLabel } from "../validation/format";
import { FINDING_CODE_SPECS } from "./codes";
import { moneyText, wteText, type Finding } from "./finding";
import type { ReconcileResult } from "./reconcile";

export const FINDINGS_SHEET_NAME = "LLR Coding Mismatches";
export const FINDINGS_OWNER_MARKER = "coding";
export const FINDINGS_TABLE_NAME = "LLR_CodingFindings";
/** Findings listed at most (the roll-up still counts them all): an Excel table of more is slow to write over Office.js. */
export const DEFAULT_MAX_FINDING_ROWS = 10_000;

export const FINDINGS_COLUMNS = [
  { header: "Code", width: 27 },
  { header: "Severity", width: 9 },
  { header: "Organisation", width: 13 },
  { header: "Staff type", width: 11 },
  { header: "Month", width: 8 },
  { header: "From group", width: 31 },
  { header: "To group", width: 31 },
  { header: "WTE", width: 9 },
  { header: "Cost £000", width: 10 },
  { header: "Go to", width: 14 },
  { header: "Cells", width: 28 },
  { header: "Message", width: 90 },
  { header: "Suggestion", width: 70 },
] as const;

/** Roll-up columns sit under the findings columns of the same meaning, so one set of widths serves both. */
const ROLLUP_HEADERS = [
  "Code",
  "",
  "Organisation",
  "",
  "",
  "From group",
  "To group",
  "WTE",
  "Assignments",
  "",
  "",
  "Summary",
] as const;

export interface FindingsPlanOptions {
  readonly maxRows?: number;
}

/** =HYPERLINK("#'Staff'!D12","Staff!D12"): a link within the workbook, text escaped for a formula string. */
function link(ref: string): PlanCell {
  const inString = (s: string) => s.replace(/"/g, '""');
  return { formula: `=HYPERLINK("#${inString(ref)}","${inString(ref)}")`, value: ref };
}

function findingRow(f: Finding, fy: number | null): PlanCell[] {
  return [
    f.code,
    f.severity,
    f.organisation,
    f.staffType ?? "",
    f.month === null ? "" : monthLabel(f.month, fy),
    f.groups[0] ?? "",
    f.groups[1] ?? "",
    Math.round(f.wte * 100) / 100,
    f.cost === null ? null : Math.round(f.cost * 10) / 10,
    f.cells.length > 0 ? link(f.cells[0]) : "",
    f.cells.join(", "),
    f.message,
    f.suggestion,
  ];
}

function headline(result: ReconcileResult): string {
  const n = result.findings.length;
  const month =
    result.reportingMonth === null
      ? "no reporting month"
      : `reporting month ${monthLabel(result.reportingMonth, result.financialYear)}`;
  const source = result.source ? `${result.source}, ` : "";
  return n === 0
    ? `${source}${month}: no coding mismatches found.`
    : `${source}${month}: ${n} finding${n === 1 ? "" : "s"} (${result.summary.errors} error${result.summary.errors === 1 ? "" : "s"}, ${result.summary.warnings} warning${result.summary.warnings === 1 ? "" : "s"}).`;
}

function thresholdsText(result: ReconcileResult): string {
  const t = result.thresholds;
  return (
    `Thresholds: variances of at least ${wteText(t.materialWte)} and ${moneyText(t.materialThousands)} a month; ` +
    `pay per WTE more than ${Math.round(t.unitCostShift * 1000) / 10}% from plan. Change them on the Settings sheet ` +
    `(Coding material WTE, Coding material £000, Unit cost shift %).`
  );
}

export function findingsPlan(result: ReconcileResult, options?: FindingsPlanOptions): WritePlan {
  const maxRows = Math.max(1, options?.maxRows ?? DEFAULT_MAX_FINDING_ROWS);
  const blocks: CellBlock[] = [];
  const formats: RangeFormat[] = [];
  const tables: TablePlan[] = [];
  const width = FINDINGS_COLUMNS.length;

  blocks.push({
    at: "A1",
    rows: [["Staff-group coding mismatches"], [headline(result)], [thresholdsText(result)]],
  });
  formats.push(
    { range: "A1", bold: true, fontSize: 14 },
    { range: "A3", italic: true, fontColor: "#605E5C" }
  );
  let row = 3; // zero-based next free row
  if (result.notes.length > 0) {
    blocks.push({ at: a1(row, 0), rows: result.notes.map((n) => [`Note: ${n}`]) });
    formats.push({ range: a1Range(row, 0, row + result.notes.length - 1, 0), italic: true });
    row += result.notes.length;
  }

  row += 1;
  blocks.push({
    at: a1(row, 0),
    rows: [["Roll-up of staff-level findings (per organisation and pair of groups)"]],
  });
  formats.push({ range: a1(row, 0), bold: true, fontSize: 12 });
  row += 1;
  const rollupRows: PlanCell[][] = [[...ROLLUP_HEADERS]];
  for (const r of result.rollup) {
    rollupRows.push([
      r.code,
      "",
      r.organisation,
      "",
      "",
      r.groups[0] ?? "",
      r.groups[1] ?? "",
      r.wte,
      r.assignments,
      "",
      "",
      r.message,
    ]);
  }
  if (result.rollup.length === 0) rollupRows.push(["No staff-level mismatches."]);
  blocks.push({ at: a1(row, 0), rows: rollupRows });
  formats.push({
    range: a1Range(row, 0, row, ROLLUP_HEADERS.length - 1),
    bold: true,
    fill: "#DEECF9",
  });
  if (result.rollup.length > 0) {
    formats.push(
      { range: a1Range(row + 1, 7, row + result.rollup.length, 7), numberFormat: "#,##0.0" },
      { range: a1Range(row + 1, 8, row + result.rollup.length, 8), numberFormat: "#,##0" }
    );
  }
  row += rollupRows.length + 1;

  blocks.push({ at: a1(row, 0), rows: [["Findings"]] });
  formats.push({ range: a1(row, 0), bold: true, fontSize: 12 });
  row += 1;
  const listed = result.findings.slice(0, maxRows);
  if (listed.length === 0) {
    blocks.push({ at: a1(row, 0), rows: [["No coding mismatches were found."]] });
  } else {
    const headerRow = row;
    const rows: PlanCell[][] = [
      FINDINGS_COLUMNS.map((c) => c.header),
      ...listed.map((f) => findingRow(f, result.financialYear)),
    ];
    blocks.push({ at: a1(headerRow, 0), rows });
    const last = headerRow + listed.length;
    tables.push({
      name: FINDINGS_TABLE_NAME,
      range: a1Range(headerRow, 0, last, width - 1),
      style: "TableStyleMedium2",
    });
    formats.push(
      { range: a1Range(headerRow + 1, 7, last, 7), numberFormat: "#,##0.0" },
      { range: a1Range(headerRow + 1, 8, last, 8), numberFormat: "#,##0" }
    );
    const more = result.findings.length - listed.length;
    if (more > 0) {
      blocks.push({
        at: a1(last + 1, 0),
        rows: [
          [`... and ${more} more findings not listed here; the roll-up above counts them all.`],
        ],
      });
      formats.push({ range: a1(last + 1, 0), italic: true });
    }
  }

  // The legend: what each code means, beside nothing the user owns (the sheet is the add-in's).
  const legendCol = width + 1;
  const legend: PlanCell[][] = [["Code", "Severity", "Meaning"]];
  for (const spec of Object.values(FINDING_CODE_SPECS))
    legend.push([spec.code, spec.severity, spec.description]);
  blocks.push({ at: a1(0, legendCol), rows: legend });
  formats.push({ range: a1Range(0, legendCol, 0, legendCol + 2), bold: true, fill: "#DEECF9" });

  const sheet: SheetPlan = {
    name: FINDINGS_SHEET_NAME,
    ownerMarker: FINDINGS_OWNER_MARKER,
    blocks,
    formats,
    tables,
    columnWidths: [
      ...FINDINGS_COLUMNS.map((c, col) => ({ col, width: c.width })),
      { col: legendCol, width: 27 },
      { col: legendCol + 1, width: 9 },
      { col: legendCol + 2, width: 90 },
    ],
    activate: true,
  };
  return { sheets: [sheet] };
}
