import {
  finiteValues,
  labelIndexes,
  linePath,
  niceStep,
  niceTicks,
  tickDecimals,
  xAt,
  yAt,
  type Frame,
} from "../../src/taskpane/components/FindingChart/chartGeometry";

describe("chart geometry", () => {
  it.each([
    [0.7, 0.5],
    [1, 1],
    [1.6, 2],
    [2.4, 2.5],
    [4, 5],
    [8, 10],
    [130, 100],
    [0.031, 0.025],
    [0, 1],
    [Number.NaN, 1],
  ])("niceStep(%p) = %p", (raw, step) => {
    expect(niceStep(raw)).toBeCloseTo(step, 10);
  });

  it.each([
    [3102.21, 4818.47, [3000, 3500, 4000, 4500, 5000]],
    [1260.92, 1300.6, [1260, 1270, 1280, 1290, 1300, 1310]],
    [-25, 360, [-100, 0, 100, 200, 300, 400]],
    [0.1, 0.3, [0.1, 0.15, 0.2, 0.25, 0.3]],
    // A flat series gets a band around its value.
    [50, 50, [46, 48, 50, 52, 54]],
    [0, 0, [-1, -0.5, 0, 0.5, 1]],
  ])("niceTicks(%p, %p) covers the values with round steps", (min, max, ticks) => {
    const got = niceTicks(min, max);
    expect(got).toEqual(ticks);
    expect(got[0]).toBeLessThanOrEqual(min);
    expect(got[got.length - 1]).toBeGreaterThanOrEqual(max);
  });

  it("labels need decimals only for steps below one", () => {
    expect(tickDecimals([3000, 3500])).toBe(0);
    expect(tickDecimals([0.1, 0.2])).toBe(1);
    expect(tickDecimals([0.05, 0.1])).toBe(2);
    expect(tickDecimals([7])).toBe(0);
  });

  const frame: Frame = { width: 110, height: 60, left: 10, right: 0, top: 10, bottom: 0 };

  it("spreads points across the plot and maps the tick range to its height", () => {
    expect([0, 1, 2].map((i) => xAt(frame, i, 3))).toEqual([10, 60, 110]);
    expect(xAt(frame, 0, 1)).toBe(60);
    expect(yAt(frame, 0, 0, 100)).toBe(60);
    expect(yAt(frame, 100, 0, 100)).toBe(10);
    expect(yAt(frame, 5, 5, 5)).toBe(35);
  });

  it("draws a path that lifts the pen over blank months", () => {
    const x = (i: number) => i * 10;
    const y = (v: number) => 100 - v;
    expect(linePath([1, 2, null, 4, 5.55], x, y)).toBe("M0 99 L10 98 M30 96 L40 94.5");
    expect(linePath([null, null], x, y)).toBe("");
  });

  it("keeps only finite numbers", () => {
    expect(
      finiteValues([
        [1, null, 2],
        [Number.NaN, 3],
      ])
    ).toEqual([1, 2, 3]);
  });

  it("labels every month when few, else every other one ending on the last", () => {
    expect(labelIndexes(7, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(labelIndexes(12, 7)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(labelIndexes(9, 7)).toEqual([0, 2, 4, 6, 8]);
  });
});
