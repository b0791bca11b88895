/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import SheetViewer from "../../../src/preview/components/SheetViewer/SheetViewer";
import { createPreviewHost } from "../../../src/preview/previewHost";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { renderInFluent } from "../support/render";

const workbook: WorkbookSnapshot = {
  sheets: [
    {
      name: "PWR",
      origin: { row: 0, col: 0 },
      values: Array.from({ length: 20 }, (_, r) =>
        Array.from({ length: 10 }, (_, c) => (r === 13 && c === 7 ? 42.5 : `r${r}c${c}`))
      ),
    },
    { name: "PFR", origin: { row: 0, col: 0 }, values: [["<b>not bold</b>"]] },
  ],
};

function setup() {
  const host = createPreviewHost({ workbook: "sample", open: () => workbook });
  renderInFluent(<SheetViewer host={host} />);
  return host;
}

describe("preview sheet viewer", () => {
  it("shows the selection's address and outlines its cell", async () => {
    const host = setup();
    expect(screen.getByTestId("preview-selection").textContent).toBe("Selected: PWR!A1");
    await act(() => host.select("PWR", "H14"));
    expect(screen.getByTestId("preview-selection").textContent).toBe("Selected: PWR!H14");
    const selected = screen.getByTestId("preview-grid").querySelectorAll('[aria-current="true"]');
    expect([...selected].map((c) => [c.getAttribute("data-address"), c.textContent])).toEqual([
      ["H14", "42.5"],
    ]);
  });

  it("switches to the sheet of a new selection", async () => {
    const host = setup();
    await act(() => host.select("PFR", "A1"));
    expect(screen.getByRole("tab", { name: "PFR" }).getAttribute("aria-selected")).toBe("true");
    // Workbook text stays text.
    expect(within(screen.getByTestId("preview-grid")).getByText("<b>not bold</b>")).toBeTruthy();
    expect(screen.getByTestId("preview-grid").querySelector("b")).toBeNull();
  });

  it("lets the user look at another sheet without changing the selection", () => {
    setup();
    fireEvent.click(screen.getByRole("tab", { name: "PFR" }));
    expect(screen.getByRole("table", { name: "Cells of PFR" })).toBeTruthy();
    expect(screen.getByTestId("preview-selection").textContent).toBe("Selected: PWR!A1");
  });

  it("can be folded away, keeping the selected address in sight", async () => {
    const host = setup();
    fireEvent.click(screen.getByRole("button", { name: "Hide the sheet" }));
    expect(screen.queryByTestId("preview-grid")).toBeNull();
    await act(() => host.select("PWR", "C3"));
    expect(screen.getByTestId("preview-selection").textContent).toBe("Selected: PWR!C3");
    fireEvent.click(screen.getByRole("button", { name: "Show the sheet" }));
    expect(
      screen
        .getByTestId("preview-grid")
        .querySelector('[aria-current="true"]')
        ?.getAttribute("data-address")
    ).toBe("C3");
  });
});
