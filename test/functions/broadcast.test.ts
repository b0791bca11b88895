import { asMatrix, broadcastShape, elementAt, positionLabel } from "../../src/functions/broadcast";
import { growth, turnover, variance } from "../../src/functions/functions";
import { showAll } from "./excelCells";

describe("asMatrix", () => {
  it.each([
    [5, [[5]]],
    [null, [[null]]],
    [[[1, 2]], [[1, 2]]],
    [[1, 2], [[1, 2]]], // a 1-D array is one row
  ])("%p -> %p", (input, expected) => {
    expect(asMatrix(input)).toEqual(expected);
  });

  it.each([[[]], [[[]]], [[[1, 2], [3]]], [[[1], 2]]])(
    "refuses empty, ragged or mixed %p",
    (input) => {
      expect(asMatrix(input)).toBeUndefined();
    }
  );
});

describe("broadcastShape", () => {
  const arg = (name: string, rows: number, cols: number) => ({
    name,
    matrix: Array.from({ length: rows }, () => Array(cols).fill(0)),
  });

  it.each([
    [[1, 1], [3, 2], { rows: 3, cols: 2 }], // single value repeats
    [[3, 2], [3, 2], { rows: 3, cols: 2 }],
    [[1, 2], [3, 2], { rows: 3, cols: 2 }], // a row repeats down a matrix
    [[3, 1], [3, 2], { rows: 3, cols: 2 }], // a column repeats across
    [[3, 1], [1, 4], { rows: 3, cols: 4 }], // column x row gives a grid, as in Excel
  ])("%p with %p -> %p", ([r1, c1], [r2, c2], expected) => {
    expect(broadcastShape([arg("a", r1, c1), arg("b", r2, c2)])).toEqual({
      ok: true,
      value: expected,
    });
  });

  it.each([
    [
      [3, 1],
      [2, 1],
    ],
    [
      [1, 3],
      [1, 2],
    ],
    [
      [2, 2],
      [3, 3],
    ],
  ])("%p with %p cannot line up", ([r1, c1], [r2, c2]) => {
    const result = broadcastShape([arg("a", r1, c1), arg("b", r2, c2)]);
    expect(result.ok).toBe(false);
  });

  it("repeats size-1 dimensions when picking elements, and labels positions by the argument's own shape", () => {
    const column = [[1], [2], [3]];
    expect(elementAt(column, 2, 5)).toBe(3);
    expect(elementAt([[7]], 4, 4)).toBe(7);
    expect(positionLabel(column, 1, 3)).toBe(" (row 2)");
    expect(positionLabel([[7]], 1, 1)).toBe("");
  });
});

describe("broadcasting through the functions", () => {
  it("a single plan against a whole range of actuals", () => {
    expect(
      showAll(
        variance(
          [
            [1, 2],
            [3, 4],
          ],
          [[1]]
        )
      )
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("plain values (not wrapped in arrays) work as single cells", () => {
    expect(showAll(variance(5 as unknown as any[][], 3 as unknown as any[][]))).toEqual([[2]]);
  });

  it("a row of bases against a column of currents gives a grid", () => {
    expect(showAll(growth([[110], [120]], [[100, 200]]))).toEqual([
      [0.1, -0.45],
      [0.2, -0.4],
    ]);
  });

  it("a row of plans repeats down each row of actuals", () => {
    expect(
      showAll(
        variance(
          [
            [10, 20],
            [30, 40],
          ],
          [[1, 2]]
        )
      )
    ).toEqual([
      [9, 18],
      [29, 38],
    ]);
  });

  it("ranges that cannot line up give one #VALUE! for the whole call, naming each shape", () => {
    expect(showAll(variance([[1], [2], [3]], [[1], [2]]))).toEqual([
      [
        "#VALUE!: The ranges do not line up: actual is 3 rows x 1 column, plan is 2 rows x 1 column. Give ranges of the same size, or a single value to apply to every cell.",
      ],
    ]);
    expect(showAll(turnover([[1, 2]], [[10]], [[1, 2, 3]]))[0][0]).toMatch(
      /^#VALUE!: The ranges do not line up: leavers is 1 row x 2 columns, staffStart is a single value, staffEnd is 1 row x 3 columns\./
    );
  });

  it("an empty or uneven array is one #VALUE! for the call", () => {
    expect(showAll(variance([], [[1]]))).toEqual([["#VALUE!: actual is an empty or uneven range"]]);
    expect(showAll(variance([[1], [2, 3]], [[1]]))).toEqual([
      ["#VALUE!: actual is an empty or uneven range"],
    ]);
  });

  it("one bad cell in a 2x2 leaves the other three calculated", () => {
    expect(
      showAll(
        growth(
          [
            [110, "n/a"],
            [90, 100],
          ],
          [
            [100, 100],
            [0, 100],
          ]
        )
      )
    ).toEqual([
      [0.1, '#VALUE!: current (row 1, column 2): "n/a" is not a number'],
      ["#DIV/0!", 0],
    ]);
  });
});
