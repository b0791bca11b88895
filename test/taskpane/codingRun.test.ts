import {
  RECONCILE_STAGE,
  clearHighlights,
  findMismatches,
  goToCell,
  highlightFindings,
  highlightedText,
  selectFinding,
  writeFindingsSheet,
} from "../../src/taskpane/components/CodingTab/runCoding";
import type { CodingEvent, CodingRun } from "../../src/taskpane/components/CodingTab/codingState";
import {
  HIGHLIGHT_MARKER,
  findingsPlan,
  highlightPlan,
  reconcile,
  reconcileParsed,
} from "../../src/domain/reconcile";
import { parseTemplate } from "../../src/domain/template/parse";
import { markerFormula } from "../../src/workbook/highlight";
import { codingHost } from "./support/codingHost";
import { cleanSnapshot, mixedWorkbook } from "./codingWorkbooks";

function recorder() {
  const events: CodingEvent[] = [];
  return { events, dispatch: (e: CodingEvent) => events.push(e) };
}

function runFor(snapshot = mixedWorkbook()): CodingRun {
  const parsed = parseTemplate(snapshot);
  return { parsed, result: reconcileParsed(parsed), source: snapshot.source };
}

describe("findMismatches", () => {
  it("reads, reports progress within the reading share, then reconciles what it read", async () => {
    const snapshot = mixedWorkbook();
    const host = codingHost({
      snapshot,
      readProgress: [
        { stage: "Reading PWR", fraction: 0 },
        { stage: "Reading Staff", fraction: 0.5 },
        { stage: "Reading the rest" },
      ],
    });
    const { events, dispatch } = recorder();
    await findMismatches(host, dispatch);
    expect(events.slice(0, -1)).toEqual([
      { type: "started" },
      { type: "progress", stage: "Reading PWR", fraction: 0 },
      { type: "progress", stage: "Reading Staff", fraction: 0.4 },
      { type: "progress", stage: "Reading the rest", fraction: undefined },
      { type: "progress", stage: RECONCILE_STAGE, fraction: 0.8 },
    ]);
    const last = events[events.length - 1];
    expect(last.type).toBe("succeeded");
    if (last.type !== "succeeded") return;
    expect(last.run.result).toEqual(reconcile(snapshot));
    expect(last.run.source).toBe(snapshot.source);
    expect(host.reads).toBe(1);
  });

  it.each([
    [new Error("The workbook is busy."), "The workbook is busy."],
    ["plain text", "plain text"],
    [{}, "An unexpected error occurred."],
  ])("a read that fails (%p) ends in a failure with its message", async (error, message) => {
    const host = codingHost({ snapshot: mixedWorkbook(), readError: error });
    const { events, dispatch } = recorder();
    await findMismatches(host, dispatch);
    expect(events).toEqual([{ type: "started" }, { type: "failed", message }]);
  });
});

describe("selecting", () => {
  const run = runFor();
  const [aggregate, staff] = run.result.findings;

  it("marks the finding and selects its first cell", async () => {
    const host = codingHost({ snapshot: mixedWorkbook() });
    const { events, dispatch } = recorder();
    await selectFinding(host, "1", staff, dispatch);
    const [sheet, address] = staff.cells[0].split("!");
    expect(host.selections).toEqual([{ sheet, address }]);
    expect(events).toEqual([{ type: "activated", key: "1" }]);
    await selectFinding(host, "0", aggregate, dispatch);
    expect(host.selections[1]).toEqual({
      sheet: aggregate.cells[0].split("!")[0],
      address: aggregate.cells[0].split("!")[1],
    });
  });

  it("a quoted sheet name is unquoted for the host", async () => {
    const host = codingHost({ snapshot: mixedWorkbook() });
    await goToCell(host, "'Staff list'!D12", () => undefined);
    expect(host.selections).toEqual([{ sheet: "Staff list", address: "D12" }]);
  });

  it("a finding without cells is marked, with nothing to select", async () => {
    const host = codingHost({ snapshot: mixedWorkbook() });
    const { events, dispatch } = recorder();
    await selectFinding(host, "4", { ...staff, cells: [] }, dispatch);
    expect(host.selections).toEqual([]);
    expect(events).toEqual([{ type: "activated", key: "4" }]);
  });

  it("a selection that fails becomes a warning naming the cell", async () => {
    const host = codingHost({
      snapshot: mixedWorkbook(),
      selectError: new Error('There is no sheet named "Staff" in this workbook any more.'),
    });
    const { events, dispatch } = recorder();
    await selectFinding(host, "1", staff, dispatch);
    expect(events[1]).toEqual({
      type: "selectFailed",
      message: `Could not select ${staff.cells[0]}: There is no sheet named "Staff" in this workbook any more.`,
    });
  });
});

describe("writeFindingsSheet", () => {
  it("applies findingsPlan of the result and says what was written", async () => {
    const run = runFor();
    const host = codingHost({ snapshot: mixedWorkbook() });
    const { events, dispatch } = recorder();
    await writeFindingsSheet(host, run, dispatch);
    expect(host.plans).toEqual([findingsPlan(run.result)]);
    expect(events[0]).toEqual({
      type: "actionStarted",
      action: "write",
      stage: "Writing LLR Coding Mismatches",
    });
    expect(events[events.length - 1]).toEqual({
      type: "actionFinished",
      outcome: {
        action: "write",
        intent: "success",
        title: "Wrote the sheet LLR Coding Mismatches",
        message: `It lists ${run.result.findings.length} findings in a table, under the roll-up.`,
        details: [],
      },
    });
  });

  it("names the sheet the host chose and passes on its messages", async () => {
    const message =
      'A sheet named "LLR Coding Mismatches" already exists and was not made by the add-in, so it was left as it is and "LLR Coding Mismatches (2)" was written instead.';
    const host = codingHost({
      snapshot: mixedWorkbook(),
      applyResult: () => ({ sheets: ["LLR Coding Mismatches (2)"], messages: [message] }),
    });
    const { events, dispatch } = recorder();
    await writeFindingsSheet(host, runFor(), dispatch);
    const last = events[events.length - 1];
    expect(last).toMatchObject({
      outcome: { title: "Wrote the sheet LLR Coding Mismatches (2)", details: [message] },
    });
  });

  it("an empty result still writes the sheet, which says nothing was found", async () => {
    const { events, dispatch } = recorder();
    await writeFindingsSheet(
      codingHost({ snapshot: cleanSnapshot() }),
      runFor(cleanSnapshot()),
      dispatch
    );
    expect(events[events.length - 1]).toMatchObject({
      outcome: { intent: "success", message: "It says no coding mismatches were found." },
    });
  });

  it("a failed write is an error outcome that says the user's sheets are untouched", async () => {
    const host = codingHost({
      snapshot: mixedWorkbook(),
      applyError: new Error("Tables named x already exist."),
    });
    const { events, dispatch } = recorder();
    await writeFindingsSheet(host, runFor(), dispatch);
    expect(events[events.length - 1]).toEqual({
      type: "actionFinished",
      outcome: {
        action: "write",
        intent: "error",
        title: "Could not write the findings sheet",
        message:
          "Tables named x already exist. The add-in writes only its own sheet, so your other sheets are as they were. If a cell is being edited, press Enter or Esc, then try again.",
        details: [],
      },
    });
  });
});

describe("highlighting", () => {
  it("hands highlightPlan of the result to the host and counts rows and cells", async () => {
    const run = runFor();
    const host = codingHost({ snapshot: mixedWorkbook() });
    const { events, dispatch } = recorder();
    await highlightFindings(host, run, dispatch);
    const plans = highlightPlan(run.result);
    expect(host.highlights).toEqual([plans]);
    const staffRows = new Set(run.result.findings.map((f) => f.row).filter((r) => r !== undefined))
      .size;
    const aggregateCells = new Set(
      run.result.findings.filter((f) => f.row === undefined).flatMap((f) => f.cells)
    );
    const pwr = [...aggregateCells].filter((c) => c.startsWith("PWR!")).length;
    const pfr = [...aggregateCells].filter((c) => c.startsWith("PFR!")).length;
    expect(events[events.length - 1]).toMatchObject({
      outcome: {
        action: "highlight",
        intent: "success",
        message: `Highlighted ${staffRows} rows on Staff, ${pwr} cells on PWR and ${pfr} cells on PFR. They are conditional formats of the add-in's own: "Clear highlights" removes them and leaves your formatting as it is.`,
      },
    });
  });

  it("with nothing to highlight, says so without calling the host", async () => {
    const host = codingHost({ snapshot: cleanSnapshot() });
    const { events, dispatch } = recorder();
    await highlightFindings(host, runFor(cleanSnapshot()), dispatch);
    expect(host.highlights).toEqual([]);
    expect(events).toEqual([
      {
        type: "actionFinished",
        outcome: {
          action: "highlight",
          intent: "info",
          title: "Nothing to highlight",
          message: "No finding points at a cell of the workbook.",
          details: [],
        },
      },
    ]);
  });

  it("a failed highlight is an error outcome with the host's words", async () => {
    const host = codingHost({
      snapshot: mixedWorkbook(),
      highlightError: new Error('Sheet "Staff" is protected, so nothing was highlighted.'),
    });
    const { events, dispatch } = recorder();
    await highlightFindings(host, runFor(), dispatch);
    expect(events[events.length - 1]).toMatchObject({
      outcome: {
        intent: "error",
        title: "Could not highlight the findings",
        message: expect.stringContaining('Sheet "Staff" is protected, so nothing was highlighted.'),
      },
    });
  });

  it.each([
    [3, "success", "Cleared the highlights"],
    [0, "info", "No highlights to clear"],
  ] as const)("clear with %d removed: %s, %s", async (removed, intent, title) => {
    const host = codingHost({ snapshot: mixedWorkbook(), removed });
    const { events, dispatch } = recorder();
    await clearHighlights(host, dispatch);
    expect(host.clears).toEqual([HIGHLIGHT_MARKER]);
    expect(events[0]).toMatchObject({ type: "actionStarted", action: "clear" });
    expect(events[1]).toMatchObject({
      type: "actionFinished",
      outcome: { action: "clear", intent, title },
    });
  });

  it("a failed clear is an error outcome", async () => {
    const host = codingHost({ snapshot: mixedWorkbook(), clearError: new Error("Busy.") });
    const { events, dispatch } = recorder();
    await clearHighlights(host, dispatch);
    expect(events[1]).toMatchObject({
      outcome: { intent: "error", title: "Could not clear the highlights" },
    });
  });

  it.each([
    [[["Staff", ["A2:I3", "A9:I9"]]], "3 rows on Staff"],
    [
      [
        ["Staff", ["A2:I2"]],
        ["PWR", ["L7"]],
      ],
      "1 row on Staff and 1 cell on PWR",
    ],
    [
      [
        ["PWR", ["L7", "L8:M8"]],
        ["PFR", ["K7"]],
      ],
      "3 cells on PWR and 1 cell on PFR",
    ],
  ] as const)("highlightedText(%j) = %s", (plans, text) => {
    const full = plans.map(([sheet, ranges]) => ({
      sheet,
      ranges: [...ranges],
      marker: HIGHLIGHT_MARKER,
      formula: markerFormula(HIGHLIGHT_MARKER),
      fill: "#FFE699",
    }));
    expect(highlightedText(full, "Staff")).toBe(text);
  });
});
