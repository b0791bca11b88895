/**
 * The arithmetic of the Coding tab's small line charts, apart from React so it is tested on its
 * own: round axis ticks, the scales, and SVG path data that breaks where a month is blank.
 */

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** 1, 2, 2.5 or 5 times a power of ten: the round step nearest to `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const fraction = raw / power;
  const nice =
    fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7.5 ? 5 : 10;
  return nice * power;
}

/**
 * Round ticks covering [min, max] in about `count` steps. A flat series gets a small band
 * around its value so its line sits in the middle rather than on an edge.
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = Math.abs(min) * 0.05 || 1;
    min -= pad;
    max += pad;
  }
  const step = niceStep((max - min) / Math.max(1, count - 1));
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 shows as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toFixed(digits)));
  return ticks;
}

/** Decimals a tick label needs for this step. */
export function tickDecimals(ticks: readonly number[]): number {
  if (ticks.length < 2) return 0;
  const step = Math.abs(ticks[1] - ticks[0]);
  if (step >= 1) return 0;
  return Math.min(3, Math.ceil(-Math.log10(step)));
}

export function finiteValues(series: readonly (readonly (number | null)[])[]): number[] {
  return series.flat().filter((v): v is number => typeof v === "number" && Number.isFinite(v));
}

/** x of the i-th of n points, spread across the plot. */
export function xAt(frame: Frame, i: number, n: number): number {
  const plot = frame.width - frame.left - frame.right;
  return n <= 1 ? frame.left + plot / 2 : frame.left + (plot * i) / (n - 1);
}

/** y of a value within the ticks' range. */
export function yAt(frame: Frame, value: number, lo: number, hi: number): number {
  const plot = frame.height - frame.top - frame.bottom;
  return hi === lo ? frame.top + plot / 2 : frame.top + plot * (1 - (value - lo) / (hi - lo));
}

/** "M x y L x y ..." with a new "M" after each blank month, rounded to 0.1 px. */
export function linePath(
  values: readonly (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number
): string {
  const parts: string[] = [];
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    parts.push(`${pen ? "L" : "M"}${round(x(i))} ${round(y(v))}`);
    pen = true;
  });
  return parts.join(" ");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Which month labels fit: all when few, else every other (always the last). */
export function labelIndexes(n: number, maxLabels: number): number[] {
  if (n <= maxLabels) return Array.from({ length: n }, (_, i) => i);
  const every = Math.ceil(n / maxLabels);
  const out: number[] = [];
  for (let i = (n - 1) % every; i < n; i += every) out.push(i);
  return out;
}
