/**
 * The built executable, end to end: compiled with tsconfig.cli.json, run as a child process, so
 * the bin's shebang, its exit codes and the worker-thread pool (used for more than one file) are
 * what a user gets.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { makeBadFiles, tempDir, type BadFile } from "../xlsx/badFiles";
import { runCli } from "./cliHarness";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");
// Inside node_modules so the compiled files resolve exceljs and commander like lib/ does.
const outDir = path.join(root, "node_modules/.cache/llr-cli-test");
const main = path.join(outDir, "cli/main.js");
const SAMPLE = path.join(root, "seeds/llr-m7-sample.xlsx");

let dir: string;
let bad: BadFile[];

beforeAll(async () => {
  await fs.rm(outDir, { recursive: true, force: true });
  await run(
    process.execPath,
    [
      path.join(root, "node_modules/typescript/bin/tsc"),
      "-p",
      "tsconfig.cli.json",
      "--outDir",
      outDir,
    ],
    { cwd: root }
  );
  dir = await tempDir("llr-bin-");
  bad = await makeBadFiles(dir);
}, 120_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function bin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [main, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

it("is an executable node script", async () => {
  expect((await fs.readFile(main, "utf8")).startsWith("#!/usr/bin/env node\n")).toBe(true);
  await expect(fs.stat(path.join(outDir, "cli/validateWorker.js"))).resolves.toBeTruthy();
});

it("checks many files on worker threads with the same results as in one thread", async () => {
  const files = [SAMPLE, bad[2].file, SAMPLE, bad[5].file];
  const threaded = await bin(["validate", "--json", ...files]);
  const inProcess = await runCli(["validate", "--json", ...files]);
  expect(threaded.code).toBe(2);
  expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(inProcess.stdout));
  expect(threaded.stderr.trimEnd().split("\n")).toEqual([
    `llr-workforce: cannot read ${bad[2].file}: the file is empty (0 bytes)`,
    `llr-workforce: cannot read ${bad[5].file}: the file is corrupt or truncated (its zip directory is missing or damaged): copy or save it again`,
  ]);
}, 60_000);

it.each([
  [["validate", SAMPLE], 0],
  [["validate"], 2],
  [["validate", "missing.xlsx"], 2],
])(
  "%j exits %d",
  async (args, code) => {
    const result = await bin(args as string[]);
    expect(result.code).toBe(code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  },
  60_000
);
