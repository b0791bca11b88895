/**
 * Every file of the bad-input corpus (test/fixtures/bad-input, listed in cases.json) through the
 * CLI in-process: validate (human and --json), fill and mismatches. A file that cannot be read
 * gets exactly one line and exit 2 from every command; a readable one gets its issues at cell
 * addresses. No run throws, prints a stack trace or writes anything to its input.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { runCli, type CliRun } from "../cli/cliHarness";
import { tempDir } from "../xlsx/badFiles";
import { readSnapshotFromFile } from "../../src/xlsx/readSnapshot";
import { parseA1, quoteSheet } from "../../src/workbook/a1";
import { parseCellRef } from "../../src/domain/reconcile";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { BAD_INPUT_DIR, badInputCases, fingerprint, type BadInputCase } from "./badInputCases";

const cases = badInputCases();
let out: string;
let corpusBefore: string;
const consoleCalls: string[] = [];

beforeAll(async () => {
  out = await tempDir("llr-bad-input-");
  corpusBefore = await fingerprint(BAD_INPUT_DIR);
  // Libraries must not talk to the console behind the CLI's back (it would break --json pipes).
  for (const method of ["log", "warn", "error", "info", "debug"] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(`console.${method}: ${args.map(String).join(" ")}`);
    });
  }
});
afterAll(async () => {
  jest.restoreAllMocks();
  await fs.rm(out, { recursive: true, force: true });
});

/** Runs a command and checks what must hold for every run: it returns, no stack trace, input untouched. */
async function runChecked(argv: string[], input: string): Promise<CliRun> {
  const before = await fingerprint(input);
  consoleCalls.length = 0;
  const result = await runCli(argv);
  expect({ argv, console: consoleCalls }).toEqual({ argv, console: [] });
  expect(result.stdout + result.stderr).not.toMatch(/^ {4}at |^\s+at .+:\d+:\d+\)?$/m);
  expect(await fingerprint(input)).toBe(before);
  return result;
}

function unreadableLine(file: string, reason: string): string {
  return `llr-workforce: cannot read ${file}: ${reason}\n`;
}

async function checkUnreadable(c: BadInputCase, file: string, reason: string): Promise<void> {
  const line = unreadableLine(file, reason);
  expect(reason).not.toMatch(/\n/);

  const validate = await runChecked(["validate", file], file);
  expect(validate).toEqual({
    code: 2,
    stderr: line,
    stdout: "Summary: 1 file checked, 0 valid, 0 with errors, 1 unreadable; 0 errors, 0 warnings.\n",
  });

  const json = await runChecked(["validate", "--json", file], file);
  expect(json.code).toBe(2);
  expect(json.stderr).toBe(line);
  expect(JSON.parse(json.stdout)).toEqual({
    file,
    valid: false,
    summary: { errors: 0, warnings: 0 },
    issues: [],
    error: reason,
  });

  const copy = path.join(out, `fill-${c.file.replace(/\W/g, "_")}.xlsx`);
  const fill = await runChecked(["fill", file, "-o", copy], file);
  expect(fill).toEqual({ code: 2, stderr: line, stdout: "" });
  await expect(fs.stat(copy)).rejects.toThrow();

  const mismatches = await runChecked(["mismatches", file], file);
  expect(mismatches.code).toBe(2);
  expect(mismatches.stderr).toBe(line);
}

/** The issues of `validate --json`, and the human report naming each at its cell. */
async function checkValidate(c: BadInputCase, file: string, snapshot: WorkbookSnapshot): Promise<void> {
  const expected = c.validate ?? { exit: 0, issues: [] };
  const json = await runChecked(["validate", "--json", file], file);
  expect(json.stderr).toBe("");
  const report = JSON.parse(json.stdout) as {
    issues: { code: string; sheet: string; cell: string; severity: string; message: string }[];
  };
  expect(report.issues.map(({ code, sheet, cell }) => ({ code, sheet, cell }))).toEqual(expected.issues);
  expect(json.code).toBe(expected.exit);
  const sheets = new Set(snapshot.sheets.map((s) => s.name));
  for (const issue of report.issues) {
    expect(sheets.has(issue.sheet)).toBe(true);
    expect(parseA1(issue.cell)).not.toBeNull();
    expect(issue.message.startsWith(`${quoteSheet(issue.sheet)}!${issue.cell}: `)).toBe(true);
  }

  const human = await runChecked(["validate", file], file);
  expect(human.code).toBe(expected.exit);
  expect(human.stderr).toBe("");
  const lines = human.stdout.split("\n");
  expect(lines[0]).toBe(
    `${file}: ${expected.exit === 0 ? "valid" : "not valid"} (${plural(report.issues.filter((i) => i.severity === "error").length, "error")}, ${plural(report.issues.filter((i) => i.severity === "warning").length, "warning")})`
  );
  for (const issue of report.issues) {
    const at = lines.findIndex((l) =>
      new RegExp(`^ {4}${issue.severity} +${escape(issue.cell)} +${issue.code} +${escape(issue.message.slice(0, 40))}`).test(l)
    );
    expect({ issue: `${issue.code} ${issue.cell}`, found: at > 0 }).toEqual({
      issue: `${issue.code} ${issue.cell}`,
      found: true,
    });
  }
  // One line per issue, whatever line breaks the cells hold.
  expect(lines.filter((l) => /^ {4}(error|warning) /.test(l)).length).toBe(report.issues.length);
  // Messages quote long cell text, so no line carries a 32,767-character cell.
  for (const line of lines) expect(line.length).toBeLessThan(1000);
}

/** fill writes a copy holding every cell of the input, and never the input itself. */
async function checkFill(c: BadInputCase, file: string, snapshot: WorkbookSnapshot): Promise<void> {
  const expected = c.fill ?? { exit: 0 };
  const copy = path.join(out, `fill-${c.file.replace(/\W/g, "_")}.xlsx`);
  const fill = await runChecked(["fill", file, "-o", copy], file);
  expect(fill.code).toBe(expected.exit);
  if (expected.exit !== 0) {
    expect(fill.stderr).toBe(`${(expected.stderr ?? "").replace("{file}", file)}\n`);
    return;
  }
  expect(fill.stderr).toBe("");
  for (const line of fill.stdout.split("\n")) expect(line.length).toBeLessThan(1000);
  expect(fill.stdout).toMatch(new RegExp(`^Wrote the \\w+ \\d+ pack to ${escape(copy)}: `, "m"));
  const written = await readSnapshotFromFile(copy);
  if (!written.ok) throw new Error(`the copy cannot be read: ${written.error.reason}`);
  for (const sheet of snapshot.sheets) {
    const same = written.value.sheets.find((s) => s.name === sheet.name);
    expect({ sheet: sheet.name, kept: same?.values === undefined ? "missing" : "present" }).toEqual({
      sheet: sheet.name,
      kept: "present",
    });
    expect({ sheet: sheet.name, origin: same?.origin }).toEqual({ sheet: sheet.name, origin: sheet.origin });
    expect({ sheet: sheet.name, equal: equalGrid(same?.values ?? [], sheet.values) }).toEqual({
      sheet: sheet.name,
      equal: true,
    });
  }
}

/** mismatches: the exit code, and every finding's cells on sheets of the workbook. */
async function checkMismatches(c: BadInputCase, file: string, snapshot: WorkbookSnapshot): Promise<void> {
  const expected = c.mismatches ?? { exit: 1 };
  const run = await runChecked(["mismatches", "--json", file], file);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(expected.exit);
  const report = JSON.parse(run.stdout) as { findings: { cells: string[] }[] };
  const sheets = new Set(snapshot.sheets.map((s) => s.name));
  for (const finding of report.findings) {
    for (const ref of finding.cells) {
      const parsed = parseCellRef(ref);
      expect({ ref, sheet: parsed !== null && sheets.has(parsed.sheet) }).toEqual({ ref, sheet: true });
      expect({ ref, cell: parsed !== null && parseA1(parsed.address) !== null }).toEqual({ ref, cell: true });
    }
  }
}

async function checkCase(c: BadInputCase): Promise<void> {
  const file = path.join(BAD_INPUT_DIR, c.file);
  if (c.source === "absent") await expect(fs.stat(file)).rejects.toThrow();
  if (c.source === "directory") expect((await fs.stat(file)).isDirectory()).toBe(true);
  if (c.reason !== undefined) return checkUnreadable(c, file, c.reason);

  const read = await readSnapshotFromFile(file);
  if (!read.ok) throw new Error(`${c.file} cannot be read: ${read.error.reason}`);
  await checkValidate(c, file, read.value);
  await checkFill(c, file, read.value);
  await checkMismatches(c, file, read.value);
}

type ExpectedIssueJson = { code: string; sheet: string; cell: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function equalGrid(
  a: readonly (readonly unknown[])[],
  b: readonly (readonly unknown[])[]
): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x === y) continue;
    const width = Math.max(x.length, y.length);
    for (let c = 0; c < width; c++) if ((x[c] ?? null) !== (y[c] ?? null)) return false;
  }
  return true;
}

describe("the bad-input corpus", () => {
  it("has at least 30 files, each listed once", async () => {
    const files = cases.map((c) => c.file);
    expect(new Set(files).size).toBe(files.length);
    expect(cases.filter((c) => c.source !== "absent").length).toBeGreaterThanOrEqual(30);
    const onDisk = (await fs.readdir(BAD_INPUT_DIR)).filter((f) => f !== "cases.json" && !f.startsWith(".")).sort();
    expect(onDisk).toEqual(cases.filter((c) => c.source !== "absent").map((c) => c.file).sort());
  });

  const working = cases.filter((c) => c.knownBug === undefined);
  const broken = cases.filter((c) => c.knownBug !== undefined);
  it.each(working.map((c) => [`${c.file}: ${c.case}`, c] as const))("%s", async (_, c) => {
    await checkCase(c);
  });
  // Known bugs: the expected outcome is the right one; these start passing (and so fail) once fixed.
  if (broken.length > 0) {
    it.failing.each(broken.map((c) => [`${c.file}: ${c.case} (known bug, see its knownBug in cases.json)`, c] as const))(
      "%s",
      async (_, c) => {
        await checkCase(c);
      }
    );
  }

  it("gives the same outcome for every file when the whole corpus is validated in one run", async () => {
    const files = working.map((c) => path.join(BAD_INPUT_DIR, c.file));
    const { code, stdout, stderr } = await runCli(["validate", "--json", ...files], { concurrency: 4 });
    expect(code).toBe(2);
    const reports = JSON.parse(stdout) as { file: string; error?: string; issues: ExpectedIssueJson[] }[];
    expect(reports.map((r) => r.file)).toEqual(files);
    working.forEach((c, i) => {
      const r = reports[i];
      if (c.reason !== undefined) {
        expect({ file: c.file, error: r.error }).toEqual({ file: c.file, error: c.reason });
      } else {
        expect({ file: c.file, issues: r.issues.map(({ code: k, sheet, cell }) => ({ code: k, sheet, cell })) }).toEqual({
          file: c.file,
          issues: c.validate?.issues ?? [],
        });
      }
    });
    const unreadable = working.filter((c) => c.reason !== undefined);
    expect(stderr.split("\n").filter(Boolean).sort()).toEqual(
      unreadable.map((c) => unreadableLine(path.join(BAD_INPUT_DIR, c.file), c.reason as string).trimEnd()).sort()
    );
  });

  it("is left exactly as it was (no file written, added or touched)", async () => {
    expect(await fingerprint(BAD_INPUT_DIR)).toBe(corpusBefore);
  });
});
