/** The pack as a self-contained HTML page, with its charts as SVG (ECharts server-side rendering). */
export { renderPackReport, tableHtml, type PackReportOptions } from "./packReport";
export { renderChartSvg } from "./chartSvg";
export { chartOption, DEFAULT_CHART_SIZE, type ChartSize } from "./chartOption";
export { packChartData, type PackChartData } from "./chartSeries";
export { escapeHtml } from "./escapeHtml";
export { formatPackValue } from "./formatValue";
