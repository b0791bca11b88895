import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "../xlsx/badFiles";
import { runCli } from "./cliHarness";
import { cleanWorkbook } from "../domain/reconcile/fixtures";
import { addToMonths, addStaff, type MutableWorkbook } from "../support/workbook";
import { HUMAN_STAFF_FINDINGS_PER_CODE } from "../../src/cli/mismatchesCommand";

let dir: string;
let clean: string;
let withFindings: string;
let manyStaffFindings: string;
let notAWorkbook: string;

async function writeXlsx(wb: MutableWorkbook, file: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const sheet of wb.sheets) {
    const ws = book.addWorksheet(sheet.name);
    sheet.values.forEach((row, i) =>
      row.forEach(
        (v, j) =>
          v !== null && (ws.getCell(sheet.origin.row + i + 1, sheet.origin.col + j + 1).value = v)
      )
    );
  }
  const full = path.join(dir, file);
  await book.xlsx.writeFile(full);
  return full;
}

beforeAll(async () => {
  dir = await tempDir("llr-mismatch-");
  clean = await writeXlsx(cleanWorkbook(), "clean.xlsx");
  const wb = cleanWorkbook();
  addToMonths(
    wb,
    "PWR",
    { org: "UHL", type: "Substantive", group: "Clinical Support", measure: "Actual" },
    -200,
    5
  );
  addToMonths(
    wb,
    "PWR",
    { org: "UHL", type: "Substantive", group: "Infrastructure Support", measure: "Actual" },
    200,
    5
  );
  addStaff(wb, {
    title: "Ward Assistant",
    code: "H1A",
    pwr: "Infrastructure Support",
    pfr: "Clinical Support",
  });
  withFindings = await writeXlsx(wb, "with-findings.xlsx");
  const many = cleanWorkbook();
  for (let i = 0; i < HUMAN_STAFF_FINDINGS_PER_CODE + 5; i++)
    addStaff(many, { title: "Staff Nurse", code: "N6Z", pwr: "Nursing, Midwifery" });
  manyStaffFindings = await writeXlsx(many, "many.xlsx");
  notAWorkbook = path.join(dir, "notes.xlsx");
  await fs.writeFile(notAWorkbook, "Organisation,Staff type\nUHL,Substantive\n");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("mismatches", () => {
  it("exits 0 and says so when nothing is found", async () => {
    const { code, stdout, stderr } = await runCli(["mismatches", clean]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      `${clean}: no coding mismatches, reporting month Oct 23\nSummary: 1 file checked; 0 coding findings (0 errors, 0 warnings).\n`
    );
  });

  it("exits 1 with the roll-up and every finding with its cell", async () => {
    const { code, stdout } = await runCli(["mismatches", withFindings]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      `${withFindings}: 3 coding findings (3 errors, 0 warnings), reporting month Oct 23`
    );
    expect(lines).toContain("  Roll-up");
    expect(stdout).toContain(
      "UHL: 1.0 WTE in 1 assignment coded Infrastructure Support whose occupation codes are Clinical Support"
    );
    expect(stdout).toMatch(
      /\n {4}error +PWR!J\d+ +RECODING_SHIFT +UHL Substantive: about \d+\.\d WTE moved from Clinical Support to Infrastructure Support/
    );
    expect(stdout).toMatch(
      /\n {4}error +Staff!E\d+ +OCCUPATION_GROUP_MISMATCH +Assignment \d+ \(Ward Assistant, 1\.00 WTE\) at UHL/
    );
    expect(stdout).toMatch(
      /Summary: 1 file checked; 3 coding findings \(3 errors, 0 warnings\)\.\n$/
    );
  });

  it("--json prints { file, findings, rollup }", async () => {
    const { code, stdout } = await runCli(["mismatches", withFindings, "--json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["file", "findings", "rollup"]);
    expect(report.file).toBe(withFindings);
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual([
      "RECODING_SHIFT",
      "OCCUPATION_GROUP_MISMATCH",
      "PWR_PFR_GROUP_MISMATCH",
    ]);
    expect(report.findings[0]).toMatchObject({
      organisation: "UHL",
      staffType: "Substantive",
      month: 5,
      groups: ["Clinical Support", "Infrastructure Support"],
      pfrFollows: false,
    });
    expect(report.rollup).toHaveLength(2);
  });

  it("--json prints an array for several files, and --month is honoured", async () => {
    const { code, stdout } = await runCli([
      "mismatches",
      clean,
      withFindings,
      "--json",
      "--month",
      "M4",
    ]);
    // Up to Jul 23 the recoding of Aug 23 has not happened; the Staff sheet still has its row.
    expect(code).toBe(1);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { file: string }) => r.file)).toEqual([clean, withFindings]);
    expect(reports[1].findings.map((f: { code: string }) => f.code)).toEqual([
      "OCCUPATION_GROUP_MISMATCH",
      "PWR_PFR_GROUP_MISMATCH",
    ]);
  });

  it("lists a few staff findings per code for people, all of them in JSON", async () => {
    const human = await runCli(["mismatches", manyStaffFindings]);
    expect(human.code).toBe(1);
    expect(human.stdout.match(/UNKNOWN_OCCUPATION_CODE +Assignment/g)).toHaveLength(
      HUMAN_STAFF_FINDINGS_PER_CODE
    );
    expect(human.stdout).toContain(
      "    ... and 5 more UNKNOWN_OCCUPATION_CODE (see the roll-up; --json lists every finding)\n"
    );
    const json = JSON.parse((await runCli(["mismatches", manyStaffFindings, "--json"])).stdout);
    expect(json.findings).toHaveLength(HUMAN_STAFF_FINDINGS_PER_CODE + 5);
  });

  it("--summary keeps the roll-up and leaves every assignment to the roll-up line", async () => {
    const summary = await runCli(["mismatches", manyStaffFindings, "--summary"]);
    expect(summary.code).toBe(1);
    expect(summary.stdout).toContain("  Roll-up\n");
    expect(summary.stdout.match(/UNKNOWN_OCCUPATION_CODE +Assignment/g)).toBeNull();
    expect(summary.stdout).toContain(
      `    ... and ${HUMAN_STAFF_FINDINGS_PER_CODE + 5} more UNKNOWN_OCCUPATION_CODE (see the roll-up; --json lists every finding)\n`
    );
  });

  it("exits 2 with one line on stderr for a file it cannot read, still reporting the others", async () => {
    const { code, stdout, stderr } = await runCli(["mismatches", notAWorkbook, withFindings]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `^llr-workforce: cannot read ${notAWorkbook.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .+\\n$`
      )
    );
    expect(stdout).toContain(`${withFindings}: 3 coding findings`);
    expect(stdout).toContain("Summary: 2 files checked, 1 unreadable;");
    const json = JSON.parse((await runCli(["mismatches", notAWorkbook, "--json"])).stdout);
    expect(json).toMatchObject({
      file: notAWorkbook,
      findings: [],
      rollup: [],
      error: expect.any(String),
    });
  });

  it("exits 2 on a missing file and on wrong usage", async () => {
    expect((await runCli(["mismatches", path.join(dir, "nope.xlsx")])).code).toBe(2);
    expect((await runCli(["mismatches"])).code).toBe(2);
    expect((await runCli(["mismatches", clean, "--month", "Smarch"])).code).toBe(2);
  });
});
