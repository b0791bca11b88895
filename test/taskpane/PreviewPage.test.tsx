/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { PreviewPage } from "../../src/taskpane/components/PreviewPage/PreviewPage";
import { createPreviewHost } from "../../src/preview/previewHost";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import type { PreviewWorkbookId } from "../../src/preview/workbookChoices";
import { sampleIssues } from "./support/fakes";
import { renderInFluent } from "./support/render";

const books: Record<PreviewWorkbookId, WorkbookSnapshot> = {
  sample: {
    source: "good.xlsx",
    sheets: [{ name: "PWR", origin: { row: 0, col: 0 }, values: [["ok"]] }],
  },
  bad: {
    source: "bad.xlsx",
    sheets: [{ name: "PWR", origin: { row: 0, col: 0 }, values: [["bad"]] }],
  },
  hostile: {
    source: "<b>hostile</b>.xlsx",
    sheets: [{ name: "PWR", origin: { row: 0, col: 0 }, values: [["<img src=x>"]] }],
  },
};

function setup() {
  const host = createPreviewHost({ workbook: "sample", open: (id) => books[id] });
  const validate = jest.fn((s: WorkbookSnapshot) =>
    s.source?.includes("bad") ? sampleIssues : []
  );
  renderInFluent(<PreviewPage host={host} reason="Opened outside Excel." validate={validate} />);
  return { host, validate };
}

describe("PreviewPage", () => {
  it("shows the Preview banner and the selection of the in-memory workbook", async () => {
    setup();
    expect(screen.getByTestId("preview-banner").textContent).toContain("Preview");
    expect((await screen.findByTestId("preview-selection")).textContent).toBe("Selected: PWR!A1");
  });

  it("choosing another workbook opens it and starts a fresh check", async () => {
    const { host, validate } = setup();
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    await screen.findByText("No problems found");
    fireEvent.change(screen.getByTestId("preview-workbook"), { target: { value: "bad" } });
    expect(host.getState().workbookId).toBe("bad");
    expect(screen.queryByText("No problems found")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    await screen.findByRole("grid");
    expect(validate).toHaveBeenLastCalledWith(
      expect.objectContaining({ source: "Preview: bad.xlsx" })
    );
  });

  it("clicking an issue moves the viewer's selection to its cell", async () => {
    setup();
    fireEvent.change(screen.getByTestId("preview-workbook"), { target: { value: "bad" } });
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    await screen.findByRole("grid");
    // The fake issues name sheets this workbook lacks, so the first one on PWR is the one to click.
    const onPwr = sampleIssues.findIndex((i) => i.sheet === "PWR");
    await act(async () => fireEvent.click(document.querySelectorAll("[data-issue-key]")[onPwr]));
    expect((await screen.findByTestId("preview-selection")).textContent).toBe(
      `Selected: PWR!${sampleIssues[onPwr].cell}`
    );
  });
});
