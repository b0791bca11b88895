/**
 * `llr-workforce fill <in.xlsx> -o <out.xlsx> [--month M7] [--json] [--html <report.html>]`:
 * writes a copy of the workbook with the Month-N pack sheet (live formulas stored with their
 * values, Excel tables, native charts) and optionally the pack as a self-contained HTML page.
 * The input is never written to. Exit codes as for validate: 0 written, 1 the pack could not be
 * built from the data, 2 a file that cannot be read or written, or wrong usage.
 */
import path from "node:path";
import { buildPack, packPlan, packToJson, type Pack } from "../domain/pack";
import { validate } from "../domain/validation";
import { renderPackReport } from "../report";
import { writeNativeCharts } from "../xlsx/charts";
import { cleanMessage, readSnapshotFromFile } from "../xlsx/readSnapshot";
import { writePlanToFile } from "../xlsx/writePlan";
import type { CliIo } from "./io";
import { EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE } from "./validateCommand";
import { writeFileAtomic } from "./writeFileAtomic";

export interface FillOptions {
  readonly output: string;
  readonly month?: number;
  readonly json: boolean;
  readonly html?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Paths the user gave that point at the same file (after resolving; links are checked by the writer). */
function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

function usage(io: CliIo, message: string): number {
  io.stderr(`llr-workforce: ${message}\n`);
  return EXIT_UNREADABLE;
}

/** Paths are checked before anything is read, so a typo costs nothing. */
function checkPaths(input: string, options: FillOptions, io: CliIo): number | null {
  if (!/\.xlsx$/i.test(options.output))
    return usage(io, `the output file must end in .xlsx: ${options.output}`);
  if (samePath(input, options.output)) {
    return usage(
      io,
      `the output ${options.output} is the input workbook; the input is never overwritten, so choose another output file`
    );
  }
  if (options.html !== undefined) {
    if (samePath(options.html, input) || samePath(options.html, options.output)) {
      return usage(
        io,
        `the HTML report ${options.html} would overwrite a workbook; choose another file name`
      );
    }
    if (/\.xlsx$/i.test(options.html))
      return usage(io, `the HTML report should not end in .xlsx: ${options.html}`);
  }
  return null;
}

function summary(pack: Pack, out: string, sheet: string, html: string | undefined): string {
  const charts = pack.charts.filter((c) => pack.tables.some((t) => t.name === c.table)).length;
  const lines = [
    `Wrote the ${pack.label} pack to ${out}: sheet "${sheet}" with ${plural(pack.tables.length, "table")} ` +
      `(${pack.tables.map((t) => t.name).join(", ")}) and ${plural(charts, "chart")}.`,
  ];
  if (html !== undefined) lines.push(`Wrote the HTML report to ${html}.`);
  return lines.join("\n") + "\n";
}

export async function fillCommand(input: string, options: FillOptions, io: CliIo): Promise<number> {
  const bad = checkPaths(input, options, io);
  if (bad !== null) return bad;

  const read = await readSnapshotFromFile(input);
  if (!read.ok) return usage(io, `cannot read ${read.error.file}: ${read.error.reason}`);
  const monthOption = options.month === undefined ? {} : { month: options.month };

  const built = buildPack(read.value, monthOption);
  if (!built.ok) {
    io.stderr(`llr-workforce: cannot build the pack from ${input}: ${built.error.message}\n`);
    return EXIT_ERRORS;
  }
  const pack = built.value;

  // The pack's formulas stay live, so a workbook with errors still gets its pack; the user is told.
  const errors = validate(read.value, monthOption).filter((i) => i.severity === "error").length;
  const notes: string[] = [];
  if (errors > 0) {
    notes.push(
      `${input} has ${plural(errors, "validation error")}: the pack is written, but its figures may be wrong until they are fixed (run llr-workforce validate ${input}).`
    );
  }

  const written = await writePlanToFile(packPlan(pack), options.output, {
    base: input,
    chartWriter: writeNativeCharts,
  });
  if (!written.ok) return usage(io, `cannot write ${written.error.file}: ${written.error.reason}`);
  const sheet = written.value.sheets[0] ?? pack.sheetName;
  notes.push(...written.value.messages, ...pack.messages);

  if (options.html !== undefined) {
    const page = renderPackReport({ ...pack, sheetName: sheet }, { source: path.basename(input) });
    try {
      await writeFileAtomic(options.html, page);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException | null)?.code;
      const reason =
        code === "ENOENT"
          ? "the folder does not exist"
          : code === "EISDIR"
            ? "this is a directory"
            : cleanMessage(e);
      return usage(
        io,
        `cannot write ${options.html}: ${reason} (the workbook ${options.output} was written)`
      );
    }
  }

  // With --json, stdout holds the JSON alone; notes go to stderr.
  const noteText = notes.map((n) => `${n}\n`).join("");
  if (options.json) {
    io.stdout(JSON.stringify(packToJson(pack), null, 2) + "\n");
    io.stderr(noteText);
  } else {
    io.stdout(noteText + summary(pack, options.output, sheet, options.html));
  }
  return EXIT_OK;
}
