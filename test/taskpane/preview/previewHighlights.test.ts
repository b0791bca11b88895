import { createPreviewHost } from "../../../src/preview/previewHost";
import { highlightAt } from "../../../src/preview/highlights";
import { highlightAreas, markerFormula, type HighlightPlan } from "../../../src/workbook/highlight";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import type { SheetGrid } from "../../../src/preview/sheetGrid";

const workbook: WorkbookSnapshot = {
  source: "Sample",
  sheets: [
    {
      name: "Staff",
      origin: { row: 0, col: 0 },
      values: Array.from({ length: 12 }, (_, r) => Array.from({ length: 9 }, (_, c) => r * 10 + c)),
    },
    { name: "PWR", origin: { row: 0, col: 0 }, values: [["Organisation", "Apr 23"]] },
  ],
};

const MARKER = "LLR-coding";

function plan(sheet: string, ranges: string[], marker = MARKER, fill = "#FFE699"): HighlightPlan {
  return { sheet, ranges, marker, formula: markerFormula(marker), fill };
}

const host = () => createPreviewHost({ workbook: "sample", open: () => workbook });

function grid(h: ReturnType<typeof host>, name: string): SheetGrid {
  return h.getState().sheets.find((s) => s.name === name)!;
}

/** Every highlighted cell of a sheet as "A1" addresses, for readable expectations. */
function marked(g: SheetGrid): string[] {
  const out: string[] = [];
  for (let r = 0; r < 20; r++)
    for (let c = 0; c < 10; c++)
      if (highlightAt(g, r, c)) out.push(`${String.fromCharCode(65 + c)}${r + 1}`);
  return out;
}

describe("preview host highlights", () => {
  it("records the plans' areas on their sheets and tells subscribers once", async () => {
    const h = host();
    const listener = jest.fn();
    h.subscribe(listener);
    await h.highlight([plan("Staff", ["A2:C2", "B4"]), plan("pwr", ["B1"])]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(marked(grid(h, "Staff"))).toEqual(["A2", "B2", "C2", "B4"]);
    expect(marked(grid(h, "PWR"))).toEqual(["B1"]);
    expect(highlightAt(grid(h, "Staff"), 1, 0)).toEqual({
      marker: MARKER,
      fill: "#FFE699",
      rects: [
        { top: 1, left: 0, bottom: 1, right: 2 },
        { top: 3, left: 1, bottom: 3, right: 1 },
      ],
    });
  });

  it("holds one entry per area, as Excel holds one conditional format per area", async () => {
    const h = host();
    const ranges = Array.from({ length: 400 }, (_, i) => `A${i + 1}:I${i + 1}`);
    const big = plan("Staff", ranges);
    await h.highlight([big]);
    expect(grid(h, "Staff").highlights).toHaveLength(highlightAreas(big).length);
    expect(await h.clearHighlights(MARKER)).toBe(highlightAreas(big).length);
  });

  it("highlighting again replaces the marker's highlights on every sheet", async () => {
    const h = host();
    await h.highlight([plan("Staff", ["A2"]), plan("PWR", ["A1"])]);
    await h.highlight([plan("Staff", ["B3"])]);
    expect(marked(grid(h, "Staff"))).toEqual(["B3"]);
    expect(marked(grid(h, "PWR"))).toEqual([]);
  });

  it("clear removes the marker's highlights completely, counts them, and keeps another marker's", async () => {
    const h = host();
    await h.highlight([plan("Staff", ["A2"]), plan("PWR", ["A1", "B1"])]);
    await h.highlight([plan("Staff", ["C5"], "LLR-other", "#C6EFCE")]);
    const before = await h.readSnapshot();
    expect(await h.clearHighlights(MARKER)).toBe(2);
    expect(marked(grid(h, "Staff"))).toEqual(["C5"]);
    expect(marked(grid(h, "PWR"))).toEqual([]);
    // Values are untouched by highlighting and clearing.
    expect(await h.readSnapshot()).toEqual(before);
    expect(await h.clearHighlights(MARKER)).toBe(0);
  });

  it("clearing when there is nothing to clear answers 0 and does not notify", async () => {
    const h = host();
    const listener = jest.fn();
    h.subscribe(listener);
    expect(await h.clearHighlights(MARKER)).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });

  it.each([
    [[plan("Staff", ["A2"]), plan("Vacancies", ["A1"])], 'There is no sheet named "Vacancies"'],
    [[plan("Staff", ["A2", "row 3"])], 'Sheet "Staff": "A2,row 3" is not a list of A1 ranges.'],
  ])("refuses a bad plan with a message, changing nothing", async (plans, message) => {
    const h = host();
    await h.highlight([plan("Staff", ["B2"])]);
    const before = h.getState();
    await expect(h.highlight(plans)).rejects.toThrow(message);
    expect(h.getState()).toBe(before);
  });

  it("a sheet rewritten by a plan loses its highlights, as in Excel when the sheet is replaced", async () => {
    const h = host();
    const sheetPlan = { name: "Out", ownerMarker: "coding", blocks: [{ at: "A1", rows: [["x"]] }] };
    await h.applyPlan({ sheets: [sheetPlan] });
    await h.highlight([plan("Out", ["A1"])]);
    expect(marked(grid(h, "Out"))).toEqual(["A1"]);
    await h.applyPlan({ sheets: [sheetPlan] });
    expect(marked(grid(h, "Out"))).toEqual([]);
  });
});
