/**
 * The ECharts option for a pack chart: plain data, shared by the CLI's HTML report (full ECharts
 * in Node, src/report/chartSvg.ts) and the browser preview (ECharts' tree-shakable core with
 * just the charts and components registered, src/preview/packChartImages.ts). Only types come
 * from ECharts here, so importing this module loads no ECharts code in either place.
 */
import type { EChartsCoreOption } from "echarts/core";
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
export function chartOption(data: PackChartData): EChartsCoreOption {
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
