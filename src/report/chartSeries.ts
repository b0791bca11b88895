/** A pack chart's numbers, picked from its table by the row labels and column headers it names. */
import type { Pack, PackChart, PackFormat, PackTable } from "../domain/pack/model";

export interface ChartSeriesValues {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface PackChartData {
  readonly chart: PackChart;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesValues[];
  readonly format: PackFormat;
}

function cellValue(
  table: PackTable,
  rowLabel: string,
  column: string
): { value: number | null; format: PackFormat } | null {
  const row = table.rows.find((r) => r.label === rowLabel);
  const col = table.columns.indexOf(column);
  if (!row || col < 1) return null;
  const cell = row.cells[col - 1];
  return cell ? { value: cell.value, format: cell.format } : null;
}

/** Null when the chart's table is not in the pack (left out because its source sheet is absent). */
export function packChartData(pack: Pack, chart: PackChart): PackChartData | null {
  const table = pack.tables.find((t) => t.name === chart.table);
  if (!table) return null;
  const formats: PackFormat[] = [];
  const pick = (seriesName: string, category: string) => {
    const hit =
      chart.seriesBy === "rows"
        ? cellValue(table, seriesName, category)
        : cellValue(table, category, seriesName);
    if (hit) formats.push(hit.format);
    return hit?.value ?? null;
  };
  const series = chart.series.map((name) => ({
    name,
    values: chart.categories.map((c) => pick(name, c)),
  }));
  return { chart, categories: chart.categories, series, format: formats[0] ?? "wte" };
}
