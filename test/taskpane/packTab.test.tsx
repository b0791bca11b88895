/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import PackTab from "../../src/taskpane/components/PackTab/PackTab";
import { buildPack } from "../../src/domain/pack/build";
import { packPlan } from "../../src/domain/pack/plan";
import type { Pack } from "../../src/domain/pack/model";
import type { PackChartImage } from "../../src/preview/packChartImages";
import { packHost, sample, type PackHostOptions } from "./support/packHost";
import { renderInFluent } from "./support/render";

function packFor(month: number, organisations?: readonly string[]): Pack {
  const built = buildPack(sample, { month, organisations });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

const m7 = packFor(7);

/** Charts without ECharts: jsdom has no canvas to measure text with. */
const fakeCharts = (pack: Pack): PackChartImage[] =>
  pack.charts.map((c) => ({
    name: c.name,
    title: c.title,
    table: c.table,
    description: `chart ${c.name}`,
    src: "data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E",
    width: 400,
    height: 280,
  }));

async function openTab(options: PackHostOptions = {}) {
  const host = packHost(options);
  renderInFluent(<PackTab host={host} renderCharts={fakeCharts} />);
  const button = await screen.findByRole("button", { name: "Create pack" });
  await waitFor(() => expect(button.hasAttribute("disabled")).toBe(false));
  return host;
}

async function createPack() {
  fireEvent.click(screen.getByRole("button", { name: "Create pack" }));
  await screen.findByTestId("pack-summary");
}

function monthPicker(): HTMLElement {
  return screen.getByRole("combobox", { name: "Month" });
}

async function chooseMonth(label: string) {
  fireEvent.click(monthPicker());
  fireEvent.click(await screen.findByRole("option", { name: label }));
  await waitFor(() => expect(monthPicker().textContent).toBe(label));
}

describe("Pack tab", () => {
  it("starts on the reporting month with every organisation ticked", async () => {
    await openTab();
    expect(monthPicker().textContent).toBe(m7.label);
    expect(screen.getByText(`Settings › Reporting month is ${m7.label}.`)).toBeTruthy();
    for (const organisation of m7.organisations) {
      expect(
        (screen.getByRole("checkbox", { name: organisation }) as HTMLInputElement).checked
      ).toBe(true);
    }
    const all = screen.getByRole("checkbox", { name: "All organisations" }) as HTMLInputElement;
    expect(all.checked).toBe(true);
  });

  it("offers the twelve months of the workbook's year by name", async () => {
    await openTab();
    fireEvent.click(monthPicker());
    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "Apr 23",
      "May 23",
      "Jun 23",
      "Jul 23",
      "Aug 23",
      "Sep 23",
      "Oct 23",
      "Nov 23",
      "Dec 23",
      "Jan 24",
      "Feb 24",
      "Mar 24",
    ]);
  });

  it("Create pack writes the plan of buildPack to LLR Pack Oct 23 and lists what was written", async () => {
    const host = await openTab();
    await createPack();
    expect(host.plans).toHaveLength(1);
    expect(host.plans[0].sheets[0].name).toBe("LLR Pack Oct 23");
    expect(host.plans[0]).toEqual(packPlan(m7));
    expect(screen.getByTestId("pack-sheet").textContent).toBe("LLR Pack Oct 23");
    const list = screen.getByRole("list", { name: /Tables on/ });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(m7.tables.map((t) => t.name));
    for (const t of m7.tables) expect(within(list).getByText(t.title)).toBeTruthy();
    expect(screen.queryByTestId("pack-host-messages")).toBeNull();
  });

  it("each table's link selects its range on the pack sheet", async () => {
    const host = await openTab();
    await createPack();
    const ranges = packPlan(m7).sheets[0].tables!;
    for (const table of [ranges[0], ranges[ranges.length - 1]]) {
      fireEvent.click(screen.getByRole("button", { name: table.name }));
      await waitFor(() =>
        expect(host.selections[host.selections.length - 1]).toEqual({
          sheet: "LLR Pack Oct 23",
          address: table.range,
        })
      );
    }
    expect(host.selections).toHaveLength(2);
  });

  it("shows the pack's notes", async () => {
    await openTab();
    await createPack();
    expect(m7.messages.length).toBeGreaterThan(0);
    const notes = screen.getByTestId("pack-notes");
    for (const note of m7.messages) expect(within(notes).getByText(note)).toBeTruthy();
  });

  it("another month and fewer organisations go to buildPack", async () => {
    const host = await openTab();
    await chooseMonth("Sep 23");
    const [first, ...rest] = m7.organisations;
    for (const o of rest) fireEvent.click(screen.getByRole("checkbox", { name: o }));
    await createPack();
    expect(host.plans[0]).toEqual(packPlan(packFor(6, [first])));
    expect(host.plans[0].sheets[0].name).toBe("LLR Pack Sep 23");
  });

  it("cannot create a pack of no organisation, and says why", async () => {
    await openTab();
    fireEvent.click(screen.getByRole("checkbox", { name: "All organisations" }));
    expect(screen.getByRole("button", { name: "Create pack" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getAllByText("Tick at least one organisation.").length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("checkbox", { name: m7.organisations[0] }));
    expect(screen.getByRole("button", { name: "Create pack" }).hasAttribute("disabled")).toBe(
      false
    );
  });

  it("shows the stage while the pack is written", async () => {
    let release!: () => void;
    const applyGate = new Promise<void>((resolve) => (release = resolve));
    await openTab({ applyGate });
    fireEvent.click(screen.getByRole("button", { name: "Create pack" }));
    const bar = await screen.findByRole("progressbar", { name: "Writing the pack sheet" });
    expect(bar).toBeTruthy();
    expect(screen.getByRole("button", { name: "Creating…" }).hasAttribute("disabled")).toBe(true);
    await act(async () => release());
    await screen.findByTestId("pack-summary");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("names the other sheet and shows the host's message when the pack's name was taken", async () => {
    const message =
      'A sheet named "LLR Pack Oct 23" already exists and was not made by the add-in, so it was left as it is and "LLR Pack Oct 23 (2)" was written instead.';
    const host = await openTab({
      applyResult: () => ({ sheets: ["LLR Pack Oct 23 (2)"], messages: [message] }),
    });
    await createPack();
    expect(screen.getByTestId("pack-sheet").textContent).toBe("LLR Pack Oct 23 (2)");
    expect(screen.getByTestId("pack-host-messages").textContent).toContain(message);
    fireEvent.click(screen.getByRole("button", { name: m7.tables[0].name }));
    await waitFor(() => expect(host.selections[0]?.sheet).toBe("LLR Pack Oct 23 (2)"));
  });

  it("a month with no actuals: the build error in an alert, nothing written", async () => {
    const host = await openTab();
    await chooseMonth("Nov 23");
    fireEvent.click(screen.getByRole("button", { name: "Create pack" }));
    const alert = await screen.findByRole("alert");
    const built = buildPack(sample, { month: 8 });
    if (built.ok) throw new Error("expected M8 to have no actuals");
    expect(alert.textContent).toContain("Could not build the pack");
    expect(alert.textContent).toContain(built.error.message);
    expect(alert.textContent).toContain("Choose an earlier month");
    expect(host.plans).toEqual([]);
    expect(screen.queryByTestId("pack-summary")).toBeNull();
  });

  it("a failed write: an alert naming the sheet and what to do", async () => {
    await openTab({ applyError: new Error("The sheet is protected.") });
    fireEvent.click(screen.getByRole("button", { name: "Create pack" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not write the sheet LLR Pack Oct 23");
    expect(alert.textContent).toContain("The sheet is protected.");
    expect(alert.textContent).toContain("press Enter or Esc");
  });

  it("a failed select: a warning that can be dismissed", async () => {
    await openTab({ selectError: new Error("Sheet gone.") });
    await createPack();
    fireEvent.click(screen.getByRole("button", { name: m7.tables[0].name }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(`Could not select table ${m7.tables[0].name}`);
    fireEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("an unreadable workbook: says so and reads again on request", async () => {
    const host = packHost({ readError: new Error("Excel is busy."), readErrorFrom: 1 });
    renderInFluent(<PackTab host={host} renderCharts={fakeCharts} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not read the workbook");
    expect(alert.textContent).toContain("Excel is busy.");
    expect(screen.queryByRole("button", { name: "Create pack" })).toBeNull();
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(host.reads).toBeGreaterThan(1));
  });

  it("a workbook without PWR and PFR: a warning, and Create pack stays off", async () => {
    const host = packHost({
      snapshot: { sheets: [{ name: "Notes", origin: { row: 0, col: 0 }, values: [["x"]] }] },
    });
    renderInFluent(<PackTab host={host} renderCharts={fakeCharts} />);
    await screen.findByText(/Neither the PWR nor the PFR sheet could be read/);
    expect(screen.getByRole("button", { name: "Create pack" }).hasAttribute("disabled")).toBe(true);
  });

  it("in the preview, shows the pack's tables and charts in the page", async () => {
    await openTab({ kind: "preview" });
    await createPack();
    const preview = screen.getByTestId("pack-preview");
    expect(within(preview).getAllByRole("table")).toHaveLength(m7.tables.length);
    const charts = await screen.findByTestId("pack-charts");
    expect(
      within(charts)
        .getAllByRole("img")
        .map((i) => i.getAttribute("alt"))
    ).toEqual(m7.charts.map((c) => `chart ${c.name}`));
  });

  it("in Excel, the pack stays in the workbook: no tables in the pane", async () => {
    await openTab({ kind: "excel" });
    await createPack();
    expect(screen.queryByTestId("pack-preview")).toBeNull();
  });
});
