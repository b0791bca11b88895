/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CheckTab } from "../../src/taskpane/components/CheckTab/CheckTab";
import type { ValidationIssue } from "../../src/domain/validation/validate";
import { fakeHost, sampleIssues, tinySnapshot } from "./support/fakes";
import { renderInFluent } from "./support/render";

function bodyRows(): HTMLElement[] {
  const grid = screen.getByRole("grid", { name: "Issues found in the workbook" });
  const [, body] = within(grid).getAllByRole("rowgroup");
  return within(body).getAllByRole("row");
}

/** A row's cells as text: severity, code, sheet, cell, message. */
function rowText(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole("gridcell")
    .map((c) => c.textContent ?? "");
}

function expectedRow(i: ValidationIssue): string[] {
  return [i.severity === "error" ? "Error" : "Warning", i.code, i.sheet, i.cell, i.message];
}

async function runCheck(issues: readonly ValidationIssue[] = sampleIssues, host = fakeHost()) {
  const validate = jest.fn(() => issues);
  renderInFluent(<CheckTab host={host} validate={validate} />);
  fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
  await screen.findByRole("button", { name: /check again/i });
  return { host, validate };
}

describe("Check tab", () => {
  it("validates the snapshot the host reads and lists every issue in order", async () => {
    const { validate } = await runCheck();
    expect(validate).toHaveBeenCalledWith(tinySnapshot);
    expect(bodyRows().map(rowText)).toEqual(sampleIssues.map(expectedRow));
  });

  it("shows the counts of errors and warnings", async () => {
    await runCheck();
    const errors = sampleIssues.filter((i) => i.severity === "error").length;
    const warnings = sampleIssues.length - errors;
    expect(screen.getByTestId("error-count").textContent).toBe(`${errors} errors`);
    expect(screen.getByTestId("warning-count").textContent).toBe(`${warnings} warnings`);
  });

  it("filters by severity", async () => {
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: /^Warnings/ }));
    expect(bodyRows().map(rowText)).toEqual(
      sampleIssues.filter((i) => i.severity === "warning").map(expectedRow)
    );
    fireEvent.click(screen.getByRole("button", { name: /^Errors/ }));
    expect(bodyRows().map(rowText)).toEqual(
      sampleIssues.filter((i) => i.severity === "error").map(expectedRow)
    );
    fireEvent.click(screen.getByRole("button", { name: /^All/ }));
    expect(bodyRows()).toHaveLength(sampleIssues.length);
  });

  it("filters by sheet, and says so when nothing matches both filters", async () => {
    await runCheck();
    fireEvent.change(screen.getByRole("combobox", { name: "Sheet" }), { target: { value: "PFR" } });
    expect(bodyRows().map(rowText)).toEqual(
      sampleIssues.filter((i) => i.sheet === "PFR").map(expectedRow)
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Sheet" }), {
      target: { value: "Vacancies" },
    });
    fireEvent.click(screen.getByRole("button", { name: /^Warnings/ }));
    expect(screen.getByText("No issues match these filters.")).toBeTruthy();
  });

  it("clicking a row selects that issue's cell in the workbook", async () => {
    const { host } = await runCheck();
    const target = 2;
    fireEvent.click(bodyRows()[target]);
    await waitFor(() =>
      expect(host.selections).toEqual([
        { sheet: sampleIssues[target].sheet, address: sampleIssues[target].cell },
      ])
    );
    expect(bodyRows()[target].getAttribute("aria-selected")).toBe("true");
  });

  it.each(["Enter", " "])("pressing %j on a focused row selects its cell", async (key) => {
    const { host } = await runCheck();
    const row = bodyRows()[1];
    row.focus();
    fireEvent.keyDown(row, { key });
    await waitFor(() =>
      expect(host.selections).toEqual([
        { sheet: sampleIssues[1].sheet, address: sampleIssues[1].cell },
      ])
    );
  });

  it("the selected row follows the filters' rows, not positions", async () => {
    const { host } = await runCheck();
    fireEvent.change(screen.getByRole("combobox", { name: "Sheet" }), { target: { value: "PFR" } });
    fireEvent.click(bodyRows()[1]);
    const expected = sampleIssues.filter((i) => i.sheet === "PFR")[1];
    await waitFor(() =>
      expect(host.selections).toEqual([{ sheet: expected.sheet, address: expected.cell }])
    );
  });

  it("shows a MessageBar when the workbook cannot be read", async () => {
    const host = fakeHost({ readError: new Error("The workbook is in cell-edit mode.") });
    renderInFluent(<CheckTab host={host} validate={() => sampleIssues} />);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not check the workbook");
    expect(alert.textContent).toContain("The workbook is in cell-edit mode.");
    expect(screen.queryByRole("grid")).toBeNull();
  });

  it("shows a MessageBar naming the cell when selecting fails", async () => {
    await runCheck(sampleIssues, fakeHost({ selectError: new Error("The sheet is hidden.") }));
    fireEvent.click(bodyRows()[0]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      `Could not select ${sampleIssues[0].sheet}!${sampleIssues[0].cell}: The sheet is hidden.`
    );
  });

  it("shows a progress bar with the stage while reading", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const host = fakeHost({ gate, progress: [{ stage: "Reading PFR", fraction: 0.5 }] });
    renderInFluent(<CheckTab host={host} validate={() => []} />);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    const bar = await screen.findByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.5");
    expect(screen.getByText("Reading PFR")).toBeTruthy();
    // Disabled but focusable, so keyboard focus stays on it while the check runs.
    expect(screen.getByRole("button", { name: /checking/i }).getAttribute("aria-disabled")).toBe(
      "true"
    );
    await act(async () => release());
    await screen.findByText("No problems found");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("renders workbook text as text, never as HTML", async () => {
    const hostile = [
      { ...sampleIssues[0], message: '<img src=x onerror="alert(1)"> not a number' },
    ];
    await runCheck(hostile);
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"> not a number')).toBeTruthy();
  });
});
