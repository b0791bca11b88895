/**
 * `npm run bench`: prints the speed figures the README's Performance section quotes, one module
 * per budget of issue 6, then a summary, and writes them to out/bench.json. One run on this
 * machine; ratios where a peer exists. Nothing here is asserted: the tests check behaviour.
 */
import { mkdirSync, writeFileSync } from "fs";
import { cpus, totalmem } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { benchTaskpaneLoad } from "./taskpaneLoad";
import { benchFunctionsVsLoop } from "./functionsVsLoop";
import { benchExcelSyncs } from "./excelSyncs";
import { benchCliBatch } from "./cliBatch";
import { benchValidationVsRead } from "./validationVsRead";
import { printSummary, type BudgetRow } from "./measure";

const ROOT = join(__dirname, "..", "..");

function machine(): { node: string; cpu: string; cores: number; memoryGiB: number } {
  return {
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

async function main(): Promise<void> {
  const dir = join(ROOT, "node_modules", ".cache", "llr-bench");
  const m = machine();
  const started = performance.now();
  console.log(`LLR Workforce bench: node ${m.node}, ${m.cores} x ${m.cpu}, ${m.memoryGiB} GiB`);
  const rows: BudgetRow[] = [];
  // Each budget on its own, so one that cannot run (no chromium, a build broken mid-edit) does not hide the others.
  const budgets: [string, () => Promise<BudgetRow[]>][] = [
    ["task pane", () => benchTaskpaneLoad(dir)],
    ["custom functions", () => benchFunctionsVsLoop(dir)],
    ["Excel adapter", () => benchExcelSyncs()],
    ["CLI batch", () => benchCliBatch(dir)],
    ["100,000-row Staff sheet", () => benchValidationVsRead(dir)],
  ];
  for (const [name, bench] of budgets) {
    try {
      rows.push(...(await bench()));
    } catch (e) {
      console.log(`\n${name}: the bench failed: ${e instanceof Error ? e.message : String(e)}`);
      rows.push({ budget: name, goal: "", measured: "bench failed", pass: null });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  printSummary(rows);
  console.log(
    `\n(${seconds.toFixed(0)} s; figures vary with what else the machine runs: compare ratios, not milliseconds)`
  );
  mkdirSync(join(ROOT, "out"), { recursive: true });
  writeFileSync(
    join(ROOT, "out", "bench.json"),
    `${JSON.stringify({ date: new Date().toISOString(), machine: m, seconds: Math.round(seconds), budgets: rows }, null, 2)}\n`
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
