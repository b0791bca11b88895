/** Where the CLI writes, injectable so run() is testable without a terminal. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress bars are drawn only on a terminal. */
  readonly stderrIsTTY: boolean;
  readonly stderrColumns?: number;
  /** Worker threads for many files; defaults to the number of cores. */
  readonly concurrency?: number;
  /**
   * The compiled worker script; undefined = next to this module when it exists (lib/cli), null =
   * check files in this thread (tests run the TypeScript sources, which a worker cannot load).
   */
  readonly workerScript?: string | null;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.columns,
  };
}
