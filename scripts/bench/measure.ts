/** Small timing helpers for `npm run bench`: medians of repeated runs, printed, never asserted. */
import { performance } from "perf_hooks";

export interface Timing {
  readonly medianMs: number;
  readonly runs: readonly number[];
}

export async function time<T>(runs: number, work: () => T | Promise<T>): Promise<Timing & { result: T }> {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await work();
    samples.push(performance.now() - t0);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], runs: samples, result };
}

export const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
export const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

export function printTable(title: string, rows: readonly (readonly [string, string])[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}
