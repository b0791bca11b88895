/**
 * Pack charts as static SVG, drawn by Apache ECharts' server-side renderer (no DOM, no canvas),
 * so the same code serves the CLI's HTML report in Node and, later, the browser preview.
 * ECharts escapes the text it puts into the SVG (series names and labels come from the workbook);
 * the report's tests check that with a hostile organisation name.
 */
import * as echarts from "echarts";
import { formatPackValue } from "./formatValue";
import type { PackChartData } from "./chartSeries";

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 360 };

/** Office's default palette, the colours the native Excel charts use too. */
const PALETTE = [
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#264478",
  "#9E480E",
  "#636363",
  "#997300",
];
const FONT = "Segoe UI, Helvetica, Arial, sans-serif";

/** Axis ticks: whole WTE, £m to one decimal, whole percentages. */
function axisLabel(format: PackChartData["format"]): (value: number) => string {
  if (format === "percent") return (v) => `${Math.round(v * 100)}%`;
  return (v) => formatPackValue(v, format);
}

/** The ECharts option for one pack chart: plain data, kept apart from rendering so it can be tested. */
export function chartOption(data: PackChartData): echarts.EChartsCoreOption {
  const { chart, categories, series, format } = data;
  const horizontal = chart.kind === "clusteredBar";
  const categoryAxis = {
    type: "category" as const,
    data: [...categories],
    name: chart.xAxisTitle,
    nameLocation: "middle" as const,
    nameGap: horizontal ? 150 : 30,
    nameTextStyle: { fontWeight: "bold" as const },
    // Horizontal bars read top-down in table order, as in Excel with the categories reversed.
    inverse: horizontal,
    axisLabel: {
      width: horizontal ? 130 : undefined,
      overflow: horizontal ? ("truncate" as const) : undefined,
    },
  };
  const valueAxis = {
    type: "value" as const,
    name: chart.yAxisTitle,
    nameLocation: "middle" as const,
    nameGap: horizontal ? 30 : 58,
    nameTextStyle: { fontWeight: "bold" as const },
    // Lines of large totals (23,000 WTE) would be flat from zero; Excel's automatic axis also starts near the data.
    scale: chart.kind === "line",
    axisLabel: { formatter: axisLabel(format) },
  };
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    title: { text: chart.title, left: "center", textStyle: { fontSize: 15 } },
    legend: { bottom: 4, type: "plain" },
    grid: { left: horizontal ? 160 : 72, right: 28, top: 44, bottom: 78 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) =>
      chart.kind === "line"
        ? {
            type: "line" as const,
            name: s.name,
            data: [...s.values],
            connectNulls: false,
            symbolSize: 5,
          }
        : { type: "bar" as const, name: s.name, data: [...s.values], barGap: "10%" }
    ),
  };
}

/**
 * zrender names its clip paths and classes after a process-wide instance counter ("zr7-c0"); they
 * are renamed after the chart's place on the page, so several charts inline in one page never
 * share an id and the same pack always gives the same page.
 */
function renameIds(svg: string, prefix: string): string {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  return svg.replace(
    /(id="|url\(#|class="|\.)(zr\d+-(c|cls-)\d+)/g,
    (_m, lead: string, id: string, kind: string) => {
      let name = renamed.get(id);
      if (name === undefined) {
        const n = counts.get(kind) ?? 0;
        counts.set(kind, n + 1);
        name = `${prefix}-${kind}${n}`;
        renamed.set(id, name);
      }
      return lead + name;
    }
  );
}

/** One chart as an <svg> element string; `idPrefix` must be unique on the page that holds it. */
export function renderChartSvg(
  data: PackChartData,
  size: ChartSize = DEFAULT_CHART_SIZE,
  idPrefix = "llr-chart"
): string {
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption(chartOption(data));
    return renameIds(chart.renderToSVGString(), idPrefix);
  } finally {
    chart.dispose();
  }
}
