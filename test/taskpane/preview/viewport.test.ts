import { viewportFor } from "../../../src/preview/viewport";
import { gridFromSnapshot } from "../../../src/preview/sheetGrid";
import { parseAddress } from "../../../src/preview/selection";

const grid = gridFromSnapshot({ name: "S", origin: { row: 4, col: 2 }, values: [["a"]] });

describe("viewportFor", () => {
  it.each([
    ["H14", { top: 9, left: 5 }],
    ["A1", { top: 0, left: 0 }],
    ["B2", { top: 0, left: 0 }],
    ["C20:E30", { top: 15, left: 0 }],
  ])("centres %s (clamped at A1)", (address, corner) => {
    expect(viewportFor(grid, parseAddress(address)!.rect, 9, 5)).toEqual({
      ...corner,
      rows: 9,
      cols: 5,
    });
  });

  it("without a selection shows the used range's corner", () => {
    expect(viewportFor(grid, null, 9, 5)).toEqual({ top: 4, left: 2, rows: 9, cols: 5 });
  });
});
