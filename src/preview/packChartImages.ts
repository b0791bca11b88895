/**
 * The pack's charts for the browser preview, drawn by the HTML report's renderer (ECharts, the
 * same options as the CLI's report) and handed over as SVG images: an <img> with a data: URL
 * cannot run script, so no markup from the workbook ever reaches the page's DOM.
 *
 * ECharts is large; this module is only ever imported lazily, so it loads in its own chunk after
 * "Create pack" and never with the first screen. It takes ECharts' tree-shakable core with only
 * what the pack's charts draw: a fraction of the full build, and without the GeoJSON map loader
 * and its `new Function`, which the page's CSP would refuse anyway.
 */
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { Pack, PackChart } from "../domain/pack/model";
import { packChartData, type PackChartData } from "../report/chartSeries";
import { chartOption, type ChartSize } from "../report/chartOption";

// Every series type and option component chartOption uses, and the SVG renderer for `ssr`: a part
// left out is silently not drawn (test/taskpane/packChartImages.test.ts compares with full ECharts).
echarts.use([LineChart, BarChart, TitleComponent, LegendComponent, GridComponent, SVGRenderer]);

export interface PackChartImage {
  readonly name: string;
  readonly title: string;
  /** The table the chart plots. */
  readonly table: string;
  /** What the chart shows, for screen readers (the figures themselves are in the table). */
  readonly description: string;
  /** data:image/svg+xml URL. */
  readonly src: string;
  readonly width: number;
  readonly height: number;
}

/** Fits the task pane: about 400 px wide, scaled down with the page. */
export const PANE_CHART_SIZE: ChartSize = { width: 400, height: 280 };

/** The pane shows each title as a heading above the image, where it can wrap. */
function paneOption(data: PackChartData): echarts.EChartsCoreOption {
  const option = chartOption(data);
  const horizontal = data.chart.kind === "clusteredBar";
  return {
    ...option,
    title: { show: false },
    grid: { left: horizontal ? 150 : 64, right: 16, top: 16, bottom: 64 },
  };
}

export function chartDescription(chart: PackChart): string {
  const kind = chart.kind === "line" ? "Line chart" : "Bar chart";
  return `${kind} of ${chart.series.join(", ")} by ${chart.xAxisTitle.toLowerCase()} (${chart.yAxisTitle}); the figures are in table ${chart.table}.`;
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function renderPaneChartSvg(data: PackChartData, size: ChartSize = PANE_CHART_SIZE): string {
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption(paneOption(data));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Every chart whose table is in the pack, in the pack's order. */
export function packChartImages(pack: Pack, size: ChartSize = PANE_CHART_SIZE): PackChartImage[] {
  const images: PackChartImage[] = [];
  for (const chart of pack.charts) {
    const data = packChartData(pack, chart);
    if (!data) continue;
    images.push({
      name: chart.name,
      title: chart.title,
      table: chart.table,
      description: chartDescription(chart),
      src: svgDataUrl(renderPaneChartSvg(data, size)),
      width: size.width,
      height: size.height,
    });
  }
  return images;
}
