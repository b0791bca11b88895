/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import CodingTab from "../../src/taskpane/components/CodingTab/CodingTab";
import {
  HIGHLIGHT_MARKER,
  findingsPlan,
  highlightPlan,
  reconcile,
  type Finding,
  type ReconcileResult,
} from "../../src/domain/reconcile";
import { costCell, groupsText, wteCell } from "../../src/taskpane/components/CodingTab/findingText";
import { PAGE_SIZE } from "../../src/taskpane/components/CodingTab/codingState";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { codingHost, type CodingHostOptions } from "./support/codingHost";
import { sample } from "./support/packHost";
import { renderInFluent } from "./support/render";
import { cleanSnapshot, mixedWorkbook } from "./codingWorkbooks";

function openTab(options: Partial<CodingHostOptions> & { snapshot?: WorkbookSnapshot } = {}) {
  const host = codingHost({ snapshot: mixedWorkbook(), ...options });
  renderInFluent(<CodingTab host={host} />);
  return host;
}

async function find(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: /Find mismatches|Find again/ }));
  await screen.findByTestId("coding-counts");
}

/** The grid's body rows as the user reads them: code, organisation, WTE, £000, groups, message. */
function renderedFindings(): string[][] {
  const grid = screen.queryByTestId("finding-grid");
  if (!grid) return [];
  return [...grid.querySelectorAll("[data-finding-key]")].map((row) =>
    ["code", "organisation", "wte", "cost", "groups", "message"].map(
      (c) => row.querySelector(`[data-column="${c}"]`)?.textContent ?? ""
    )
  );
}

function expectedFindings(findings: readonly Finding[]): string[][] {
  return findings.map((f) => [
    f.code,
    f.organisation,
    wteCell(f),
    costCell(f),
    groupsText(f.groups),
    f.message,
  ]);
}

function row(key: string): HTMLElement {
  return screen
    .getByTestId("finding-grid")
    .querySelector(`[data-finding-key="${key}"]`) as HTMLElement;
}

function selectOption(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("Coding tab", () => {
  const expected: ReconcileResult = reconcile(mixedWorkbook());

  it("before a run: explains itself; only Find mismatches and Clear highlights can be used", () => {
    openTab();
    expect(screen.getByText(/Compares staff groups between the PWR and the PFR/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Find mismatches" }).hasAttribute("disabled")).toBe(
      false
    );
    expect(screen.getByRole("button", { name: "Clear highlights" }).hasAttribute("disabled")).toBe(
      false
    );
    expect(screen.getByRole("button", { name: "Highlight" }).hasAttribute("disabled")).toBe(true);
    expect(
      screen.getByRole("button", { name: "Write findings sheet" }).hasAttribute("disabled")
    ).toBe(true);
  });

  it("shows the roll-up first, then every finding of reconcile(), with counts", async () => {
    openTab();
    await find();
    const lines = screen.getAllByTestId("rollup-line").map((l) => l.textContent);
    expect(lines).toEqual(expected.rollup.map((r) => r.message));
    // The roll-up comes before the findings in the page.
    const rollup = screen.getByTestId("coding-rollup");
    const grid = screen.getByTestId("finding-grid");
    expect(rollup.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(renderedFindings()).toEqual(expectedFindings(expected.findings));
    expect(screen.getByTestId("coding-error-count").textContent).toBe(
      `${expected.summary.errors} errors`
    );
    expect(screen.getByTestId("coding-warning-count").textContent).toBe(
      `${expected.summary.warnings} warnings`
    );
    expect(screen.getByTestId("coding-counts").textContent).toContain("up to Oct 23");
    expect(screen.getByRole("button", { name: "Find again" })).toBeTruthy();
  });

  it("filters by code and by organisation", async () => {
    openTab();
    await find();
    selectOption("Code", "OCCUPATION_GROUP_MISMATCH");
    const ogm = expected.findings.filter((f) => f.code === "OCCUPATION_GROUP_MISMATCH");
    expect(renderedFindings()).toEqual(expectedFindings(ogm));
    expect(screen.getByTestId("findings-shown").textContent).toBe(
      `${ogm.length} findings of ${expected.findings.length} match the filters.`
    );
    selectOption("Organisation", "LPT");
    expect(renderedFindings()).toEqual(
      expectedFindings(ogm.filter((f) => f.organisation === "LPT"))
    );
    selectOption("Code", "COST_WTE_DIRECTION");
    expect(renderedFindings()).toEqual([]);
    expect(screen.getByText("No findings match these filters.")).toBeTruthy();
    selectOption("Code", "*");
    selectOption("Organisation", "*");
    expect(renderedFindings()).toEqual(expectedFindings(expected.findings));
  });

  it("a roll-up line lists its own findings", async () => {
    openTab();
    await find();
    const line = expected.rollup.find((r) => r.organisation === "LPT")!;
    fireEvent.click(screen.getByRole("button", { name: line.message }));
    expect(renderedFindings()).toEqual(
      expectedFindings(
        expected.findings.filter(
          (f) => f.code === line.code && f.organisation === line.organisation
        )
      )
    );
    expect((screen.getByLabelText("Code") as HTMLSelectElement).value).toBe(line.code);
  });

  it("selecting a finding (click or Enter) selects its first cell and opens its detail under it", async () => {
    const host = openTab();
    await find();
    const staffKey = String(expected.findings.findIndex((f) => f.row !== undefined));
    const staff = expected.findings[Number(staffKey)];
    fireEvent.click(row(staffKey));
    const [sheet, address] = staff.cells[0].split("!");
    await waitFor(() => expect(host.selections).toEqual([{ sheet, address }]));
    const detail = screen.getByTestId("finding-detail");
    expect(detail.textContent).toContain(staff.suggestion);
    // The detail row sits right under the finding's row.
    expect(row(staffKey).nextElementSibling?.getAttribute("data-testid")).toBe(
      "finding-detail-row"
    );
    expect(row(staffKey).getAttribute("aria-selected")).toBe("true");
    // Staff-level findings have no chart.
    expect(screen.queryByTestId("finding-chart")).toBeNull();

    // Every cell of the finding is a link that selects it.
    fireEvent.click(within(detail).getByRole("button", { name: staff.cells[1] }));
    await waitFor(() =>
      expect(host.selections[host.selections.length - 1]).toEqual({
        sheet: staff.cells[1].split("!")[0],
        address: staff.cells[1].split("!")[1],
      })
    );

    const otherKey = String(Number(staffKey) + 1);
    const other = expected.findings[Number(otherKey)];
    fireEvent.keyDown(row(otherKey), { key: "Enter" });
    await waitFor(() =>
      expect(host.selections[host.selections.length - 1]).toEqual({
        sheet: other.cells[0].split("!")[0],
        address: other.cells[0].split("!")[1],
      })
    );
    expect(screen.getAllByTestId("finding-detail")).toHaveLength(1);
  });

  it("an aggregate finding shows its groups by month: WTE on the PWR and pay on the PFR", async () => {
    openTab();
    await find();
    const key = String(expected.findings.findIndex((f) => f.code === "COST_WTE_DIRECTION"));
    fireEvent.click(row(key));
    const chart = await screen.findByTestId("finding-chart");
    expect([...chart.querySelectorAll("figcaption")].map((c) => c.textContent)).toEqual([
      "WTE on the PWR",
      "Pay on the PFR (£000 a month)",
    ]);
    expect(chart.querySelectorAll("svg[role=img] path")).toHaveLength(4);
  });

  it("a failed selection shows a warning naming the cell, which can be dismissed", async () => {
    openTab({ selectError: new Error("The sheet is gone.") });
    await find();
    fireEvent.click(row("0"));
    const alert = await screen.findByText(
      `Could not select ${expected.findings[0].cells[0]}: The sheet is gone.`
    );
    expect(alert).toBeTruthy();
    fireEvent.click(screen.getAllByRole("button", { name: "Dismiss" })[0]);
    expect(screen.queryByText(/Could not select/)).toBeNull();
  });

  it("Write findings sheet applies findingsPlan and names the sheet, with the host's messages", async () => {
    const message =
      'A sheet named "LLR Coding Mismatches" already exists and was not made by the add-in, so it was left as it is and "LLR Coding Mismatches (2)" was written instead.';
    const host = openTab({
      applyResult: () => ({ sheets: ["LLR Coding Mismatches (2)"], messages: [message] }),
    });
    await find();
    fireEvent.click(screen.getByRole("button", { name: "Write findings sheet" }));
    const outcome = await screen.findByTestId("coding-outcome");
    expect(host.plans).toEqual([findingsPlan(expected)]);
    expect(within(outcome).getByText("Wrote the sheet LLR Coding Mismatches (2)")).toBeTruthy();
    expect(within(outcome).getByTestId("coding-host-messages").textContent).toBe(message);
  });

  it("Highlight hands highlightPlan to the host; Clear highlights clears the add-in's marker", async () => {
    const host = openTab({ removed: 2 });
    await find();
    fireEvent.click(screen.getByRole("button", { name: "Highlight" }));
    await waitFor(() =>
      expect(screen.getByTestId("coding-outcome").getAttribute("data-action")).toBe("highlight")
    );
    expect(host.highlights).toEqual([highlightPlan(expected)]);
    expect(screen.getByTestId("coding-outcome").textContent).toContain("Highlighted the findings");
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    await waitFor(() =>
      expect(screen.getByTestId("coding-outcome").getAttribute("data-action")).toBe("clear")
    );
    expect(host.clears).toEqual([HIGHLIGHT_MARKER]);
    expect(screen.getByTestId("coding-outcome").textContent).toContain("Cleared the highlights");
  });

  it("Clear highlights works before any run", async () => {
    const host = openTab();
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    await screen.findByText("No highlights to clear");
    expect(host.clears).toEqual([HIGHLIGHT_MARKER]);
    expect(host.reads).toBe(0);
  });

  it("while a run is under way, nothing else can start", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    openTab({ gate });
    // The read waits on the gate too: let it through first.
    fireEvent.click(screen.getByRole("button", { name: "Find mismatches" }));
    // Disabled but focusable, so the keyboard user keeps their place.
    expect(screen.getByRole("button", { name: "Finding…" }).getAttribute("aria-disabled")).toBe(
      "true"
    );
    expect(
      screen.getByRole("button", { name: "Clear highlights" }).getAttribute("aria-disabled")
    ).toBe("true");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    await act(async () => release());
    await screen.findByTestId("coding-counts");
  });

  it.each([
    [
      "the write fails",
      "Write findings sheet",
      { applyError: new Error("No room.") },
      "Could not write the findings sheet",
    ],
    [
      "highlighting fails",
      "Highlight",
      { highlightError: new Error("Protected.") },
      "Could not highlight the findings",
    ],
    [
      "clearing fails",
      "Clear highlights",
      { clearError: new Error("Busy.") },
      "Could not clear the highlights",
    ],
  ])("when %s, an error says so", async (_what, button, options, title) => {
    openTab(options);
    await find();
    fireEvent.click(screen.getByRole("button", { name: button }));
    const outcome = await screen.findByRole("alert");
    expect(within(outcome).getByText(title)).toBeTruthy();
  });

  it("a read that fails shows why, and a new run can be tried", async () => {
    openTab({ readError: new Error("Excel is busy.") });
    fireEvent.click(screen.getByRole("button", { name: "Find mismatches" }));
    const error = await screen.findByTestId("coding-error");
    expect(error.textContent).toContain("Could not look for mismatches");
    expect(error.textContent).toContain("Excel is busy.");
    expect(screen.getByRole("button", { name: "Find again" }).hasAttribute("disabled")).toBe(false);
  });

  it("a clean workbook: No coding mismatches found, nothing to highlight, the sheet can still be written", async () => {
    openTab({ snapshot: cleanSnapshot() });
    await find();
    const empty = screen.getByTestId("coding-empty");
    expect(empty.textContent).toContain("No coding mismatches found");
    expect(screen.queryByTestId("finding-grid")).toBeNull();
    expect(screen.queryByTestId("coding-rollup")).toBeNull();
    expect(screen.getByRole("button", { name: "Highlight" }).hasAttribute("disabled")).toBe(true);
    expect(
      screen.getByRole("button", { name: "Write findings sheet" }).hasAttribute("disabled")
    ).toBe(false);
  });

  it("says what could not be checked", async () => {
    const noStaff = {
      ...cleanSnapshot(),
      sheets: cleanSnapshot().sheets.filter((s) => s.name !== "Staff"),
    };
    openTab({ snapshot: noStaff });
    await find();
    expect(screen.getByTestId("coding-notes").textContent).toContain(reconcile(noStaff).notes[0]);
    expect(screen.getByTestId("coding-empty").textContent).toContain("see the notes");
  });
});

describe("Coding tab on the sample workbook", () => {
  const expected = reconcile(sample);

  it("lists one page of findings at a time; filters start again at the first page", async () => {
    expect(expected.findings.length).toBeGreaterThan(2 * PAGE_SIZE);
    openTab({ snapshot: sample });
    await find();
    expect(renderedFindings()).toEqual(expectedFindings(expected.findings.slice(0, PAGE_SIZE)));
    const more = screen.getByTestId("show-more");
    expect(more.textContent).toBe(
      `Show ${PAGE_SIZE} more (${(expected.findings.length - PAGE_SIZE).toLocaleString("en-GB")} not shown)`
    );
    fireEvent.click(more);
    expect(renderedFindings()).toEqual(expectedFindings(expected.findings.slice(0, 2 * PAGE_SIZE)));
    selectOption("Code", "RECODING_SHIFT");
    expect(renderedFindings()).toEqual(
      expectedFindings(expected.findings.filter((f) => f.code === "RECODING_SHIFT"))
    );
    expect(screen.queryByTestId("show-more")).toBeNull();
  }, 30_000);
});
