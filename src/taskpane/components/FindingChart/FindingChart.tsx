/**
 * The figures behind an aggregate finding, month by month: WTE on the PWR and pay on the PFR
 * for its two groups (or for its one group against plan), as two small line charts. Plain SVG
 * drawn by React (text stays text), loaded in its own chunk when a finding is first opened.
 * Screen readers get a summary per chart and a table of the figures.
 */
import { useId } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, FindingSeries, SeriesLine } from "../../../domain/reconcile";
import { formatNumber } from "../../../domain/validation/format";
import {
  finiteValues,
  labelIndexes,
  linePath,
  niceTicks,
  tickDecimals,
  xAt,
  yAt,
  type Frame,
} from "./chartGeometry";

export interface FindingChartProps {
  readonly finding: Finding;
  readonly series: FindingSeries;
}

type Tone = "from" | "to" | "plan";

interface PanelLine {
  readonly label: string;
  readonly tone: Tone;
  readonly values: readonly (number | null)[];
}

interface Panel {
  readonly id: "wte" | "pay";
  readonly title: string;
  readonly unit: string;
  readonly lines: readonly PanelLine[];
}

const FRAME: Frame = { width: 360, height: 150, left: 46, right: 10, top: 16, bottom: 22 };

const useStyles = makeStyles({
  charts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  figure: { margin: 0, minWidth: 0 },
  caption: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible" },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: "10px" },
  markText: { fill: tokens.colorNeutralForeground2, fontSize: "10px", fontWeight: 600 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  mark: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, strokeDasharray: "3 3" },
  line: { fill: "none", strokeWidth: 2, strokeLinejoin: "round", strokeLinecap: "round" },
  from: { stroke: tokens.colorBrandForeground1, fill: tokens.colorBrandForeground1 },
  to: {
    stroke: tokens.colorPaletteDarkOrangeForeground1,
    fill: tokens.colorPaletteDarkOrangeForeground1,
  },
  plan: {
    stroke: tokens.colorNeutralForeground3,
    fill: tokens.colorNeutralForeground3,
    strokeDasharray: "5 4",
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  legendItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "14px", height: "3px", display: "inline-block" },
  swatchFrom: { backgroundColor: tokens.colorBrandForeground1 },
  swatchTo: { backgroundColor: tokens.colorPaletteDarkOrangeForeground1 },
  swatchPlan: {
    backgroundImage: `linear-gradient(to right, ${tokens.colorNeutralForeground3} 60%, transparent 60%)`,
    backgroundSize: "6px 3px",
  },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** The finding's lines, split into the PWR's WTE and the PFR's pay. */
export function chartPanels(finding: Finding, series: FindingSeries): Panel[] {
  const [from, to] = finding.groups;
  const twoGroups = from !== null && to !== null && from !== to;
  const toPanelLine = (line: SeriesLine): PanelLine => ({
    label: twoGroups ? line.group : line.measure === "Plan" ? "Plan" : "Actual",
    tone: twoGroups
      ? line.group === from
        ? "from"
        : "to"
      : line.measure === "Plan"
        ? "plan"
        : "from",
    values: line.values,
  });
  const panels: Panel[] = [
    { id: "wte", title: "WTE on the PWR", unit: "WTE", lines: [] },
    { id: "pay", title: "Pay on the PFR (£000 a month)", unit: "£000", lines: [] },
  ];
  for (const line of series.lines) {
    const panel = panels[line.side === "pwr" ? 0 : 1];
    (panel.lines as PanelLine[]).push(toPanelLine(line));
  }
  return panels.filter((p) => p.lines.some((l) => l.values.some((v) => v !== null)));
}

function valueText(v: number | null, decimals: number): string {
  return v === null ? "blank" : formatNumber(v, decimals);
}

/** "Clinical Support 3,181.8 in Apr 23 to 3,183.4 in Oct 23; ..." */
function summary(panel: Panel, labels: readonly string[], decimals: number): string {
  const parts = panel.lines.map((line) => {
    const first = line.values.findIndex((v) => v !== null);
    let last = -1;
    line.values.forEach((v, i) => {
      if (v !== null) last = i;
    });
    if (first < 0) return `${line.label}: no figures`;
    return `${line.label} ${valueText(line.values[first], decimals)} in ${labels[first]} to ${valueText(line.values[last], decimals)} in ${labels[last]}`;
  });
  return `${panel.title}: ${parts.join("; ")}.`;
}

function ChartPanel({
  panel,
  labels,
  markIndex,
}: {
  readonly panel: Panel;
  readonly labels: readonly string[];
  readonly markIndex: number;
}) {
  const styles = useStyles();
  const captionId = useId();
  const values = finiteValues(panel.lines.map((l) => l.values));
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const decimals = tickDecimals(ticks);
  const n = labels.length;
  const x = (i: number) => xAt(FRAME, i, n);
  const y = (v: number) => yAt(FRAME, v, lo, hi);
  const tone: Record<Tone, string> = { from: styles.from, to: styles.to, plan: styles.plan };
  const swatch: Record<Tone, string> = {
    from: styles.swatchFrom,
    to: styles.swatchTo,
    plan: styles.swatchPlan,
  };
  const tableDecimals = 1;
  const markX = markIndex >= 0 ? x(markIndex) : null;
  return (
    <figure className={styles.figure} aria-labelledby={captionId} data-chart={panel.id}>
      <figcaption id={captionId} className={styles.caption}>
        {panel.title}
      </figcaption>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-label={summary(panel, labels, tableDecimals)}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line
              className={styles.grid}
              x1={FRAME.left}
              x2={FRAME.width - FRAME.right}
              y1={y(t)}
              y2={y(t)}
            />
            <text
              className={styles.axisText}
              x={FRAME.left - 4}
              y={y(t)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {formatNumber(t, decimals)}
            </text>
          </g>
        ))}
        {labelIndexes(n, 7).map((i) => (
          <text
            key={i}
            className={styles.axisText}
            x={x(i)}
            y={FRAME.height - 6}
            textAnchor={n > 1 && i === n - 1 ? "end" : n > 1 && i === 0 ? "start" : "middle"}
          >
            {labels[i]}
          </text>
        ))}
        {markX !== null ? (
          <g data-mark={labels[markIndex]}>
            <line
              className={styles.mark}
              x1={markX}
              x2={markX}
              y1={FRAME.top - 4}
              y2={FRAME.height - FRAME.bottom}
            />
            <text
              className={styles.markText}
              x={markX}
              y={FRAME.top - 6}
              textAnchor={markIndex === n - 1 && n > 1 ? "end" : "middle"}
            >
              {labels[markIndex]}
            </text>
          </g>
        ) : null}
        {panel.lines.map((line) => (
          <g key={`${line.label}-${line.tone}`} className={tone[line.tone]} data-line={line.label}>
            {/* Stroke, dashes and the dots' fill come from the group's tone. */}
            <path className={styles.line} d={linePath(line.values, x, y)} />
            {line.tone !== "plan"
              ? line.values.map((v, i) =>
                  v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2.5} />
                )
              : null}
          </g>
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden>
        {panel.lines.map((line) => (
          <li key={`${line.label}-${line.tone}`} className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, swatch[line.tone])} />
            {line.label}
          </li>
        ))}
      </ul>
      <table className={styles.hidden}>
        <caption>{panel.title} by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {panel.lines.map((line) => (
              <th key={`${line.label}-${line.tone}`} scope="col">
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {panel.lines.map((line) => (
                <td key={`${line.label}-${line.tone}`}>
                  {valueText(line.values[i], tableDecimals)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export default function FindingChart({ finding, series }: FindingChartProps) {
  const styles = useStyles();
  const panels = chartPanels(finding, series);
  if (panels.length === 0) return null;
  const markIndex = finding.month === null ? -1 : series.months.indexOf(finding.month);
  return (
    <div className={styles.charts} data-testid="finding-chart">
      {panels.map((panel) => (
        <ChartPanel key={panel.id} panel={panel} labels={series.labels} markIndex={markIndex} />
      ))}
    </div>
  );
}
