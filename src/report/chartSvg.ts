/**
 * Pack charts as static SVG, drawn by Apache ECharts' server-side renderer (no DOM, no canvas),
 * for the CLI's HTML report in Node; the browser preview draws the same options
 * (src/report/chartOption.ts) with ECharts' tree-shaken core. The full `echarts` import is right
 * here: the CLI is CommonJS, and the package's CommonJS build is the full one.
 * ECharts escapes the text it puts into the SVG (series names and labels come from the workbook);
 * the report's tests check that with a hostile organisation name.
 */
import * as echarts from "echarts";
import type { PackChartData } from "./chartSeries";
import { chartOption, DEFAULT_CHART_SIZE, type ChartSize } from "./chartOption";

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
