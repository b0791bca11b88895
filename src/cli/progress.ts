/** A one-line progress bar on stderr, drawn only on a terminal so pipes and logs stay clean. */
import type { CliIo } from "./io";

export interface ProgressBar {
  update(done: number): void;
  clear(): void;
}

const NO_BAR: ProgressBar = { update: () => undefined, clear: () => undefined };

export function progressBar(io: CliIo, total: number, noun: string): ProgressBar {
  if (!io.stderrIsTTY) return NO_BAR;
  const width = Math.max(10, Math.min(30, (io.stderrColumns ?? 80) - 30));
  const draw = (done: number) => {
    const filled = Math.round((done / total) * width);
    io.stderr(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${noun}`);
  };
  draw(0);
  return {
    update: draw,
    clear: () => io.stderr("\r\x1b[K"),
  };
}
