/**
 * The HyperFormula workbook the pack's formula checks rely on: it must compute as Excel does for
 * what the pack writes, or those checks prove nothing.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { HyperFormula } from "hyperformula";
import type { CellValue, SheetSnapshot } from "../../../src/workbook/snapshot";
import type { PlanCell, WritePlan } from "../../../src/workbook/plan";
import { stringLiteral } from "../../../src/domain/pack/expr";
import { formulaWorkbook, isFormulaError, type FormulaValue } from "./formulaWorkbook";
import { functionsCalled } from "./formulaText";

const DATA: SheetSnapshot = {
  name: "Data sheet",
  origin: { row: 0, col: 0 },
  values: [
    ["Org", "Group", "Value"],
    ["UHL", "Nursing, Midwifery", 10],
    ["uhl", "N&MW", 5],
    ["LPT", "Nursing, Midwifery", 7],
    ["UHL", "Total", 15],
    ["UHL", null, 100],
    ["UHL", "a*b", 1000],
    ["UHL", "Nursing, Midwifery", "12"],
  ],
};
const ROOT = join(__dirname, "..", "..", "..");
const R = (c: string) => `'Data sheet'!$${c}$2:$${c}$8`;

/** One plan sheet "Calc": A1 = 4, B1 = 6, A2 = "" (a blank), B2 = null, formulas from A4 down. */
function evaluate(formulas: readonly string[], sheets: readonly SheetSnapshot[] = [DATA]) {
  const rows: PlanCell[][] = [[4, 6], ["", null], [], ...formulas.map((formula) => [{ formula }])];
  const plan: WritePlan = { sheets: [{ name: "Calc", blocks: [{ at: "A1", rows }] }] };
  return formulaWorkbook({ sheets }, plan).planFormulas.map((f) => f.computed);
}
const ev = (formula: string, sheets?: readonly SheetSnapshot[]): FormulaValue =>
  evaluate([formula], sheets)[0];

/** Whether a criterion matches one cell's value, by COUNTIFS over that cell. */
function matches(cases: readonly (readonly [criterion: string, value: CellValue])[]): boolean[] {
  const cells: SheetSnapshot = {
    name: "Cells",
    origin: { row: 0, col: 0 },
    values: cases.map(([, v]) => [v]),
  };
  return evaluate(
    cases.map(([criterion], i) => `=COUNTIFS(Cells!$A$${i + 1},${stringLiteral(criterion)})`),
    [cells]
  ).map((n) => n === 1);
}

describe("formulaWorkbook: arithmetic and references", () => {
  it.each([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=10/4-1", 1.5],
    ["=-2+5", 3],
    ["=A1+B1", 10],
    ["=SUM(A1:B1)", 10],
    ["=SUM(A1:B2)", 10],
    ["=A1+B2", 4],
    ['=IFERROR(1/0,"")', ""],
    ['=IFERROR(A1/B1-1,"")', 4 / 6 - 1],
  ] as const)("%s = %p", (f, want) => {
    expect(ev(f)).toBe(want);
  });

  it('divides by zero to #DIV/0!, treats "" in arithmetic as #VALUE!, and a snapshot\'s "" as blank', () => {
    const [div, emptyText, blank] = evaluate(["=1/0", '=IFERROR(1/0,"")+1', "=A2+1"]);
    expect(div).toMatchObject({ error: "#DIV/0!" });
    expect(emptyText).toMatchObject({ error: "#VALUE!" });
    expect(isFormulaError(emptyText)).toBe(true);
    expect(blank).toBe(1);
  });

  it("keeps text as text: month labels, numbers typed as text and formula-like text", () => {
    const text: SheetSnapshot = {
      name: "Text",
      origin: { row: 2, col: 1 },
      values: [["Oct 23", "12", "4,061.6", "=1+1", "'007", true]],
    };
    const wb = formulaWorkbook({ sheets: [text] });
    expect([1, 2, 3, 4, 5, 6].map((col) => wb.valueAt("Text", 2, col))).toEqual([
      "Oct 23",
      "12",
      "4,061.6",
      "=1+1",
      "'007",
      true,
    ]);
    expect(wb.valueAt("Text", 0, 0)).toBeNull();
  });

  it("reads sheet names that need quoting and whole-column references as Excel does", () => {
    const odd: SheetSnapshot = {
      name: "It's 2",
      origin: { row: 0, col: 0 },
      values: [[1], [2], [3]],
    };
    expect(ev("=SUM('It''s 2'!A:A)+'It''s 2'!A2", [odd])).toBe(8);
    expect(ev("=SUM('Data sheet'!C:C)")).toBe(10 + 5 + 7 + 15 + 100 + 1000);
  });

  it("removes the _xlfn. prefix files store before newer functions", () => {
    expect(ev("=_xlfn.IFNA(NA(),2)")).toBe(2);
  });
});

describe("formulaWorkbook: SUMIFS criteria as Excel reads them", () => {
  it("matches case-insensitively and exactly, and adds numbers only", () => {
    expect(
      evaluate([
        `=SUMIFS(${R("C")},${R("A")},"UHL")`,
        `=SUMIFS(${R("C")},${R("A")},"UHL",${R("B")},"Nursing, Midwifery")`,
        `=SUMIFS(${R("C")},${R("B")},"N&MW")`,
        `=SUMIFS(${R("C")},${R("A")},"UHL",${R("B")},"<>Total")`,
        `=SUMIFS(${R("C")},${R("A")},"UHL",${R("B")},"<>Total",${R("B")},"<>")`,
        `=SUMIFS(${R("C")},${R("B")},"a~*b")`,
        `=SUMIFS(${R("C")},${R("B")},"a*")`,
        `=SUMIFS(${R("C")},${R("A")},"LPT")`,
      ])
    ).toEqual([10 + 5 + 15 + 100 + 1000, 10, 5, 10 + 5 + 100 + 1000, 10 + 5 + 1000, 1000, 1000, 7]);
  });

  it("reads = and <> prefixes, blanks, wildcards and escapes", () => {
    expect(
      matches([
        ["=<x", "<x"],
        ["<>", null],
        ["<>", "a"],
        ["<>Total", null],
        ["total", "TOTAL"],
        ["Tot?l", "Total"],
        ["Total", "Total "],
        ["a~*b", "axb"],
        ["a~?b", "a?b"],
        ["a~~b", "a~b"],
      ])
    ).toEqual([true, false, true, true, true, true, false, false, true, true]);
  });

  it("reads an operator only at the start, ? as one character, | as text and accents, unlike HyperFormula alone", () => {
    const cases = [
      ["a<b", "a<b"],
      ["=>5 WTE", ">5 WTE"],
      ["<>a=b", "a=b"],
      ["Tot?l", "Totl"],
      ["A|B", "A"],
      ["A|B", "A|B"],
      ["é", "e"],
    ] as const;
    expect(matches(cases)).toEqual([true, true, false, false, false, true, false]);
    // HyperFormula with its defaults: what the adapter and the engine options correct.
    const plain = HyperFormula.buildFromArray(
      cases.map(([c, v], i) => [`'${v}`, `=COUNTIFS(A${i + 1},${stringLiteral(c)})`]),
      { licenseKey: "gpl-v3" }
    );
    const alone = cases.map((_, i) => plain.getCellValue({ sheet: 0, row: i, col: 1 }));
    expect(alone.map((v) => (typeof v === "number" ? v === 1 : "error"))).toEqual([
      "error",
      "error",
      false,
      true,
      true,
      false,
      true,
    ]);
  });

  it('gives #VALUE! for "" in arithmetic, where HyperFormula alone reads it as 0', () => {
    const plain = HyperFormula.buildFromArray([['=IFERROR(1/0,"")+1']], { licenseKey: "gpl-v3" });
    expect(plain.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(1);
    expect(ev('=IFERROR(1/0,"")+1')).toMatchObject({ error: "#VALUE!" });
    expect(ev('=-IFERROR(1/0,"")')).toMatchObject({ error: "#VALUE!" });
  });

  it("refuses criteria neither engine reads the same way, rather than guessing", () => {
    expect(() => matches([["<b", "a"]])).toThrow(/orders text/);
    expect(() => matches([["a~b", "ab"]])).toThrow(/"~" before "b"/);
    expect(matches([["<5", 4]])).toEqual([true]);
  });
});

describe("formulaWorkbook: what it refuses", () => {
  it("throws on a formula it cannot read, an unknown function and TEXT", () => {
    expect(() => ev("=1+")).toThrow(/cannot evaluate Calc!A4 =1\+: Parsing error/);
    expect(() => ev("=NOSUCH(1)")).toThrow(/cannot evaluate .*NOSUCH/);
    expect(() => ev('=TEXT(1234.5,"#,##0.0")')).toThrow(
      /TEXT, which HyperFormula computes unlike Excel/
    );
  });
});

describe("functionsCalled", () => {
  it("lists the functions a formula calls, not text in literals or sheet names", () => {
    expect(functionsCalled(`=IFERROR(SUM(A1:B1)/SUMIFS(${R("C")},${R("A")},"UHL"),"")`)).toEqual([
      "IFERROR",
      "SUM",
      "SUMIFS",
    ]);
    expect(functionsCalled(`=SUMIFS('F(x'!A1:A2,'F(x'!B1:B2,"G(")+_xlfn.IFNA(1,2)`)).toEqual([
      "SUMIFS",
      "_XLFN.IFNA",
    ]);
  });
});

describe("HyperFormula stays a test tool", () => {
  it("is a dev dependency only, and nothing under src/ imports it (GPL-3.0)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.devDependencies.hyperformula).toBeDefined();
    expect(pkg.dependencies.hyperformula).toBeUndefined();
    const importers = sourceFiles(join(ROOT, "src")).filter((f) =>
      /from\s+["']hyperformula|require\(["']hyperformula/.test(readFileSync(f, "utf8"))
    );
    expect(importers).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(ts|tsx|js)$/.test(e.name)
        ? [join(dir, e.name)]
        : []
  );
}
