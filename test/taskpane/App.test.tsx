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

  it("the Coding tab loads on demand and offers Find mismatches", async () => {
    renderInFluent(<App host={fakeHost()} validate={() => sampleIssues} />);
    fireEvent.click(screen.getByRole("tab", { name: "Coding" }));
    expect(await screen.findByRole("button", { name: "Find mismatches" })).toBeTruthy();
    expect(screen.queryByText("Coming in a later release.")).toBeNull();
  });

  it("keeps the coding results when the user visits another tab and comes back", async () => {
    renderInFluent(<App host={fakeHost()} validate={() => sampleIssues} />);
    fireEvent.click(screen.getByRole("tab", { name: "Coding" }));
    fireEvent.click(await screen.findByRole("button", { name: "Find mismatches" }));
    await screen.findByTestId("coding-counts");
    fireEvent.click(screen.getByRole("tab", { name: "Check" }));
    fireEvent.click(screen.getByRole("tab", { name: "Coding" }));
    expect(screen.getByTestId("coding-counts")).toBeTruthy();
  });

  it("keeps the check results when the user visits another tab and comes back", async () => {
    renderInFluent(<App host={fakeHost()} validate={() => sampleIssues} />);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    await screen.findByRole("grid");
    fireEvent.click(screen.getByRole("tab", { name: "Pack" }));
    // The Pack tab is a lazy chunk: give it time on a loaded machine.
    await screen.findByRole("button", { name: "Create pack" }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole("tab", { name: "Check" }));
    expect(screen.getByRole("grid")).toBeTruthy();
  });

  it("does not call Excel a preview", () => {
    renderInFluent(<App host={fakeHost()} validate={() => []} />);
    expect(screen.getByRole("heading", { name: "LLR Workforce" })).toBeTruthy();
    expect(screen.queryByText(/preview/i)).toBeNull();
  });
});
