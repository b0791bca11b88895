/**
 * What every validation issue and reconciliation finding must be, whatever the workbook: a known
 * code with its own severity, and a real cell. "A real cell", precisely:
 * - the sheet is one of the snapshot's sheets (by exact name), except MISSING_SHEET, whose sheet is
 *   the template's name for the missing sheet and whose cell is "";
 * - the cell is a canonical A1 address (parseA1 reads it and a1 writes it back the same) inside
 *   Excel's grid;
 * - it lies in the sheet's used range: rows origin.row .. origin.row + rows - 1 and columns
 *   origin.col .. origin.col + widest row - 1 (an empty sheet's only cell is its origin);
 * - the message names the same cell ("PWR!H14: ..." for issues), is one line (cell text typed
 *   with Alt+Enter shows its breaks as "↵") and reads as words: no "undefined", "NaN" or
 *   "[object Object]" leaking from a template string.
 * Returns the problems found, so a property can report all of them.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { a1, parseA1, quoteSheet } from "../../src/workbook/a1";
import { ISSUE_CODE_SPECS, type ValidationIssue } from "../../src/domain/validation";
import { FINDING_CODE_SPECS, parseCellRef, type ReconcileResult } from "../../src/domain/reconcile";
import { MAX_COLS, MAX_ROWS } from "./snapshotArbitraries";

const LEAKS = /\bundefined\b|\bNaN\b|\[object Object\]/;
/** Line breaks a message must not carry: the CLI prints one per line. */
export const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;

/** True when the snapshot holds a non-finite number, which a message may then quote. */
export function holdsNonFinite(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.some((s) => s.values.some((r) => r.some((v) => typeof v === "number" && !Number.isFinite(v))));
}

function cellProblem(sheet: SheetSnapshot, cell: string): string | null {
  const p = parseA1(cell);
  if (!p) return `"${cell}" is not an A1 address`;
  if (a1(p.row, p.col) !== cell) return `"${cell}" is not canonical A1`;
  if (p.row >= MAX_ROWS || p.col >= MAX_COLS) return `${cell} is outside Excel's grid`;
  const rows = Math.max(1, sheet.values.length);
  const cols = Math.max(1, ...sheet.values.map((r) => r.length));
  const { row, col } = sheet.origin;
  if (p.row < row || p.row >= row + rows || p.col < col || p.col >= col + cols) {
    return `${cell} is outside ${quoteSheet(sheet.name)}'s used range ${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
  }
  return null;
}

export function issueProblems(snapshot: WorkbookSnapshot, issues: readonly ValidationIssue[]): string[] {
  const problems: string[] = [];
  const checkLeaks = !holdsNonFinite(snapshot);
  for (const issue of issues) {
    const where = `${issue.code} ${issue.sheet}!${issue.cell}`;
    const spec = ISSUE_CODE_SPECS[issue.code];
    if (!spec) problems.push(`${where}: unknown code`);
    else if (spec.severity !== issue.severity) problems.push(`${where}: severity ${issue.severity}, not ${spec.severity}`);
    if (typeof issue.message !== "string" || issue.message.trim() === "") problems.push(`${where}: no message`);
    else if (LINE_BREAK.test(issue.message)) problems.push(`${where}: message spans lines: ${JSON.stringify(issue.message)}`);
    else if (checkLeaks && LEAKS.test(issue.message)) problems.push(`${where}: message leaks "${LEAKS.exec(issue.message)?.[0]}": ${issue.message}`);
    if (issue.code === "MISSING_SHEET") {
      if (issue.cell !== "") problems.push(`${where}: a missing sheet has no cell`);
      continue;
    }
    const sheet = snapshot.sheets.find((s) => s.name === issue.sheet);
    if (!sheet) {
      problems.push(`${where}: no sheet "${issue.sheet}" in the workbook`);
      continue;
    }
    const bad = cellProblem(sheet, issue.cell);
    if (bad) problems.push(`${where}: ${bad}`);
    if (!issue.message.startsWith(`${quoteSheet(issue.sheet)}!${issue.cell}: `)) {
      problems.push(`${where}: message does not start with its cell: ${issue.message.slice(0, 80)}`);
    }
  }
  return problems;
}

export function findingProblems(snapshot: WorkbookSnapshot, result: ReconcileResult): string[] {
  const problems: string[] = [];
  const checkLeaks = !holdsNonFinite(snapshot);
  let errors = 0;
  for (const f of result.findings) {
    const spec = FINDING_CODE_SPECS[f.code];
    // A recoding the PFR followed is a warning; everything else has its code's severity.
    const severity = f.code === "RECODING_SHIFT" && f.pfrFollows === true ? "warning" : spec?.severity;
    if (!spec) problems.push(`${f.code}: unknown code`);
    else if (severity !== f.severity) problems.push(`${f.code}: severity ${f.severity}, not ${severity}`);
    if (f.severity === "error") errors++;
    if (f.cells.length === 0) problems.push(`${f.code}: names no cell`);
    for (const ref of f.cells) {
      const parsed = parseCellRef(ref);
      const sheet = parsed && snapshot.sheets.find((s) => s.name === parsed.sheet);
      if (!parsed || !sheet) {
        problems.push(`${f.code} ${ref}: not a cell of a sheet in the workbook`);
        continue;
      }
      const bad = cellProblem(sheet, parsed.address);
      if (bad) problems.push(`${f.code} ${ref}: ${bad}`);
    }
    for (const text of [f.message, f.suggestion]) {
      if (typeof text !== "string" || text.trim() === "") problems.push(`${f.code}: empty message or suggestion`);
      else if (checkLeaks && LEAKS.test(text)) problems.push(`${f.code}: text leaks "${LEAKS.exec(text)?.[0]}": ${text}`);
    }
    if (!Number.isFinite(f.wte) || (f.cost !== null && !Number.isFinite(f.cost))) problems.push(`${f.code}: wte or cost not finite`);
  }
  if (result.summary.errors !== errors || result.summary.warnings !== result.findings.length - errors) {
    problems.push(`summary ${JSON.stringify(result.summary)} does not count the findings`);
  }
  if (result.reportingMonth !== null && !(Number.isInteger(result.reportingMonth) && result.reportingMonth >= 1 && result.reportingMonth <= 12)) {
    problems.push(`reporting month ${result.reportingMonth}`);
  }
  if (result.staffSheet !== null) {
    const s = result.staffSheet;
    if (!snapshot.sheets.some((x) => x.name === s.name)) problems.push(`staff sheet "${s.name}" is not in the workbook`);
    if (!(Number.isInteger(s.firstCol) && Number.isInteger(s.lastCol) && s.firstCol <= s.lastCol)) {
      problems.push(`staff sheet columns ${s.firstCol}..${s.lastCol}`);
    }
  }
  for (const line of result.rollup) {
    if (checkLeaks && LEAKS.test(line.message)) problems.push(`rollup leaks: ${line.message}`);
  }
  for (const note of result.notes) if (checkLeaks && LEAKS.test(note)) problems.push(`note leaks: ${note}`);
  return problems;
}
