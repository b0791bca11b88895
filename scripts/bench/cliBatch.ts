/**
 * Issue 6's CLI batch budget: `llr-workforce validate` on 40 generated provider returns, once on
 * one thread and once with the worker pool (one worker per core), each in its own Node process
 * running the compiled CLI (lib/). Prints the speed-up (goal: at least 1.7x on 2 cores) and each
 * process's peak memory (workers are threads, so the pool's memory is in the same figure).
 */
import { execFileSync, spawn } from "child_process";
import { existsSync, readdirSync, rmSync, statSync } from "fs";
import { availableParallelism } from "os";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { providerReturnFile } from "./largeWorkbookFile";
import { mb, ms, printTable, ratio, type BudgetRow } from "./measure";

const ROOT = resolve(__dirname, "..", "..");
const LIB_RUN = join(ROOT, "lib", "cli", "run.js");
const FILES = 40;
const GOAL_SPEEDUP = 1.7;

/** 2 to 10 organisations and 2,000 to 20,000 Staff rows: about 100 KB to 800 KB each. */
const returnShape = (i: number) => ({
  organisations: 2 + (i % 9),
  staffRows: 2000 + ((i * 7919) % 18_000),
});

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce(
    (m, e) => Math.max(m, newestMtime(join(target, e))),
    stat.mtimeMs
  );
}

/** Compiles the CLI into lib/ (npm run build:cli) unless lib/ is newer than everything it is built from. */
function ensureCompiledCli(): string {
  const built = existsSync(LIB_RUN) ? statSync(LIB_RUN).mtimeMs : 0;
  if (
    built > 0 &&
    newestMtime(join(ROOT, "src")) <= built &&
    newestMtime(join(ROOT, "tsconfig.cli.json")) <= built
  )
    return "lib/ (current)";
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    { cwd: ROOT, stdio: "pipe" }
  );
  return "lib/ (compiled now)";
}

interface ChildRun {
  readonly wallMs: number;
  readonly exitCode: number;
  readonly maxRssBytes: number;
  /** User + system CPU time of the process, all threads: what the work cost, whatever else the machine ran. */
  readonly cpuMs: number;
  /** The CLI's --json output, to check both runs found the same. */
  readonly output: string;
}

/** One `validate --json` over the files in a fresh Node process; threads = 1 checks in the main thread. */
function runCli(files: readonly string[], threads: number): Promise<ChildRun> {
  const child = `
    const { run } = require(${JSON.stringify(LIB_RUN)});
    let output = "";
    const io = {
      stdout: (s) => { output += s; },
      stderr: (s) => process.stderr.write(s),
      stderrIsTTY: false,
      concurrency: ${threads},
      ${threads === 1 ? "workerScript: null," : ""}
    };
    run(["validate", "--json", ...process.argv.slice(1)], io).then((exitCode) => {
      const u = process.resourceUsage();
      const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
      process.stdout.write(JSON.stringify({ exitCode, maxRssBytes: u.maxRSS * 1024, cpuMs, output }));
    });`;
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, ["-e", child, ...files], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("error", fail);
    p.on("close", (code) => {
      const wallMs = performance.now() - t0;
      if (code !== 0 || !out)
        return fail(new Error(`the CLI process failed (exit ${code}): ${err.slice(-2000)}`));
      const r = JSON.parse(out) as Omit<ChildRun, "wallMs">;
      done({ ...r, wallMs });
    });
  });
}

export async function benchCliBatch(dir: string): Promise<BudgetRow[]> {
  const cores = availableParallelism();
  const t0 = performance.now();
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const { organisations, staffRows } = returnShape(i);
    files.push(await providerReturnFile(join(dir, "returns"), organisations, staffRows, 1000 + i));
  }
  const prepared = performance.now() - t0;
  // Returns of an earlier shape or generation are not used any more.
  for (const f of readdirSync(join(dir, "returns")))
    if (!files.includes(join(dir, "returns", f))) rmSync(join(dir, "returns", f), { force: true });
  const sizes = files.map((f) => statSync(f).size);
  let cli: string;
  try {
    cli = ensureCompiledCli();
  } catch (e) {
    const o = e as { stdout?: Buffer };
    console.log(
      `\nCLI batch: not measured: the CLI does not compile (npm run build:cli):\n${String(o.stdout ?? e).slice(0, 2000)}`
    );
    return [
      {
        budget: "CLI batch: 40 returns, pool vs serial",
        goal: ">= 1.7x",
        measured: "n/a",
        pass: null,
      },
    ];
  }

  const serial = await runCli(files, 1);
  const pooled = await runCli(files, cores);
  if (serial.output !== pooled.output)
    throw new Error(
      "the worker pool and the serial run reported different results: the timing would compare different work"
    );
  const speedup = serial.wallMs / pooled.wallMs;
  const total = sizes.reduce((n, s) => n + s, 0);
  printTable(`CLI batch: llr-workforce validate --json on ${FILES} provider returns (${cli})`, [
    [
      "returns",
      `${FILES} files, ${mb(total)} in all, ${(Math.min(...sizes) / 1024).toFixed(0)} KB to ${(Math.max(...sizes) / 1024).toFixed(0)} KB${prepared > 1000 ? ` (written in ${ms(prepared)})` : ""}`,
    ],
    [
      "serial, one thread (whole process)",
      `${ms(serial.wallMs)}, CPU ${ms(serial.cpuMs)}, peak memory ${mb(serial.maxRssBytes)}`,
    ],
    [
      `worker pool, ${cores} threads (whole process)`,
      `${ms(pooled.wallMs)}, CPU ${ms(pooled.cpuMs)}, peak memory ${mb(pooled.maxRssBytes)}`,
    ],
    [
      "pool's CPU time against serial",
      `${ratio(pooled.cpuMs / serial.cpuMs)} (a worker starts and loads ExcelJS in about 0.5 s; results are small)`,
    ],
    [
      "cores busy on average (CPU / wall)",
      `serial ${(serial.cpuMs / serial.wallMs).toFixed(2)}, pool ${(pooled.cpuMs / pooled.wallMs).toFixed(2)} of ${cores}: well under ${cores} means the machine was busy`,
    ],
    [
      "speed-up",
      `${ratio(speedup)}  (goal: at least ${GOAL_SPEEDUP}x on 2 cores; this machine has ${cores})`,
    ],
    ["exit code (same output both ways)", String(serial.exitCode)],
  ]);
  return [
    {
      budget: `CLI batch: ${FILES} returns, pool vs serial`,
      goal: `>= ${GOAL_SPEEDUP}x`,
      measured: `${ratio(speedup)} (${ms(serial.wallMs)} -> ${ms(pooled.wallMs)} on ${cores} cores; peak ${mb(serial.maxRssBytes)} / ${mb(pooled.maxRssBytes)})`,
      pass: speedup >= GOAL_SPEEDUP,
    },
  ];
}
