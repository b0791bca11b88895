import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { readSnapshotFromFile } from "../../src/xlsx/readSnapshot";
import { validate } from "../../src/domain/validation";
import { tempDir } from "../xlsx/badFiles";
import { runCli } from "./cliHarness";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("llr-template-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Codes that mean the workbook's shape is wrong, as opposed to its figures. */
const STRUCTURAL = [
  "MISSING_SHEET",
  "DUPLICATE_SHEET",
  "HEADER_NOT_FOUND",
  "MISSING_COLUMN",
  "BAD_PERIOD_HEADER",
];

describe("template -o", () => {
  it("writes the blank template, which validates back with no structural issue", async () => {
    const out = path.join(dir, "blank.xlsx");
    const { code, stdout, stderr } = await runCli(["template", "-o", out]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(
      /^Wrote the blank LLR PWR\/PFR template to .*blank\.xlsx \(sheets: PWR, PFR, .*\)\.\n$/
    );
    const read = await readSnapshotFromFile(out);
    if (!read.ok) throw new Error(read.error.reason);
    const issues = validate(read.value);
    expect(issues.filter((i) => STRUCTURAL.includes(i.code))).toEqual([]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const check = await runCli(["validate", out]);
    expect(check.code).toBe(0);
  });

  it("has drop-down lists, number formats and frozen header rows", async () => {
    const out = path.join(dir, "look.xlsx");
    expect((await runCli(["template", "-o", out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const pwr = wb.getWorksheet("PWR")!;
    const rules = Object.values(
      (pwr as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
        .dataValidations.model
    );
    expect(rules.some((r) => r.type === "list")).toBe(true);
    expect(pwr.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    let formatted = 0;
    pwr.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => void (cell.numFmt ? formatted++ : 0))
    );
    expect(formatted).toBeGreaterThan(0);
  });

  it("never replaces an existing file unless --force is given", async () => {
    const out = path.join(dir, "exists.xlsx");
    await fs.writeFile(out, "keep me");
    const refused = await runCli(["template", "-o", out]);
    expect(refused).toEqual({
      code: 2,
      stdout: "",
      stderr: `llr-workforce: cannot write ${out}: the file already exists (use --force to replace it)\n`,
    });
    expect(await fs.readFile(out, "utf8")).toBe("keep me");
    expect((await runCli(["template", "-o", out, "--force"])).code).toBe(0);
    expect((await readSnapshotFromFile(out)).ok).toBe(true);
  });

  it.each([
    [["template", "-o", "blank.csv"], /the output file must end in \.xlsx: blank\.csv/],
    [
      ["template", "-o", "/no/such/folder/blank.xlsx"],
      /cannot write \/no\/such\/folder\/blank\.xlsx: the folder does not exist/,
    ],
  ])("exits 2 for %j", async (argv, message) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
