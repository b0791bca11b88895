/** Small timing helpers for `npm run bench`: medians of repeated runs, printed, never asserted. */
import { performance } from "perf_hooks";

export interface Timing {
  readonly medianMs: number;
  readonly runs: readonly number[];
}

export async function time<T>(
  runs: number,
  work: () => T | Promise<T>
): Promise<Timing & { result: T }> {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await work();
    samples.push(performance.now() - t0);
  }
  return { medianMs: median(samples), runs: samples, result };
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
export const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

export function printTable(title: string, rows: readonly (readonly [string, string])[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

export const ratio = (v: number) => `${v.toFixed(2)}x`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** One line of the closing summary: a budget of issue 6, its goal and what this run measured. */
export interface BudgetRow {
  readonly budget: string;
  readonly goal: string;
  readonly measured: string;
  /** null when the figure could not be taken (a build or browser missing): neither pass nor miss. */
  readonly pass: boolean | null;
}

export function printSummary(rows: readonly BudgetRow[]): void {
  const verdict = (r: BudgetRow) => (r.pass === null ? "n/a" : r.pass ? "pass" : "MISS");
  const cols = [
    ["Budget", ...rows.map((r) => r.budget)],
    ["Goal", ...rows.map((r) => r.goal)],
    ["Measured", ...rows.map((r) => r.measured)],
    ["", ...rows.map(verdict)],
  ];
  const widths = cols.map((c) => Math.max(...c.map((s) => s.length)));
  const line = (i: number) =>
    cols
      .map((c, k) => c[i].padEnd(widths[k]))
      .join("  ")
      .trimEnd();
  console.log("\nSummary (issue 6 speed budgets)");
  console.log(`  ${line(0)}`);
  console.log(`  ${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (let i = 1; i <= rows.length; i++) console.log(`  ${line(i)}`);
}
