import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { makeBadFiles, tempDir, type BadFile } from "../xlsx/badFiles";
import { runCli } from "./cliHarness";

const SAMPLE = path.resolve(__dirname, "../../seeds/llr-m7-sample.xlsx");

let dir: string;
let bad: BadFile[];
let withError: string;

beforeAll(async () => {
  dir = await tempDir("llr-cli-");
  bad = await makeBadFiles(dir);
  // The sample with one actual typed as text: a NOT_A_NUMBER error at PWR!E3.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  wb.getWorksheet("PWR")!.getCell("E3").value = "n/a";
  withError = path.join(dir, "with-error.xlsx");
  await wb.xlsx.writeFile(withError);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

describe("validate: exit codes and output", () => {
  it("exits 0 for a workbook with warnings only, with a summary line", async () => {
    const { code, stdout, stderr } = await runCli(["validate", SAMPLE]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(
      new RegExp(
        `^${SAMPLE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: valid \\(0 errors, \\d+ warnings\\)\\n`
      )
    );
    expect(stdout).toMatch(
      /\nSummary: 1 file checked, 1 valid, 0 with errors; 0 errors, \d+ warnings\.\n$/
    );
  });

  it("exits 1 when errors are found, grouped by sheet with cell addresses", async () => {
    const { code, stdout } = await runCli(["validate", withError]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${withError}: not valid (1 error, `);
    const lines = stdout.split("\n");
    const sheetLine = lines.indexOf("  PWR");
    const errorLine = lines.findIndex((l) =>
      /^ {4}error +E3 +NOT_A_NUMBER +PWR!E3: "n\/a" is not a number/.test(l)
    );
    expect(sheetLine).toBeGreaterThanOrEqual(0);
    expect(errorLine).toBeGreaterThan(sheetLine);
    expect(stdout).toMatch(
      /Summary: 1 file checked, 0 valid, 1 with errors; 1 error, \d+ warnings\./
    );
  });

  it("gives one clear line and exit 2 for every unreadable kind, never a stack trace", async () => {
    for (const { kind, file, expect: reason } of bad) {
      const { code, stdout, stderr } = await runCli(["validate", file]);
      expect({ kind, code }).toEqual({ kind, code: 2 });
      const lines = stderr.trimEnd().split("\n");
      expect({ kind, lines: lines.length }).toEqual({ kind, lines: 1 });
      expect(lines[0].startsWith(`llr-workforce: cannot read ${file}: `)).toBe(true);
      expect({
        kind,
        ok: reason.test(lines[0].slice(`llr-workforce: cannot read ${file}: `.length)),
      }).toEqual({ kind, ok: true });
      expect(stderr + stdout).not.toMatch(/\n\s+at |Error:/);
      expect(stdout).toBe(
        "Summary: 1 file checked, 0 valid, 0 with errors, 1 unreadable; 0 errors, 0 warnings.\n"
      );
    }
  });

  it("exits 2 when any file is unreadable, still reporting the others", async () => {
    const { code, stdout, stderr } = await runCli(["validate", SAMPLE, bad[0].file, withError]);
    expect(code).toBe(2);
    expect(stderr).toBe(`llr-workforce: cannot read ${bad[0].file}: no such file\n`);
    expect(stdout).toContain(`${SAMPLE}: valid`);
    expect(stdout).toContain(`${withError}: not valid`);
    expect(stdout).toMatch(
      /Summary: 3 files checked, 1 valid, 1 with errors, 1 unreadable; 1 error, \d+ warnings\./
    );
  });

  it("never changes its input files", async () => {
    const inputs = [
      SAMPLE,
      withError,
      ...bad.map((b) => b.file).filter((f) => !/missing|folder/.test(f)),
    ];
    const before = await Promise.all(inputs.map(sha));
    await runCli(["validate", ...inputs]);
    await runCli(["validate", "--json", ...inputs]);
    expect(await Promise.all(inputs.map(sha))).toEqual(before);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("validate --json", () => {
  it("prints one object for one file", async () => {
    const { code, stdout } = await runCli(["validate", "--json", withError]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["file", "valid", "summary", "issues"]);
    expect(report).toMatchObject({ file: withError, valid: false, summary: { errors: 1 } });
    expect(report.summary.warnings).toBe(report.issues.length - 1);
    expect(report.issues[0]).toEqual({
      code: "NOT_A_NUMBER",
      severity: "error",
      sheet: "PWR",
      cell: "E3",
      message: expect.stringContaining('"n/a" is not a number'),
      value: "n/a",
    });
  });

  it("prints an array for several files, unreadable ones with their reason", async () => {
    const { code, stdout } = await runCli(["validate", SAMPLE, "--json", bad[2].file]);
    expect(code).toBe(2);
    const reports = JSON.parse(stdout);
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatchObject({ file: SAMPLE, valid: true, summary: { errors: 0 } });
    expect(reports[1]).toEqual({
      file: bad[2].file,
      valid: false,
      summary: { errors: 0, warnings: 0 },
      issues: [],
      error: "the file is empty (0 bytes)",
    });
  });
});

describe("validate --month", () => {
  it.each([["M3"], ["3"], ["Jun 23"], ["Month 3"]])(
    "takes %s as the reporting month",
    async (month) => {
      const { stdout } = await runCli(["validate", "--json", "--month", month, SAMPLE]);
      const report = JSON.parse(stdout);
      expect(
        report.issues.some(
          (i: { code: string; message: string }) =>
            i.code === "FUTURE_ACTUAL" && /reporting month Jun 23/.test(i.message)
        )
      ).toBe(true);
    }
  );

  it("without it, uses the workbook's own reporting month", async () => {
    const report = JSON.parse((await runCli(["validate", "--json", SAMPLE])).stdout);
    expect(report.issues.filter((i: { code: string }) => i.code === "FUTURE_ACTUAL")).toEqual([]);
  });
});

describe("usage errors exit 2", () => {
  it.each([
    [[], /Usage: llr-workforce/],
    [["validate"], /missing required argument 'files'/],
    [["validate", "--bogus", SAMPLE], /unknown option '--bogus'/],
    [["frobnicate"], /unknown command 'frobnicate'/],
    [
      ["validate", "--month", "M13", SAMPLE],
      /--month "M13" is not a reporting month: use M1 to M12/,
    ],
    [["template"], /required option '-o, --output <file.xlsx>' not specified/],
  ])("%j", async (argv, message) => {
    const { code, stderr } = await runCli(argv as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("--help and --version exit 0", async () => {
    expect(await runCli(["--help"])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("validate [options] <files...>"),
    });
    expect(await runCli(["--version"])).toMatchObject({ code: 0, stdout: "0.1.0\n" });
  });
});

describe("progress", () => {
  it("draws a bar on a terminal only, and clears it", async () => {
    const onTty = await runCli(["validate", SAMPLE, withError], {
      stderrIsTTY: true,
      stderrColumns: 80,
    });
    expect(onTty.stderr).toContain("] 2/2 files");
    expect(onTty.stderr.endsWith("\r\x1b[K")).toBe(true);
    const piped = await runCli(["validate", SAMPLE, withError], { stderrIsTTY: false });
    expect(piped.stderr).toBe("");
  });
});
