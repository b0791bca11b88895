/** Charts: added over a range, their series, titles, legend and axis titles. */
import { a1Range } from "../../../../src/workbook/a1";
import { officeError } from "../errors";
import type { ClassDef } from "../classDef";
import {
  rectText,
  type ChartModel,
  type RangeTarget,
  type SeriesModel,
  type SheetModel,
} from "../model";
import { rw } from "./helpers";

interface AxisTarget {
  readonly chart: ChartModel;
  readonly which: "category" | "value";
}

/** One series per row (or column) of the source, as Excel starts a chart. */
function seriesOf(source: RangeTarget, seriesBy: string): SeriesModel[] {
  const { top, left, bottom, right } = source.rect;
  const byColumns = seriesBy === "Columns";
  const count = byColumns ? right - left + 1 : bottom - top + 1;
  return Array.from({ length: count }, (_, i) => ({
    name: "",
    values: byColumns
      ? a1Range(top, left + i, bottom, left + i)
      : a1Range(top + i, left, top + i, right),
    xValues: null,
  }));
}

const text = <T>(get: (t: T) => unknown, set: (t: T, v: any) => void) => rw("1.1", get, set);

export const chartClasses: Record<string, ClassDef> = {
  ChartCollection: {
    name: "ChartCollection",
    methods: {
      add: {
        api: "1.1",
        returns: "Chart",
        run: (sheet: SheetModel, [type, source, seriesBy]) => {
          const range = source as RangeTarget;
          if (range.sheet !== sheet)
            throw officeError("InvalidArgument", "The chart's source is on another sheet.");
          const chart: ChartModel = {
            name: `Chart ${sheet.charts.length + 1}`,
            type: String(type),
            source: rectText(range),
            seriesBy: String(seriesBy),
            series: seriesOf(range, String(seriesBy)),
            title: null,
            legend: {},
            axisTitles: {},
          };
          sheet.charts.push(chart);
          return chart;
        },
      },
    },
  },
  Chart: {
    name: "Chart",
    alive: (c: ChartModel, rt) => rt.model.sheets.some((s) => s.charts.includes(c)),
    props: {
      name: text(
        (c: ChartModel) => c.name,
        (c: ChartModel, v) => (c.name = String(v))
      ),
      width: text(
        (c: ChartModel) => c.width,
        (c: ChartModel, v) => (c.width = Number(v))
      ),
      height: text(
        (c: ChartModel) => c.height,
        (c: ChartModel, v) => (c.height = Number(v))
      ),
    },
    nav: {
      series: { api: "1.1", cls: "ChartSeriesCollection", get: (c: ChartModel) => c },
      title: { api: "1.1", cls: "ChartTitle", get: (c: ChartModel) => c },
      legend: { api: "1.1", cls: "ChartLegend", get: (c: ChartModel) => c },
      axes: { api: "1.1", cls: "ChartAxes", get: (c: ChartModel) => c },
    },
    methods: {
      setPosition: {
        api: "1.1",
        run: (c: ChartModel, [at]) => {
          c.at = typeof at === "string" ? at : rectText(at as RangeTarget);
        },
      },
    },
  },
  ChartSeriesCollection: {
    name: "ChartSeriesCollection",
    collection: { itemClass: "ChartSeries", items: (c: ChartModel) => [...c.series] },
    methods: {
      getItemAt: {
        api: "1.1",
        returns: "ChartSeries",
        run: (c: ChartModel, [i]) => {
          const s = c.series[Number(i)];
          if (!s) throw officeError("InvalidArgument", `The chart has no series ${i}.`);
          return s;
        },
      },
      add: {
        api: "1.7",
        returns: "ChartSeries",
        run: (c: ChartModel, [name]) => {
          const s: SeriesModel = {
            name: name === undefined ? "" : String(name),
            values: null,
            xValues: null,
          };
          c.series.push(s);
          return s;
        },
      },
    },
  },
  ChartSeries: {
    name: "ChartSeries",
    props: {
      name: text(
        (s: SeriesModel) => s.name,
        (s: SeriesModel, v) => (s.name = String(v))
      ),
    },
    methods: {
      setValues: {
        api: "1.7",
        run: (s: SeriesModel, [range]) => {
          s.values = rectText(range as RangeTarget);
        },
      },
      setXAxisValues: {
        api: "1.7",
        run: (s: SeriesModel, [range]) => {
          s.xValues = rectText(range as RangeTarget);
        },
      },
    },
  },
  ChartTitle: {
    name: "ChartTitle",
    props: {
      text: text(
        (c: ChartModel) => c.title,
        (c: ChartModel, v) => (c.title = String(v))
      ),
    },
  },
  ChartLegend: {
    name: "ChartLegend",
    props: {
      visible: text(
        (c: ChartModel) => c.legend.visible,
        (c: ChartModel, v) => (c.legend.visible = Boolean(v))
      ),
      position: text(
        (c: ChartModel) => c.legend.position,
        (c: ChartModel, v) => (c.legend.position = String(v))
      ),
    },
  },
  ChartAxes: {
    name: "ChartAxes",
    nav: {
      categoryAxis: {
        api: "1.1",
        cls: "ChartAxis",
        get: (c: ChartModel): AxisTarget => ({ chart: c, which: "category" }),
      },
      valueAxis: {
        api: "1.1",
        cls: "ChartAxis",
        get: (c: ChartModel): AxisTarget => ({ chart: c, which: "value" }),
      },
    },
  },
  ChartAxis: {
    name: "ChartAxis",
    nav: { title: { api: "1.1", cls: "ChartAxisTitle", get: (a: AxisTarget) => a } },
  },
  ChartAxisTitle: {
    name: "ChartAxisTitle",
    props: {
      text: text(
        (a: AxisTarget) => a.chart.axisTitles[a.which],
        (a: AxisTarget, v) => (a.chart.axisTitles[a.which] = String(v))
      ),
    },
  },
};
