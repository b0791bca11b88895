/** packPlan: one sheet with the stacked tables, their Excel tables, formats and charts. */
import { a1, parseA1 } from "../../../src/workbook/a1";
import { isFormulaCell, type PlanCell, type SheetPlan } from "../../../src/workbook/plan";
import { packPlan, PACK_OWNER_MARKER, type PackChartPlan } from "../../../src/domain/pack/plan";
import { PACK_NUMBER_FORMATS, PACK_TABLE_NAMES, type Pack } from "../../../src/domain/pack/model";
import { planCells } from "../../support/planCells";
import { packOf, SAMPLE, table } from "./support";

const pack: Pack = packOf(SAMPLE, { month: 7 });
const plan = packPlan(pack);
const sheet: SheetPlan = plan.sheets[0];

/** The plan's cells by A1 (blocks laid out). */
const grid = new Map<string, PlanCell>(
  planCells(sheet).map(({ row, col, cell }) => [a1(row, col), cell])
);

/** Every cell of an A1 range. */
function* each(range: string): Generator<string> {
  const [from, to = from] = range.split(":");
  const a = parseA1(from)!;
  const b = parseA1(to)!;
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) yield a1(r, c);
}
const formatOf = (cell: string) => {
  let found: string | undefined;
  for (const f of sheet.formats ?? [])
    if (f.numberFormat && [...each(f.range)].includes(cell)) found = f.numberFormat;
  return found;
};

describe("packPlan", () => {
  it("writes one sheet named for the month, marked as the add-in's", () => {
    expect(plan.sheets).toHaveLength(1);
    expect(sheet).toMatchObject({
      name: "LLR Pack Oct 23",
      ownerMarker: PACK_OWNER_MARKER,
      activate: true,
    });
    expect(PACK_OWNER_MARKER).toBe("pack");
  });

  it("makes every table an Excel table of its name over its header and rows", () => {
    expect(sheet.tables?.map((t) => t.name)).toEqual([...PACK_TABLE_NAMES]);
    for (const t of pack.tables) {
      const range = sheet.tables!.find((x) => x.name === t.name)!.range;
      const [from, to] = range.split(":").map((x) => parseA1(x)!);
      expect({ name: t.name, from, to }).toEqual({
        name: t.name,
        from: { row: t.at.row + 1, col: 0 },
        to: { row: t.at.row + 1 + t.rows.length, col: t.columns.length - 1 },
      });
      expect(grid.get(a1(t.at.row, 0))).toBe(t.title);
      t.columns.forEach((h, c) => expect(grid.get(a1(t.at.row + 1, c))).toBe(h));
    }
  });

  it("writes formulas with their computed values, and blank results as empty text", () => {
    let formulas = 0;
    for (const t of pack.tables) {
      t.rows.forEach((row, r) => {
        expect(grid.get(a1(t.at.row + 2 + r, 0))).toBe(row.label);
        row.cells.forEach((c, k) => {
          const written = grid.get(a1(t.at.row + 2 + r, 1 + k));
          if (c.formula === null) {
            expect(written).toBeNull();
            return;
          }
          formulas++;
          expect(written !== undefined && isFormulaCell(written)).toBe(true);
          expect(written).toEqual({ formula: c.formula, value: c.value ?? "" });
        });
      });
    }
    expect(formulas).toBeGreaterThan(250);
  });

  it("formats WTE as #,##0, money as £m with -£3.0m negatives, and percentages as 0.0%", () => {
    expect(PACK_NUMBER_FORMATS).toEqual({
      wte: "#,##0",
      gbpMillions: '£#,##0.0"m";-£#,##0.0"m"',
      percent: "0.0%",
    });
    for (const t of pack.tables) {
      t.rows.forEach((row, r) =>
        row.cells.forEach((c, k) => {
          expect({
            at: `${t.name} ${row.label} ${k}`,
            f: formatOf(a1(t.at.row + 2 + r, 1 + k)),
          }).toEqual({
            at: `${t.name} ${row.label} ${k}`,
            f: PACK_NUMBER_FORMATS[c.format],
          });
        })
      );
    }
    const growth = table(pack, "WTEVariance").rows.find((r) => r.label === "Growth (cumulative)")!;
    expect(growth.cells.every((c) => c.format === "percent")).toBe(true);
    expect(table(pack, "CostVariance").rows[0].cells.every((c) => c.format === "gbpMillions")).toBe(
      true
    );
  });

  it("gives titles a larger bold font, headers a fill, totals bold", () => {
    const t = table(pack, "CostVariance");
    const title = sheet.formats!.find((f) => f.range === a1(t.at.row, 0));
    expect(title).toMatchObject({ bold: true, fontSize: 13 });
    const header = sheet.formats!.find(
      (f) => f.range === `${a1(t.at.row + 1, 0)}:${a1(t.at.row + 1, t.columns.length - 1)}`
    );
    expect(header).toMatchObject({ bold: true, numberFormat: "@" });
    const totalRow = t.at.row + 2 + t.rows.findIndex((r) => r.label === "Total");
    expect(
      sheet.formats!.some(
        (f) => f.bold && f.range === `${a1(totalRow, 0)}:${a1(totalRow, t.columns.length - 1)}`
      )
    ).toBe(true);
    expect(sheet.columnWidths?.[0].width).toBeGreaterThanOrEqual(
      "Scientific, Therapeutic, Technical".length
    );
  });

  it("places the charts beside the tables, titled, with axis titles and exact series", () => {
    const charts = sheet.charts as readonly PackChartPlan[];
    expect(charts.map((c) => [c.kind, c.title])).toEqual([
      ["clusteredBar", "Variance to plan (WTE) by staff group and organisation, Oct 23"],
      ["line", "Combined plan vs actual (WTE)"],
      ["line", "UHL plan vs actual (WTE)"],
      ["line", "LPT plan vs actual (WTE)"],
      ["line", "Combined plan vs actual pay cost (£m)"],
      ["line", "Cumulative agency spend vs price-cap ceiling (£m)"],
    ]);
    const widest = Math.max(...pack.tables.map((t) => t.columns.length));
    const tops = charts.map((c) => parseA1(c.at)!);
    for (const [i, at] of tops.entries()) {
      expect(at.col).toBeGreaterThanOrEqual(widest);
      if (i > 0) expect(at.row).toBeGreaterThan(tops[i - 1].row);
      expect(charts[i].xAxisTitle).toBeTruthy();
      expect(charts[i].yAxisTitle).toBeTruthy();
    }
    // Each series' name cell holds its name, and its values are the table's cells for it.
    for (const c of charts) {
      for (const s of c.series) expect(grid.get(s.nameCell)).toBe(s.name);
    }
    const uhl = charts[2];
    expect(uhl.series.map((s) => s.name)).toEqual(["UHL plan", "UHL actual"]);
    const wte = table(pack, "PlanVsActualWTE");
    const uhlPlanRow = wte.at.row + 2 + 2;
    expect(uhl.series[0].values).toBe(`${a1(uhlPlanRow, 1)}:${a1(uhlPlanRow, 12)}`);
    expect(uhl.categories).toBe(`${a1(wte.at.row + 1, 1)}:${a1(wte.at.row + 1, 12)}`);
    const bar = charts[0];
    expect(bar.series.map((s) => s.name)).toEqual(["UHL", "LPT"]);
    const v = table(pack, "WTEVariance");
    expect(bar.categories).toBe(`${a1(v.at.row + 2, 0)}:${a1(v.at.row + 7, 0)}`);
    expect(bar.series[1].values).toBe(`${a1(v.at.row + 2, 4)}:${a1(v.at.row + 7, 4)}`);
    // The combined cost chart is one block under its header: dataRange is exact.
    const cost = table(pack, "PlanVsActualCost");
    expect(charts[4].dataRange).toBe(`${a1(cost.at.row + 1, 0)}:${a1(cost.at.row + 3, 12)}`);
  });

  it("is deterministic: the same pack gives the same plan", () => {
    expect(JSON.stringify(packPlan(packOf(SAMPLE, { month: 7 })))).toBe(JSON.stringify(plan));
  });
});
