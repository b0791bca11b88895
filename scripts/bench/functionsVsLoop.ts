/**
 * Issue 6's custom-function budget: =LLR.VARIANCE over a 1,000,000-cell range should cost at
 * most twice a plain JavaScript loop that subtracts the same numbers into a new 2-D array.
 */
import "../../test/setup-globals"; // the CustomFunctions global Excel would provide
import { performance } from "perf_hooks";
import { bundleFunctions } from "./functionsBundle";
import { median, ms, printTable, ratio, type BudgetRow } from "./measure";

type Variance = (actual: any[][], plan: any[][], asPercent?: boolean) => any[][];

const SIDE = 1000;

/** Deterministic WTE-like figures (2 decimals), so every run subtracts the same numbers. */
function grid(seed: number): number[][] {
  let x = seed;
  return Array.from({ length: SIDE }, () =>
    Array.from({ length: SIDE }, () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return Math.round((x / 2147483648) * 500_000) / 100;
    })
  );
}

/** The peer: what a hand-written spill of actual - plan costs. */
function plainLoop(actual: number[][], plan: number[][]): number[][] {
  const out: number[][] = new Array(actual.length);
  for (let r = 0; r < actual.length; r++) {
    const a = actual[r];
    const p = plan[r];
    const line: number[] = new Array(a.length);
    for (let c = 0; c < a.length; c++) line[c] = a[c] - p[c];
    out[r] = line;
  }
  return out;
}

/** Runs a and b alternately, so a busy machine slows both alike; returns each one's samples. */
function interleaved(runs: number, a: () => unknown, b: () => unknown): [number[], number[]] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return [ta, tb];
}

export async function benchFunctionsVsLoop(dir: string): Promise<BudgetRow[]> {
  const { variance } = require(await bundleFunctions(dir)) as { variance: Variance };
  const actual = grid(7);
  const plan = grid(11);
  const expected = plainLoop(actual, plan);
  const got = variance(actual, plan);
  if (!got.every((row, r) => row.every((v, c) => v === expected[r][c])))
    throw new Error(
      "LLR.VARIANCE and the plain loop disagree: the bench would compare different work"
    );
  // Warm both so the figures are steady-state JIT, as in a workbook that recalculates.
  interleaved(
    3,
    () => plainLoop(actual, plan),
    () => variance(actual, plan)
  );
  const [loopRuns, fnRuns] = interleaved(
    9,
    () => plainLoop(actual, plan),
    () => variance(actual, plan)
  );
  const [, pctRuns] = interleaved(
    5,
    () => undefined,
    () => variance(actual, plan, true)
  );
  const loop = median(loopRuns);
  const fn = median(fnRuns);
  // Each run against the loop run just before it, so a busy machine slows both sides of a ratio alike.
  const slowdown = median(fnRuns.map((t, i) => t / loopRuns[i]));
  printTable(
    `Custom functions: LLR.VARIANCE over ${SIDE} x ${SIDE} = 1,000,000 cells (production webpack bundle, in Node)`,
    [
      ["plain JS loop, actual - plan (median of 9)", ms(loop)],
      ["LLR.VARIANCE(actual, plan) (median of 9)", ms(fn)],
      ["LLR.VARIANCE / loop (median of paired runs)", `${ratio(slowdown)}  (goal: at most 2x)`],
      ["LLR.VARIANCE(actual, plan, TRUE) (median of 5)", ms(median(pctRuns))],
    ]
  );
  return [
    {
      budget: "LLR.VARIANCE, 1M cells vs plain loop",
      goal: "<= 2x",
      measured: `${ratio(slowdown)} (${ms(fn)} vs ${ms(loop)})`,
      pass: slowdown <= 2,
    },
  ];
}
