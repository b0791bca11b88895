/**
 * Writes a WritePlan to a new .xlsx file, optionally on top of a copy of an input workbook.
 *
 * The input is never modified: an output path that resolves to the input file is refused, and
 * the output is written to a temporary file in the same folder and then renamed, so a failure
 * half-way never leaves a half-written workbook under the user's name.
 *
 * Known limits of ExcelJS as the file engine, which matter when a base workbook is copied:
 * it drops charts, pivot tables, slicers and sheet-scoped defined names of the input, and it
 * cannot write native charts (see ChartWriter).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { err, ok, type Result } from "../domain/result";
import type { ApplyResult } from "../workbook/host";
import type { WritePlan } from "../workbook/plan";
import { applyPlanToWorkbook, PlanError, type PlacedChart } from "./applyPlan";
import { cleanMessage, loadWorkbook, readFileBytes } from "./readSnapshot";

export interface WriteFailure {
  readonly file: string;
  /** One line, fit to follow "cannot write <file>: ". */
  readonly reason: string;
}

/**
 * The seam for native charts: called with the finished temporary file before it is renamed into
 * place. It may rewrite the file (issue 4 adds DrawingML chart parts there) and returns messages.
 */
export type ChartWriter = (
  file: string,
  charts: readonly PlacedChart[]
) => Promise<readonly string[]>;

export interface WritePlanOptions {
  /** An input workbook to copy; the plan's sheets are added to (or replace the add-in's own sheets in) the copy. */
  readonly base?: string;
  /** Refuse to replace an existing output file (default: replace it). */
  readonly noOverwrite?: boolean;
  readonly chartWriter?: ChartWriter;
}

/** Charts are written as data only until a ChartWriter is given. */
export const recordChartsAsData: ChartWriter = async (_file, charts) =>
  charts.map(
    ({ sheet, chart }) =>
      `Chart "${chart.title}" is not drawn in the file (the file writer cannot create native Excel charts yet); its data is in ${chart.dataRange} on "${sheet}".`
  );

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino; // symlinks and hard links to the input
  } catch {
    return false;
  }
}

function writeReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "the folder does not exist";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "this is a directory";
  if (code === "EBUSY") return "the file is locked by another program (is it open in Excel?)";
  return cleanMessage(e);
}

export async function writePlanToFile(
  plan: WritePlan,
  outPath: string,
  options: WritePlanOptions = {}
): Promise<Result<ApplyResult, WriteFailure>> {
  const out = path.resolve(outPath);
  if (options.base !== undefined && (await sameFile(options.base, out))) {
    return err({
      file: outPath,
      reason: `this is the input workbook; the input is never overwritten, so choose another output file`,
    });
  }
  try {
    const stat = await fs.stat(out);
    if (stat.isDirectory())
      return err({
        file: outPath,
        reason: "this is a directory; give a file name ending in .xlsx",
      });
    if (options.noOverwrite)
      return err({ file: outPath, reason: "the file already exists (use --force to replace it)" });
  } catch {
    // no such file yet: the normal case
  }

  let wb: ExcelJS.Workbook;
  if (options.base !== undefined) {
    const bytes = await readFileBytes(options.base);
    if (!bytes.ok) return bytes;
    const loaded = await loadWorkbook(bytes.value, options.base, { forSnapshot: false });
    if (!loaded.ok) return loaded;
    wb = loaded.value;
  } else {
    wb = new ExcelJS.Workbook();
    wb.creator = "LLR Workforce";
  }

  let outcome;
  try {
    outcome = applyPlanToWorkbook(wb, plan);
  } catch (e) {
    return err({
      file: outPath,
      reason:
        e instanceof PlanError ? e.message : `the plan could not be applied: ${cleanMessage(e)}`,
    });
  }

  const temp = path.join(
    path.dirname(out),
    `.${path.basename(out)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    await wb.xlsx.writeFile(temp);
    const chartMessages =
      outcome.charts.length > 0
        ? await (options.chartWriter ?? recordChartsAsData)(temp, outcome.charts)
        : [];
    await fs.rename(temp, out);
    return ok({ sheets: outcome.sheets, messages: [...outcome.messages, ...chartMessages] });
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return err({ file: outPath, reason: writeReason(e) });
  }
}
