/** `llr-workforce validate <files...> [--json] [--month M7]`: never writes anything. */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkFile, type CheckRequest, type FileCheck } from "./checkFile";
import type { CliIo } from "./io";
import { progressBar } from "./progress";
import { fileReport, humanFileReport, jsonOutput, summaryLine, unreadableLine } from "./report";
import { mapInProcess, mapOnWorkers } from "./workerPool";

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

export interface ValidateOptions {
  readonly json: boolean;
  readonly month?: number;
}

function workerScript(io: CliIo): string | null {
  if (io.workerScript !== undefined) return io.workerScript;
  const compiled = path.join(__dirname, "validateWorker.js");
  return existsSync(compiled) ? compiled : null;
}

async function checkAll(
  files: readonly string[],
  month: number | undefined,
  io: CliIo
): Promise<FileCheck[]> {
  const requests: CheckRequest[] = files.map((file) =>
    month === undefined ? { file } : { file, month }
  );
  const size = Math.max(1, Math.min(io.concurrency ?? os.availableParallelism(), files.length));
  const bar = progressBar(io, files.length, files.length === 1 ? "file" : "files");
  const onResult = (_: FileCheck, done: number) => bar.update(done);
  const script = files.length > 1 ? workerScript(io) : null;
  try {
    if (script !== null) {
      return await mapOnWorkers(requests, {
        script,
        size,
        onResult,
        onCrash: (request, error) => ({
          file: request.file,
          ok: false,
          reason: `the check stopped: ${error.message.split("\n")[0]}`,
        }),
      });
    }
    return await mapInProcess(requests, size, checkFile, onResult);
  } finally {
    bar.clear();
  }
}

export async function validateCommand(
  files: readonly string[],
  options: ValidateOptions,
  io: CliIo
): Promise<number> {
  const checks = await checkAll(files, options.month, io);
  const reports = checks.map(fileReport);
  for (const check of checks) if (!check.ok) io.stderr(unreadableLine(check.file, check.reason));
  if (options.json) {
    io.stdout(jsonOutput(reports));
  } else {
    for (const report of reports) io.stdout(humanFileReport(report));
    io.stdout(summaryLine(reports));
  }
  if (reports.some((r) => r.error !== undefined)) return EXIT_UNREADABLE;
  return reports.some((r) => !r.valid) ? EXIT_ERRORS : EXIT_OK;
}
