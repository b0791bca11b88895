/**
 * `llr-workforce fill`, run in-process on a copy of the sample workbook: what it writes, what it
 * never touches, its output formats and its exit codes. The LibreOffice recalculation check of the
 * stored values is in fill.libreoffice.test.ts.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildPack, packToJson, PACK_TABLE_NAMES } from "../../src/domain/pack";
import { readSnapshotFromFile } from "../../src/xlsx/readSnapshot";
import { tempDir } from "../xlsx/badFiles";
import { runCli } from "./cliHarness";
import {
  blankPackCells,
  cellsOf,
  chartTitles,
  loadWorkbook,
  PACK_SHEET,
  SAMPLE,
  sha256,
  tableNames,
  zipParts,
} from "./fillFixtures";

let dir: string;
let input: string;
let inputSha: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await tempDir("llr-fill-");
  input = at("input.xlsx");
  await fs.copyFile(SAMPLE, input);
  inputSha = await sha256(input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("fill writes the pack into a copy of the workbook", () => {
  let out: string;
  let html: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let wb: ExcelJS.Workbook;
  let before: ExcelJS.Workbook;

  beforeAll(async () => {
    out = at("out.xlsx");
    html = at("report.html");
    run = await runCli(["fill", input, "-o", out, "--html", html]);
    wb = await loadWorkbook(out);
    before = await loadWorkbook(input);
  });

  it("exits 0 and says what it wrote, including the pack's notes", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Wrote the Oct 23 pack to ${out}: sheet "${PACK_SHEET}" with 7 tables (${PACK_TABLE_NAMES.join(", ")}) and 6 charts.`
    );
    expect(run.stdout).toContain(`Wrote the HTML report to ${html}.`);
    expect(run.stdout).toMatch(/"YE run rate" is the year to date \/ 7 months x 12/);
  });

  it("never changes the input and leaves no temporary file behind", async () => {
    expect(await sha256(input)).toBe(inputSha);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("adds exactly one sheet, the pack, with its seven Excel tables", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...before.worksheets.map((w) => w.name),
      PACK_SHEET,
    ]);
    expect(tableNames(wb.getWorksheet(PACK_SHEET)!)).toEqual([...PACK_TABLE_NAMES].sort());
  });

  it("keeps every cell outside the pack identical: values, formulas and number formats", () => {
    let compared = 0;
    for (const original of before.worksheets) {
      const copy = wb.getWorksheet(original.name)!;
      const a = cellsOf(original);
      const b = cellsOf(copy);
      expect([original.name, [...b.keys()]]).toEqual([original.name, [...a.keys()]]);
      for (const [address, cell] of a) {
        expect([original.name, address, b.get(address)]).toEqual([original.name, address, cell]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("stores every pack formula with its computed value", async () => {
    const ws = wb.getWorksheet(PACK_SHEET)!;
    const blankByDesign = await blankPackCells(input);
    let formulas = 0;
    const missing: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulas++;
        // A blank result ("") may be stored without a value: Excel and viewers show a blank either way.
        if (cell.result === undefined && !blankByDesign.has(cell.address))
          missing.push(cell.address);
      })
    );
    expect(formulas).toBeGreaterThan(300);
    expect(missing).toEqual([]);
    // Native formulas over the template sheets, no add-in functions.
    const texts: string[] = [];
    ws.eachRow((row) =>
      row.eachCell(
        (cell) => void (cell.type === ExcelJS.ValueType.Formula && texts.push(cell.formula))
      )
    );
    expect(texts.some((f) => f.startsWith("SUMIFS(PWR!"))).toBe(true);
    expect(texts.filter((f) => /\bLLR\./i.test(f))).toEqual([]);
  });

  it("draws the six native charts on the pack sheet", async () => {
    expect(await chartTitles(out)).toEqual([
      "Variance to plan (WTE) by staff group and organisation, Oct 23",
      "Combined plan vs actual (WTE)",
      "UHL plan vs actual (WTE)",
      "LPT plan vs actual (WTE)",
      "Combined plan vs actual pay cost (£m)",
      "Cumulative agency spend vs price-cap ceiling (£m)",
    ]);
    const parts = await zipParts(out);
    const drawings = parts.names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    expect(drawings).toHaveLength(1);
    const chart = await parts.text("xl/charts/chart2.xml");
    expect(chart).toContain(`<c:f>'${PACK_SHEET}'!$A$`);
  });

  it("writes a self-contained HTML report with every table and chart", async () => {
    const page = await fs.readFile(html, "utf8");
    for (const name of PACK_TABLE_NAMES) expect(page).toContain(`<section id="${name}">`);
    expect(page.match(/<svg /g)).toHaveLength(6);
    expect(page).not.toMatch(/<script|<link|\bsrc=|https?:\/\/(?!www\.w3\.org)/i);
    expect(page).toContain("<title>LLR workforce pack, Oct 23</title>");
  });
});

describe("fill --json", () => {
  it("prints the pack as JSON on stdout alone, notes on stderr", async () => {
    const run = await runCli(["fill", input, "-o", at("json.xlsx"), "--json"]);
    expect(run.code).toBe(0);
    const snapshot = await readSnapshotFromFile(input);
    if (!snapshot.ok) throw new Error(snapshot.error.reason);
    const pack = buildPack(snapshot.value);
    if (!pack.ok) throw new Error(pack.error.message);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(packToJson(pack.value))));
    expect(JSON.parse(run.stdout)).toMatchObject({ month: 7, label: "Oct 23" });
    expect(run.stderr).toMatch(/YE run rate/);
  });

  it("builds another month when asked: --month M3 gives the Jun 23 pack", async () => {
    const out = at("jun.xlsx");
    const run = await runCli(["fill", input, "-o", out, "--month", "M3", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ month: 3, label: "Jun 23" });
    expect((await loadWorkbook(out)).getWorksheet("LLR Pack Jun 23")).toBeDefined();
  });
});

describe("running fill again", () => {
  let first: string;
  let second: string;
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    first = at("first.xlsx");
    second = at("second.xlsx");
    expect((await runCli(["fill", input, "-o", first])).code).toBe(0);
    run = await runCli(["fill", first, "-o", second]);
  });

  it("replaces its own sheet: the same pack, no duplicate sheets, tables or charts", async () => {
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\(2\)/);
    const a = await loadWorkbook(first);
    const b = await loadWorkbook(second);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    expect(b.worksheets.flatMap(tableNames)).toEqual(a.worksheets.flatMap(tableNames));
    expect(cellsOf(b.getWorksheet(PACK_SHEET)!)).toEqual(cellsOf(a.getWorksheet(PACK_SHEET)!));
    expect(await chartTitles(second)).toEqual(await chartTitles(first));
    const parts = await zipParts(second);
    expect(parts.names.filter((n) => n.startsWith("xl/drawings/drawing"))).toHaveLength(1);
    const names = (b.definedNames as unknown as { model: { name: string }[] }).model.map(
      (n) => n.name
    );
    expect(names.filter((n) => n.startsWith("LLR_OWNER_"))).toHaveLength(1);
  });

  it("keeps every other cell identical to the first output", async () => {
    const a = await loadWorkbook(first);
    const b = await loadWorkbook(second);
    for (const ws of a.worksheets.filter((w) => w.name !== PACK_SHEET)) {
      expect([ws.name, cellsOf(b.getWorksheet(ws.name)!)]).toEqual([ws.name, cellsOf(ws)]);
    }
  });
});

describe("a sheet of the pack's name that the user made", () => {
  it('is left alone; the pack goes to "LLR Pack Oct 23 (2)" and fill says so', async () => {
    const withUserSheet = at("user-sheet.xlsx");
    const wb = await loadWorkbook(input);
    const mine = wb.addWorksheet(PACK_SHEET);
    mine.getCell("A1").value = "My own notes";
    mine.getCell("B2").value = 42;
    await wb.xlsx.writeFile(withUserSheet);

    const out = at("user-sheet-out.xlsx");
    const run = await runCli(["fill", withUserSheet, "-o", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `A sheet named "${PACK_SHEET}" already exists and was not made by the add-in, so it was left as it is and "${PACK_SHEET} (2)" was written instead.`
    );
    expect(run.stdout).toContain(`sheet "${PACK_SHEET} (2)" with 7 tables`);
    const result = await loadWorkbook(out);
    expect(cellsOf(result.getWorksheet(PACK_SHEET)!)).toEqual(cellsOf(mine));
    expect(tableNames(result.getWorksheet(`${PACK_SHEET} (2)`)!)).toEqual(
      [...PACK_TABLE_NAMES].sort()
    );
    const chart = await (await zipParts(out)).text("xl/charts/chart1.xml");
    expect(chart).toContain(`'${PACK_SHEET} (2)'!$`);
  });
});

describe("fill refuses what it cannot do, with exit codes as for validate", () => {
  it.each([
    [
      "-o is the input",
      () => ["fill", input, "-o", input],
      /is the input workbook; the input is never overwritten/,
    ],
    [
      "-o is the input by another path",
      () => ["fill", input, "-o", path.join(dir, ".", "sub", "..", "input.xlsx")],
      /is the input workbook/,
    ],
    [
      "-o is not an .xlsx",
      () => ["fill", input, "-o", at("out.csv")],
      /the output file must end in \.xlsx/,
    ],
    [
      "--html would overwrite the output",
      () => ["fill", input, "-o", at("o.xlsx"), "--html", at("o.xlsx")],
      /would overwrite a workbook/,
    ],
    [
      "the input does not exist",
      () => ["fill", at("missing.xlsx"), "-o", at("o.xlsx")],
      /cannot read .*missing\.xlsx/,
    ],
    [
      "the input is not a workbook",
      () => ["fill", at("notes.txt"), "-o", at("o.xlsx")],
      /CSV or text file, not an \.xlsx workbook/,
    ],
    [
      "the output folder does not exist",
      () => ["fill", input, "-o", at("nope/o.xlsx")],
      /cannot write .*the folder does not exist/,
    ],
    [
      "--month is not a month",
      () => ["fill", input, "-o", at("o.xlsx"), "--month", "13"],
      /--month "13" is not a reporting month/,
    ],
    [
      "-o is missing",
      () => ["fill", input],
      /required option '-o, --output <out.xlsx>' not specified/,
    ],
  ])("%s: exit 2", async (_what, argv, message) => {
    await fs.writeFile(at("notes.txt"), "just some notes\n");
    const run = await runCli(argv());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
    await expect(fs.access(at("o.xlsx"))).rejects.toThrow();
    expect(await sha256(input)).toBe(inputSha);
  });

  it("exits 1 when the data cannot make a pack: a month with no actuals", async () => {
    const run = await runCli(["fill", input, "-o", at("dec.xlsx"), "--month", "Dec 23"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /cannot build the pack from .*input\.xlsx: Dec 23 \(M9\) has no actuals/
    );
    await expect(fs.access(at("dec.xlsx"))).rejects.toThrow();
  });

  it("exits 1 for a workbook without the template's returns", async () => {
    const other = at("other.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = "Not a PWR return";
    await wb.xlsx.writeFile(other);
    const run = await runCli(["fill", other, "-o", at("other-out.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /cannot build the pack from .*other\.xlsx: Neither the PWR nor the PFR sheet could be read/
    );
    await expect(fs.access(at("other-out.xlsx"))).rejects.toThrow();
  });
});
