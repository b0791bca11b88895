/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import FindingChart, { chartPanels } from "../../src/taskpane/components/FindingChart/FindingChart";
import { findingSeries, reconcileParsed, type Finding } from "../../src/domain/reconcile";
import { parseTemplate } from "../../src/domain/template/parse";
import { formatNumber } from "../../src/domain/validation/format";
import { renderInFluent } from "./support/render";
import { sample } from "./support/packHost";

const parsed = parseTemplate(sample);
const result = reconcileParsed(parsed);
const recoding = result.findings.find((f) => f.code === "RECODING_SHIFT")!;
const direction = result.findings.find((f) => f.code === "COST_WTE_DIRECTION")!;

function seriesOf(f: Finding) {
  const s = findingSeries(parsed, f);
  if (!s) throw new Error(`no series for ${f.code}`);
  return s;
}

/** The screen-reader table of a chart: header row then one row per month. */
function tableOf(figure: HTMLElement): string[][] {
  return [...figure.querySelectorAll("table tr")].map((tr) =>
    [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "")
  );
}

describe("FindingChart", () => {
  it("a recoding: the two groups' WTE and pay by month, the finding's month marked", () => {
    const series = seriesOf(recoding);
    renderInFluent(<FindingChart finding={recoding} series={series} />);
    const [from, to] = recoding.groups as [string, string];
    const figures = screen.getAllByRole("figure");
    expect(figures.map((f) => f.getAttribute("data-chart"))).toEqual(["wte", "pay"]);
    for (const [figure, side] of [
      [figures[0], "pwr"],
      [figures[1], "pfr"],
    ] as const) {
      const lines = series.lines.filter((l) => l.side === side);
      expect(tableOf(figure)).toEqual([
        ["Month", from, to],
        ...series.labels.map((label, i) => [
          label,
          ...lines.map((l) => (l.values[i] === null ? "blank" : formatNumber(l.values[i]!, 1))),
        ]),
      ]);
      expect(
        [...figure.querySelectorAll("[data-line]")].map((g) => g.getAttribute("data-line"))
      ).toEqual([from, to]);
      // One point per month that has a figure.
      expect(figure.querySelectorAll("circle")).toHaveLength(
        lines.flatMap((l) => l.values.filter((v) => v !== null)).length
      );
      const mark = figure.querySelector("[data-mark]");
      expect(mark?.getAttribute("data-mark")).toBe(
        series.labels[series.months.indexOf(recoding.month!)]
      );
    }
    const svg = within(figures[0]).getByRole("img");
    expect(svg.getAttribute("aria-label")).toMatch(
      new RegExp(
        `^WTE on the PWR: ${from} .* in ${series.labels[0]} to .* in ${series.labels[series.labels.length - 1]}; ${to} `
      )
    );
  });

  it("one group against plan: Actual solid with points, Plan dashed without", () => {
    renderInFluent(<FindingChart finding={direction} series={seriesOf(direction)} />);
    const wte = screen.getAllByRole("figure")[0];
    expect(
      [...wte.querySelectorAll("[data-line]")].map((g) => g.getAttribute("data-line"))
    ).toEqual(["Actual", "Plan"]);
    const [actual, plan] = [...wte.querySelectorAll("[data-line]")];
    expect(actual.querySelectorAll("circle").length).toBeGreaterThan(0);
    expect(plan.querySelectorAll("circle")).toHaveLength(0);
  });

  it("draws nothing for lines without figures", () => {
    const series = seriesOf(recoding);
    const blank = {
      ...series,
      lines: series.lines.map((l) => ({ ...l, values: l.values.map(() => null) })),
    };
    expect(chartPanels(recoding, blank)).toEqual([]);
    const { container } = renderInFluent(<FindingChart finding={recoding} series={blank} />);
    expect(container.querySelector("svg")).toBeNull();
  });
});
