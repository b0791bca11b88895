/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { Boot } from "../../src/taskpane/components/Boot/Boot";
import type { HostKind, LoadedHost } from "../../src/taskpane/boot/loadHost";
import { createStartup, type Startup } from "../../src/taskpane/boot/startup";
import { createPreviewHost } from "../../src/preview/previewHost";
import {
  OPTIONAL_FEATURES,
  checkRequirements,
  type RequirementReport,
} from "../../src/excel/requirements";
import { fakeHost, tinySnapshot } from "./support/fakes";
import { fakeOffice } from "./support/fakeOffice";
import { renderInFluent } from "./support/render";

const IN_EXCEL = "?_host_Info=Excel$Win32$16.01$en-GB$$$$0";
const ALL_SUPPORTED = checkRequirements({ isSetSupported: () => true });

interface Harness {
  readonly loads: HostKind[];
  /** Set once the preview banner has been in the document at any moment. */
  readonly sawBanner: () => boolean;
  readonly reload: jest.Mock;
}

let startups: Startup[] = [];
let observer: MutationObserver | undefined;

function renderBoot(
  startup: Startup,
  options: { requirements?: RequirementReport; failLoad?: Error } = {}
): Harness {
  startups.push(startup);
  const loads: HostKind[] = [];
  let banner = false;
  observer = new MutationObserver(() => {
    banner ||= document.querySelector('[data-testid="preview-banner"]') !== null;
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const load = async (kind: HostKind): Promise<LoadedHost> => {
    loads.push(kind);
    if (options.failLoad) throw options.failLoad;
    if (kind === "excel")
      return { kind, host: fakeHost(), requirements: options.requirements ?? ALL_SUPPORTED };
    return { kind, host: createPreviewHost({ workbook: "sample", open: () => tinySnapshot }) };
  };
  const reload = jest.fn();
  renderInFluent(<Boot startup={startup} load={load} reload={reload} />);
  return { loads, sawBanner: () => banner, reload };
}

/** Moves the fake clock and lets React render what the promises resolved. */
async function advance(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

const checkButton = () => screen.queryByRole("button", { name: /check workbook/i });
const banner = () => screen.queryByTestId("preview-banner");

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  observer?.disconnect();
  for (const s of startups) s.dispose();
  startups = [];
  jest.useRealTimers();
});

describe("Boot inside Office", () => {
  it("a 5 s onReady: Connecting to Excel, then the Excel pane; never the preview", async () => {
    const office = fakeOffice();
    const h = renderBoot(createStartup(office, IN_EXCEL));
    office.answerAfter(5000, "Excel");
    await advance(0);
    const spinner = screen.getByRole("progressbar");
    expect(spinner.getAttribute("aria-labelledby")).toBeTruthy();
    expect(screen.getByText("Connecting to Excel…")).toBeTruthy();

    await advance(4999);
    expect(screen.getByText("Connecting to Excel…")).toBeTruthy();
    expect(checkButton()).toBeNull();

    await advance(1);
    expect(checkButton()).toBeTruthy();
    expect(screen.queryByText("Connecting to Excel…")).toBeNull();
    expect(screen.queryByTestId("requirements-bar")).toBeNull();
    expect(h.loads).toEqual(["excel"]);
    expect(h.sawBanner()).toBe(false);
  });

  it("30 s without an answer: the error with Retry; Retry and an answer reach Excel", async () => {
    const office = fakeOffice();
    const h = renderBoot(createStartup(office, IN_EXCEL));
    await advance(29_999);
    expect(screen.queryByRole("alert")).toBeNull();
    await advance(1);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Excel did not answer");
    expect(h.loads).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await advance(0);
    expect(screen.getByText("Connecting to Excel…")).toBeTruthy();
    expect(office.calls).toBe(2);
    office.answerAfter(2000, "Excel");
    await advance(2000);
    expect(checkButton()).toBeTruthy();
    expect(h.loads).toEqual(["excel"]);
    expect(h.sawBanner()).toBe(false);
  });

  it("office.js missing: says so and offers Reload, not the sample", async () => {
    const h = renderBoot(createStartup(undefined, IN_EXCEL));
    await advance(0);
    expect(screen.getByRole("alert").textContent).toContain("Office.js could not be loaded");
    fireEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(h.reload).toHaveBeenCalledTimes(1);
    expect(h.loads).toEqual([]);
    expect(h.sawBanner()).toBe(false);
  });

  it("another Office application gets a works-in-Excel message, not the sample", async () => {
    const office = fakeOffice();
    const h = renderBoot(createStartup(office, "?_host_Info=Word$Win32$16.01$en-GB$$$$0"));
    office.answerAfter(50, "Word");
    await advance(50);
    const message = screen.getByTestId("startup-message");
    expect(message.textContent).toContain("LLR Workforce works in Excel");
    expect(message.textContent).toContain("in Word");
    expect(h.loads).toEqual([]);
    expect(h.sawBanner()).toBe(false);
  });
});

describe("Boot outside Office", () => {
  it("office.js missing: the preview at once, with its reason", async () => {
    const h = renderBoot(createStartup(undefined, ""));
    await advance(0);
    expect(banner()?.textContent).toContain("Office.js could not be loaded");
    expect(h.loads).toEqual(["preview"]);
  });

  it("an Excel answer after the preview started switches to Excel and the banner goes", async () => {
    const office = fakeOffice();
    const h = renderBoot(createStartup(office, ""));
    await advance(0);
    expect(screen.getByText("Starting LLR Workforce…")).toBeTruthy();
    await advance(2000);
    expect(banner()?.textContent).toContain("Office has not answered");
    expect(h.sawBanner()).toBe(true);
    office.answerAfter(3000, "Excel");
    await advance(3000);
    expect(banner()).toBeNull();
    expect(checkButton()).toBeTruthy();
    expect(screen.queryByText(/preview on a sample workbook/)).toBeNull();
    expect(h.loads).toEqual(["preview", "excel"]);
  });

  it("host null: the preview saying it was opened outside Excel", async () => {
    const office = fakeOffice();
    renderBoot(createStartup(office, ""));
    office.answerAfter(100, null);
    await advance(100);
    expect(banner()?.textContent).toContain("Opened outside Excel");
  });

  it("a host that fails to load gives a message, never a blank pane", async () => {
    renderBoot(createStartup(undefined, ""), { failLoad: new Error("chunk failed to load") });
    await advance(0);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("The task pane could not start");
    expect(alert.textContent).toContain("chunk failed to load");
  });
});

describe("Boot requirement sets in Excel mode", () => {
  async function excelWith(requirements: RequirementReport) {
    const office = fakeOffice();
    renderBoot(createStartup(office, IN_EXCEL), { requirements });
    office.answerAfter(10, "Excel");
    await advance(10);
    expect(checkButton()).toBeTruthy();
  }

  it("a missing declared set and a missing optional feature are explained, and can be dismissed", async () => {
    await excelWith(
      checkRequirements({
        isSetSupported: (name, version) =>
          !(name === "ExcelApi" && (version === "1.9" || version === "1.12")),
      })
    );
    const bar = screen.getByTestId("requirements-bar");
    expect(bar.textContent).toContain(
      "This Excel lacks ExcelApi 1.9: update Excel; some actions may fail."
    );
    const [charts] = OPTIONAL_FEATURES;
    expect(bar.textContent).toContain(`ExcelApi 1.12, for ${charts.what}: ${charts.without}.`);
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("requirements-bar")).toBeNull();
    expect(checkButton()).toBeTruthy();
  });

  it("nothing is shown when this Excel supports everything", async () => {
    await excelWith(ALL_SUPPORTED);
    expect(screen.queryByTestId("requirements-bar")).toBeNull();
  });
});
