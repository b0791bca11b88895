/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App/App";
import { fakeHost, sampleIssues } from "./support/fakes";
import { renderInFluent } from "./support/render";

describe("App", () => {
  it("has a tab per job and starts on Check", () => {
    renderInFluent(<App host={fakeHost()} validate={() => sampleIssues} />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toEqual(
      ["Check", "Pack", "Coding"].map((name) => screen.getByRole("tab", { name }))
    );
    expect(screen.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("button", { name: /check workbook/i })).toBeTruthy();
  });

  it.each([["Coding", "Staff-group coding"]])(
    "the %s tab says its job comes in a later release and offers no controls",
    async (tab, title) => {
      renderInFluent(<App host={fakeHost()} validate={() => sampleIssues} />);
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      expect(await screen.findByText(title)).toBeTruthy();
      expect(screen.getByText("Coming in a later release.")).toBeTruthy();
      const panel = screen.getAllByRole("tabpanel").find((p) => !p.hidden)!;
      expect(panel.querySelectorAll("button, input, select")).toHaveLength(0);
    }
  );

  it("keeps the check results when the user visits another tab and comes back", async () => {
    renderInFluent(<App host={fakeHost()} validate={() => sampleIssues} />);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    await screen.findByRole("grid");
    fireEvent.click(screen.getByRole("tab", { name: "Pack" }));
    await screen.findByRole("button", { name: "Create pack" });
    fireEvent.click(screen.getByRole("tab", { name: "Check" }));
    expect(screen.getByRole("grid")).toBeTruthy();
  });

  it("does not call Excel a preview", () => {
    renderInFluent(<App host={fakeHost()} validate={() => []} />);
    expect(screen.getByRole("heading", { name: "LLR Workforce" })).toBeTruthy();
    expect(screen.queryByText(/preview/i)).toBeNull();
  });
});
