/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { buildPack } from "../../src/domain/pack/build";
import { packPlan } from "../../src/domain/pack/plan";
import type { Pack, PackTable } from "../../src/domain/pack/model";
import { formatPackValue } from "../../src/report/formatValue";
import { PackPreview } from "../../src/taskpane/components/PackPreview/PackPreview";
import SheetViewer from "../../src/preview/components/SheetViewer/SheetViewer";
import { createPreviewHost } from "../../src/preview/previewHost";
import type { PackChartImage } from "../../src/preview/packChartImages";
import { a1 } from "../../src/workbook/a1";
import { sample } from "./support/packHost";
import { renderInFluent } from "./support/render";

const built = buildPack(sample, { month: 7 });
if (!built.ok) throw new Error(built.error.message);
const pack = built.value;

const noCharts = (): PackChartImage[] => [];

function renderedRows(table: HTMLElement): string[][] {
  return [...table.querySelectorAll("tr")].map((tr) =>
    [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "")
  );
}

function expectedRows(t: PackTable): string[][] {
  return [
    [...t.columns],
    ...t.rows.map((r) => [r.label, ...r.cells.map((c) => formatPackValue(c.value, c.format))]),
  ];
}

describe("the pack in the page (preview)", () => {
  it.each(pack.tables.map((t) => [t.name, t] as const))(
    "%s: caption, headers with scope and every figure in the Excel format",
    (_, t) => {
      // Charts are tested below; without them nothing loads lazily here.
      renderInFluent(
        <PackPreview
          pack={{ ...pack, charts: [] }}
          sheet={pack.sheetName}
          renderCharts={noCharts}
        />
      );
      const table = screen.getByRole("table", { name: t.title });
      expect(table.querySelector("caption")?.textContent).toBe(t.title);
      expect(renderedRows(table)).toEqual(expectedRows(t));
      const heads = [...table.querySelectorAll("thead th")];
      expect(heads.map((h) => h.getAttribute("scope"))).toEqual(t.columns.map(() => "col"));
      const rowHeads = within(table).getAllByRole("rowheader");
      expect(rowHeads.map((h) => h.textContent)).toEqual(t.rows.map((r) => r.label));
      expect(rowHeads.every((h) => h.getAttribute("scope") === "row")).toBe(true);
    }
  );

  it.each([
    ["wte", -36.4, "-36"],
    ["wte", 1234.5, "1,235"],
    ["gbpMillions", -2.96, "-£3.0m"],
    ["gbpMillions", 28.1, "£28.1m"],
    ["percent", 0.0712, "7.1%"],
    ["percent", -0.0004, "0.0%"],
  ] as const)("%s %p shows as %p", (format, value, text) => {
    const table: PackTable = {
      name: "WTEVariance",
      title: "One cell",
      columns: ["Staff group", "Total"],
      rows: [{ label: "Row", role: "group", cells: [{ value, formula: null, format }] }],
      sources: [],
      at: { row: 0, col: 0 },
    };
    renderInFluent(
      <PackPreview
        pack={{ ...pack, tables: [table], charts: [] }}
        sheet="S"
        renderCharts={noCharts}
      />
    );
    expect(screen.getByRole("cell").textContent).toBe(text);
  });

  it("shows workbook text as text, never as markup", () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const table: PackTable = {
      ...pack.tables[0],
      title: hostile,
      columns: ["Staff group", hostile],
      rows: [
        { label: hostile, role: "group", cells: [{ value: 1, formula: null, format: "wte" }] },
      ],
    };
    const { container } = renderInFluent(
      <PackPreview
        pack={{ ...pack, tables: [table], charts: [] }}
        sheet={hostile}
        renderCharts={noCharts}
      />
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getAllByText(hostile).length).toBeGreaterThanOrEqual(3);
  });

  it("shows each chart as an image with a description, after the tables", async () => {
    const render = (p: Pack): PackChartImage[] =>
      p.charts.map((c) => ({
        name: c.name,
        title: c.title,
        table: c.table,
        description: `About ${c.name}`,
        src: "data:image/svg+xml,%3Csvg%2F%3E",
        width: 400,
        height: 280,
      }));
    renderInFluent(<PackPreview pack={pack} sheet={pack.sheetName} renderCharts={render} />);
    const figures = await screen.findAllByRole("figure");
    expect(figures.map((f) => f.getAttribute("data-chart"))).toEqual(
      pack.charts.map((c) => c.name)
    );
    expect(figures.map((f) => f.querySelector("figcaption")?.textContent)).toEqual(
      pack.charts.map((c) => c.title)
    );
    expect(figures.map((f) => within(f).getByRole("img").getAttribute("alt"))).toEqual(
      pack.charts.map((c) => `About ${c.name}`)
    );
  });
});

describe("the sheet viewer on the pack sheet", () => {
  it("shows the written pack sheet with its figures in the pack's formats", async () => {
    const host = createPreviewHost({ workbook: "sample", open: () => sample });
    renderInFluent(<SheetViewer host={host} />);
    const plan = packPlan(pack);
    await act(() => host.applyPlan(plan).then(() => undefined));
    expect(screen.getByRole("tab", { name: pack.sheetName }).getAttribute("aria-selected")).toBe(
      "true"
    );
    const cost = pack.tables.find((t) => t.name === "CostVariance")!;
    const range = plan.sheets[0].tables!.find((t) => t.name === "CostVariance")!.range;
    await act(() => host.select(pack.sheetName, range));
    const grid = screen.getByTestId("preview-grid");
    // First data row of the table: label, Plan, Total (in month) ...
    const row = cost.at.row + 2;
    const cell = (col: number) =>
      grid.querySelector(`[data-address="${a1(row, col)}"]`)?.textContent;
    expect(cell(0)).toBe(cost.rows[0].label);
    expect([cell(1), cell(2), cell(3)]).toEqual(
      cost.rows[0].cells.slice(0, 3).map((c) => formatPackValue(c.value, c.format))
    );
  });
});
