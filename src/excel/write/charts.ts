/** A plan's chart, queued without a sync. */
import type { ChartPlan } from "../../workbook/plan";

const CHART_TYPES = {
  line: "Line",
  clusteredBar: "BarClustered",
  clusteredColumn: "ColumnClustered",
} as const;

export function addChart(sheet: Excel.Worksheet, chart: ChartPlan): void {
  const seriesBy = chart.seriesBy === "rows" ? "Rows" : "Columns";
  const named = chart.series ?? [];
  // Explicit series may be rows that are not next to each other: start the chart on the first
  // series alone, then name it and add the rest, all without reading anything back (no sync).
  const source = named.length > 0 ? named[0].values : chart.dataRange;
  const made = sheet.charts.add(CHART_TYPES[chart.kind], sheet.getRange(source), seriesBy);
  named.forEach((s, i) => {
    const series = i === 0 ? made.series.getItemAt(0) : made.series.add(s.name);
    series.name = s.name;
    if (i > 0) series.setValues(sheet.getRange(s.values));
    if (chart.categories) series.setXAxisValues(sheet.getRange(chart.categories));
  });
  made.name = chart.name;
  made.title.text = chart.title;
  made.legend.visible = true;
  made.legend.position = "Bottom";
  if (chart.xAxisTitle) made.axes.categoryAxis.title.text = chart.xAxisTitle;
  if (chart.yAxisTitle) made.axes.valueAxis.title.text = chart.yAxisTitle;
  made.setPosition(chart.at);
  made.width = chart.width;
  made.height = chart.height;
}
