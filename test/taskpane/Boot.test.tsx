/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { Boot } from "../../src/taskpane/components/Boot/Boot";
import type { LoadedHost } from "../../src/taskpane/boot/loadHost";
import { createPreviewHost } from "../../src/preview/previewHost";
import { fakeHost, tinySnapshot } from "./support/fakes";
import { renderInFluent } from "./support/render";

describe("Boot", () => {
  it("shows a spinner while it finds the host, never a blank pane", () => {
    renderInFluent(<Boot start={() => new Promise<LoadedHost>(() => undefined)} />);
    expect(screen.getByText("Starting LLR Workforce…")).toBeTruthy();
  });

  it("opens the pane on the Excel host without a preview banner", async () => {
    const start = () => Promise.resolve<LoadedHost>({ kind: "excel", host: fakeHost() });
    renderInFluent(<Boot start={start} />);
    expect(await screen.findByRole("button", { name: /check workbook/i })).toBeTruthy();
    expect(screen.queryByTestId("preview-banner")).toBeNull();
  });

  it("opens the preview with its banner and the reason", async () => {
    const host = createPreviewHost({ workbook: "sample", open: () => tinySnapshot });
    const start = () =>
      Promise.resolve<LoadedHost>({
        kind: "preview",
        host,
        choice: { kind: "preview", reason: "outside-office" },
      });
    renderInFluent(<Boot start={start} />);
    const banner = await screen.findByTestId("preview-banner");
    expect(banner.textContent).toContain("Opened outside Excel");
    expect(await screen.findByTestId("preview-selection")).toBeTruthy();
  });

  it("shows a MessageBar when start-up fails", async () => {
    renderInFluent(<Boot start={() => Promise.reject(new Error("chunk failed to load"))} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The task pane could not start");
    expect(alert.textContent).toContain("chunk failed to load");
  });
});
