/** How `validate` results are shown: grouped by sheet for people, one JSON shape for programs. */
import type { ValidationIssue } from "../domain/validation";
import type { FileCheck } from "./checkFile";

export interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly summary: { readonly errors: number; readonly warnings: number };
  readonly issues: readonly ValidationIssue[];
  /** Present only when the file could not be read. */
  readonly error?: string;
}

export function fileReport(check: FileCheck): FileReport {
  if (!check.ok)
    return {
      file: check.file,
      valid: false,
      summary: { errors: 0, warnings: 0 },
      issues: [],
      error: check.reason,
    };
  const errors = check.issues.filter((i) => i.severity === "error").length;
  return {
    file: check.file,
    valid: errors === 0,
    summary: { errors, warnings: check.issues.length - errors },
    issues: check.issues,
  };
}

/** One file's report for --json, an array for several. */
export function jsonOutput(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + "\n";
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function counts(summary: FileReport["summary"]): string {
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
}

/** The human report of one readable file: a heading, then its issues under each sheet. */
export function humanFileReport(report: FileReport): string {
  if (report.error !== undefined) return "";
  const lines = [
    `${report.file}: ${report.valid ? "valid" : "not valid"} (${counts(report.summary)})`,
  ];
  const bySheet = new Map<string, ValidationIssue[]>();
  for (const issue of report.issues) {
    const list = bySheet.get(issue.sheet) ?? [];
    list.push(issue);
    bySheet.set(issue.sheet, list);
  }
  for (const [sheet, issues] of bySheet) {
    lines.push(`  ${sheet || "(workbook)"}`);
    const cellWidth = Math.max(4, ...issues.map((i) => (i.cell || "-").length));
    const codeWidth = Math.max(...issues.map((i) => i.code.length));
    for (const i of issues) {
      lines.push(
        `    ${i.severity.padEnd(7)}  ${(i.cell || "-").padEnd(cellWidth)}  ${i.code.padEnd(codeWidth)}  ${i.message}`
      );
    }
  }
  return lines.join("\n") + "\n";
}

/** The closing line: how many files, how they fared, and the totals. */
export function summaryLine(reports: readonly FileReport[]): string {
  const unreadable = reports.filter((r) => r.error !== undefined).length;
  const readable = reports.filter((r) => r.error === undefined);
  const valid = readable.filter((r) => r.valid).length;
  const errors = readable.reduce((n, r) => n + r.summary.errors, 0);
  const warnings = readable.reduce((n, r) => n + r.summary.warnings, 0);
  const parts = [
    `${plural(reports.length, "file")} checked`,
    `${valid} valid`,
    `${readable.length - valid} with errors`,
  ];
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  return `Summary: ${parts.join(", ")}; ${plural(errors, "error")}, ${plural(warnings, "warning")}.\n`;
}

export function unreadableLine(file: string, reason: string): string {
  return `llr-workforce: cannot read ${file}: ${reason}\n`;
}
