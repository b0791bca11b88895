/**
 * `llr-workforce mismatches <files...> [--json] [--month M7]`: staff-group coding mismatches
 * between the PWR and the PFR and against occupation codes. Never writes anything.
 * Exit codes: 0 nothing found, 1 findings, 2 a file that cannot be read.
 */
import { Option, type Command } from "commander";
import {
  reconcile,
  type Finding,
  type ReconcileResult,
  type RollupLine,
} from "../domain/reconcile";
import { monthLabel } from "../domain/validation/format";
import { cleanMessage, readSnapshotFromFile } from "../xlsx/readSnapshot";
import type { CliIo } from "./io";
import { progressBar } from "./progress";
import { unreadableLine } from "./report";

export const MISMATCH_EXIT_NONE = 0;
export const MISMATCH_EXIT_FOUND = 1;
export const MISMATCH_EXIT_UNREADABLE = 2;

/** Staff-level findings listed per code in the human output; --json has them all. */
export const HUMAN_STAFF_FINDINGS_PER_CODE = 20;

export interface MismatchesOptions {
  readonly json: boolean;
  readonly month?: number;
  /** Human output: the roll-up and the aggregate findings only, not each assignment. */
  readonly summary?: boolean;
}

/** The --json shape of one file. `error` only when the file could not be read. */
export interface MismatchReport {
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly rollup: readonly RollupLine[];
  readonly error?: string;
}

type FileResult =
  | { readonly file: string; readonly ok: true; readonly result: ReconcileResult }
  | { readonly file: string; readonly ok: false; readonly reason: string };

async function reconcileFile(file: string, month: number | undefined): Promise<FileResult> {
  const read = await readSnapshotFromFile(file);
  if (!read.ok) return { file, ok: false, reason: read.error.reason };
  try {
    return { file, ok: true, result: reconcile(read.value, month === undefined ? {} : { month }) };
  } catch (e) {
    return {
      file,
      ok: false,
      reason: `internal error while reconciling (please report it): ${cleanMessage(e)}`,
    };
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function humanReport(file: string, r: ReconcileResult, summary: boolean): string {
  const month =
    r.reportingMonth === null
      ? ""
      : `, reporting month ${monthLabel(r.reportingMonth, r.financialYear)}`;
  const lines = [
    r.findings.length === 0
      ? `${file}: no coding mismatches${month}`
      : `${file}: ${plural(r.findings.length, "coding finding")} (${plural(r.summary.errors, "error")}, ${plural(r.summary.warnings, "warning")})${month}`,
  ];
  for (const note of r.notes) lines.push(`  Note: ${note}`);
  if (r.rollup.length > 0) {
    lines.push("  Roll-up");
    for (const line of r.rollup) lines.push(`    ${line.code.padEnd(26)}  ${line.message}`);
  }
  if (r.findings.length > 0) {
    lines.push("  Findings");
    const cellWidth = Math.min(24, Math.max(...r.findings.map((f) => (f.cells[0] ?? "-").length)));
    const shown = new Map<string, number>();
    const hidden = new Map<string, number>();
    for (const f of r.findings) {
      const n = shown.get(f.code) ?? 0;
      if (f.row !== undefined && n >= (summary ? 0 : HUMAN_STAFF_FINDINGS_PER_CODE)) {
        hidden.set(f.code, (hidden.get(f.code) ?? 0) + 1);
        continue;
      }
      shown.set(f.code, n + 1);
      lines.push(
        `    ${f.severity.padEnd(7)}  ${(f.cells[0] ?? "-").padEnd(cellWidth)}  ${f.code.padEnd(26)}  ${f.message}`
      );
    }
    for (const [code, n] of hidden)
      lines.push(`    ... and ${n} more ${code} (see the roll-up; --json lists every finding)`);
  }
  return lines.join("\n") + "\n";
}

export async function mismatchesCommand(
  files: readonly string[],
  options: MismatchesOptions,
  io: CliIo
): Promise<number> {
  const bar = progressBar(io, files.length, files.length === 1 ? "file" : "files");
  const results: FileResult[] = [];
  try {
    for (const file of files) {
      results.push(await reconcileFile(file, options.month));
      bar.update(results.length);
    }
  } finally {
    bar.clear();
  }
  for (const r of results) if (!r.ok) io.stderr(unreadableLine(r.file, r.reason));

  if (options.json) {
    const reports: MismatchReport[] = results.map((r) =>
      r.ok
        ? { file: r.file, findings: r.result.findings, rollup: r.result.rollup }
        : { file: r.file, findings: [], rollup: [], error: r.reason }
    );
    io.stdout(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + "\n");
  } else {
    let findings = 0;
    let errors = 0;
    for (const r of results) {
      if (!r.ok) continue;
      io.stdout(humanReport(r.file, r.result, options.summary === true));
      findings += r.result.findings.length;
      errors += r.result.summary.errors;
    }
    const unreadable = results.filter((r) => !r.ok).length;
    io.stdout(
      `Summary: ${plural(results.length, "file")} checked${unreadable > 0 ? `, ${unreadable} unreadable` : ""}; ` +
        `${plural(findings, "coding finding")} (${plural(errors, "error")}, ${plural(findings - errors, "warning")}).\n`
    );
  }
  if (results.some((r) => !r.ok)) return MISMATCH_EXIT_UNREADABLE;
  return results.some((r) => r.ok && r.result.findings.length > 0)
    ? MISMATCH_EXIT_FOUND
    : MISMATCH_EXIT_NONE;
}

/** Registers the command on the CLI program; `month` turns --month text into a month (or throws a usage error). */
export function addMismatchesCommand(
  program: Command,
  io: CliIo,
  month: (text: string) => number,
  done: (exitCode: number) => void
): void {
  program
    .command("mismatches")
    .description(
      "find staff-group coding mismatches between the PWR and the PFR and against occupation codes; never changes the files"
    )
    .argument("<files...>", ".xlsx workbooks to check")
    .option("--json", 'print { "file", "findings", "rollup" } as JSON (an array for several files)')
    .option("--summary", "list the roll-up and the month-level findings, not each assignment")
    .addOption(
      new Option(
        "--month <month>",
        "reporting month (M7, 7, Oct 23); default: Settings, else the last month with actuals"
      )
    )
    .action(
      async (files: string[], opts: { json?: boolean; month?: string; summary?: boolean }) => {
        const m = opts.month === undefined ? undefined : month(opts.month);
        done(
          await mismatchesCommand(
            files,
            {
              json: Boolean(opts.json),
              summary: Boolean(opts.summary),
              ...(m === undefined ? {} : { month: m }),
            },
            io
          )
        );
      }
    );
}
