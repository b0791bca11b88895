/**
 * packPlan: the pack as a write plan for one sheet. Tables are stacked down column A as the Pack
 * lays them out (title row, header row, data rows, a blank row), each an Excel table of its
 * name; charts stand in a column to the right of the widest table, one under another.
 *
 * Charts name their series explicitly (categories and each series' values and name cell) because
 * several plot rows or columns that are not next to each other (one organisation's plan and
 * actual, the organisation columns of the variance table). `dataRange` is the exact block when the
 * series happen to be contiguous under the header, else the block that contains them all.
 */
import { a1, a1Range } from "../../workbook/a1";
import type {
  ChartPlan,
  ChartSeriesPlan,
  PlanCell,
  RangeFormat,
  SheetPlan,
  TablePlan,
  WritePlan,
} from "../../workbook/plan";
import {
  PACK_NUMBER_FORMATS,
  type Pack,
  type PackChart,
  type PackFormat,
  type PackTable,
} from "./model";

/** The worksheet-level marker the adapters use to recognise (and replace) the pack sheet. */
export const PACK_OWNER_MARKER = "pack";

/** The pack's charts always name their categories and series exactly. */
export interface PackChartPlan extends ChartPlan {
  readonly categories: string;
  readonly series: readonly ChartSeriesPlan[];
}

const TITLE_FONT_SIZE = 13;
const HEADER_FILL = "#DCE6F1";
const TABLE_STYLE = "TableStyleLight9";
const VALUE_WIDTH = 11;
const CHART_WIDTH = 480;
const CHART_HEIGHT = 270;
/** Rows a chart takes at the default 15pt row height, plus one spare. */
const CHART_ROWS = Math.ceil(CHART_HEIGHT / 15) + 1;

const width = (t: PackTable) => t.columns.length;
const headerRow = (t: PackTable) => t.at.row + 1;
const firstRow = (t: PackTable) => t.at.row + 2;
const lastRow = (t: PackTable) => t.at.row + 1 + t.rows.length;

function tableBlock(t: PackTable): { at: string; rows: PlanCell[][] } {
  const n = width(t);
  const title: PlanCell[] = [t.title, ...new Array<PlanCell>(n - 1).fill(null)];
  const header: PlanCell[] = [...t.columns];
  const rows: PlanCell[][] = t.rows.map((row) => [
    row.label,
    ...row.cells.map((c): PlanCell =>
      c.formula !== null ? { formula: c.formula, value: c.value ?? "" } : c.value
    ),
  ]);
  return { at: a1(t.at.row, t.at.col), rows: [title, header, ...rows] };
}

/** Number formats by rectangle: runs of one format along a row, merged down while rows agree. */
function numberFormats(t: PackTable): RangeFormat[] {
  const runsOf = (cells: readonly { format: PackFormat }[]) => {
    const runs: { from: number; to: number; format: PackFormat }[] = [];
    cells.forEach((c, i) => {
      const last = runs[runs.length - 1];
      if (last && last.format === c.format && last.to === i - 1) last.to = i;
      else runs.push({ from: i, to: i, format: c.format });
    });
    return runs;
  };
  const out: RangeFormat[] = [];
  let open: { top: number; bottom: number; runs: ReturnType<typeof runsOf>; key: string } | null =
    null;
  const flush = () => {
    if (!open) return;
    for (const run of open.runs) {
      out.push({
        range: a1Range(open.top, t.at.col + 1 + run.from, open.bottom, t.at.col + 1 + run.to),
        numberFormat: PACK_NUMBER_FORMATS[run.format],
      });
    }
    open = null;
  };
  t.rows.forEach((row, i) => {
    const r = firstRow(t) + i;
    const runs = runsOf(row.cells);
    const key = runs.map((x) => `${x.from}-${x.to}-${x.format}`).join(",");
    if (open && open.key === key && open.bottom === r - 1) open.bottom = r;
    else {
      flush();
      open = { top: r, bottom: r, runs, key };
    }
  });
  flush();
  return out;
}

function tableFormats(t: PackTable): RangeFormat[] {
  const left = t.at.col;
  const right = t.at.col + width(t) - 1;
  const formats: RangeFormat[] = [
    { range: a1(t.at.row, left), bold: true, fontSize: TITLE_FONT_SIZE },
    // Text, so headers such as "Oct 23" stay labels rather than becoming dates.
    {
      range: a1Range(headerRow(t), left, headerRow(t), right),
      bold: true,
      fill: HEADER_FILL,
      numberFormat: "@",
      wrapText: true,
    },
    ...numberFormats(t),
  ];
  t.rows.forEach((row, i) => {
    if (row.role === "total")
      formats.push({ range: a1Range(firstRow(t) + i, left, firstRow(t) + i, right), bold: true });
  });
  return formats;
}

function chartPlan(chart: PackChart, t: PackTable, at: string): PackChartPlan {
  const labelCol = t.at.col;
  const colOf = (header: string) => t.at.col + t.columns.indexOf(header);
  const rowOf = (label: string) => firstRow(t) + t.rows.findIndex((r) => r.label === label);
  let categories: string;
  let series: ChartSeriesPlan[];
  let dataRange: string;
  if (chart.seriesBy === "rows") {
    const cols = chart.categories.map(colOf);
    const c1 = Math.min(...cols);
    const c2 = Math.max(...cols);
    categories = a1Range(headerRow(t), c1, headerRow(t), c2);
    const rows = chart.series.map(rowOf);
    series = chart.series.map((name, i) => ({
      name,
      nameCell: a1(rows[i], labelCol),
      values: a1Range(rows[i], c1, rows[i], c2),
    }));
    dataRange = a1Range(headerRow(t), labelCol, Math.max(...rows), c2);
  } else {
    const rows = chart.categories.map(rowOf);
    const r1 = Math.min(...rows);
    const r2 = Math.max(...rows);
    categories = a1Range(r1, labelCol, r2, labelCol);
    const cols = chart.series.map(colOf);
    series = chart.series.map((name, i) => ({
      name,
      nameCell: a1(headerRow(t), cols[i]),
      values: a1Range(r1, cols[i], r2, cols[i]),
    }));
    dataRange = a1Range(headerRow(t), labelCol, r2, Math.max(...cols));
  }
  return {
    name: chart.name,
    kind: chart.kind,
    title: chart.title,
    dataRange,
    seriesBy: chart.seriesBy,
    xAxisTitle: chart.xAxisTitle,
    yAxisTitle: chart.yAxisTitle,
    at,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    categories,
    series,
  };
}

export function packSheetPlan(pack: Pack): SheetPlan {
  const tables: TablePlan[] = pack.tables.map((t) => ({
    name: t.name,
    range: a1Range(headerRow(t), t.at.col, lastRow(t), t.at.col + width(t) - 1),
    style: TABLE_STYLE,
  }));
  const widest = Math.max(1, ...pack.tables.map(width));
  const chartCol = widest + 1;
  const charts: PackChartPlan[] = [];
  pack.charts.forEach((chart, i) => {
    const table = pack.tables.find((t) => t.name === chart.table);
    if (table) charts.push(chartPlan(chart, table, a1(i * CHART_ROWS, chartCol)));
  });
  const labelWidth = Math.min(
    40,
    Math.max(
      18,
      ...pack.tables
        .flatMap((t) => [t.columns[0].length, ...t.rows.map((r) => r.label.length)])
        .map((n) => n + 2)
    )
  );
  return {
    name: pack.sheetName,
    ownerMarker: PACK_OWNER_MARKER,
    blocks: pack.tables.map(tableBlock),
    formats: pack.tables.flatMap(tableFormats),
    columnWidths: [
      { col: 0, width: labelWidth },
      ...Array.from({ length: widest - 1 }, (_, i) => ({ col: i + 1, width: VALUE_WIDTH })),
    ],
    tables,
    charts,
    activate: true,
  };
}

/** The whole write plan: one sheet. */
export function packPlan(pack: Pack): WritePlan {
  return { sheets: [packSheetPlan(pack)] };
}
