/** Runs the CLI in-process with captured output. */
import { run } from "../../src/cli/run";
import type { CliIo } from "../../src/cli/io";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stderrIsTTY: false,
    workerScript: null,
    ...io,
  });
  return { code, stdout, stderr };
}
