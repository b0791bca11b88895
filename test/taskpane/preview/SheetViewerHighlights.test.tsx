/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import SheetViewer from "../../../src/preview/components/SheetViewer/SheetViewer";
import { createPreviewHost } from "../../../src/preview/previewHost";
import { markerFormula } from "../../../src/workbook/highlight";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { renderInFluent } from "../support/render";

const workbook: WorkbookSnapshot = {
  sheets: [
    {
      name: "Staff",
      origin: { row: 0, col: 0 },
      values: Array.from({ length: 10 }, (_, r) =>
        Array.from({ length: 6 }, (_, c) => `r${r}c${c}`)
      ),
    },
  ],
};

const plan = {
  sheet: "Staff",
  ranges: ["A2:C2", "B4"],
  marker: "LLR-coding",
  formula: markerFormula("LLR-coding"),
  fill: "#FFE699",
};

function highlighted(): string[] {
  return [...screen.getByTestId("preview-grid").querySelectorAll("td[data-highlight]")].map(
    (td) => td.getAttribute("data-address") ?? ""
  );
}

describe("preview sheet viewer: the add-in's highlights", () => {
  it("shows highlighted cells with the plan's fill, a legend, and drops them when cleared", async () => {
    const host = createPreviewHost({ workbook: "sample", open: () => workbook });
    renderInFluent(<SheetViewer host={host} />);
    expect(highlighted()).toEqual([]);
    expect(screen.queryByTestId("preview-highlight-legend")).toBeNull();

    await act(() => host.highlight([plan]));
    expect(highlighted()).toEqual(["A2", "B2", "C2", "B4"]);
    const cell = screen
      .getByTestId("preview-grid")
      .querySelector('td[data-address="B4"]') as HTMLElement;
    expect(cell.style.backgroundColor).toBe("rgb(255, 230, 153)");
    expect(cell.getAttribute("title")).toBe("r3c1 (highlighted by the add-in)");
    expect(screen.getByTestId("preview-highlight-legend").textContent).toBe(
      "Highlighted by the add-in"
    );
    // Text stays as it was: highlighting is formatting only.
    expect(cell.textContent).toBe("r3c1");

    await act(async () => {
      await host.clearHighlights("LLR-coding");
    });
    expect(highlighted()).toEqual([]);
    expect(screen.queryByTestId("preview-highlight-legend")).toBeNull();
  });
});
