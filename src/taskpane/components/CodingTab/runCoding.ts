/**
 * The Coding tab's side effects, free of React so they can be tested with a fake host: read the
 * workbook and reconcile it; select a finding's cell; write the findings sheet; highlight the
 * findings' rows and cells; clear the highlights. Each reports through reducer events.
 */
import type { WorkbookHost } from "../../../workbook/host";
import type { HighlightPlan } from "../../../workbook/highlight";
import { parseRange } from "../../../workbook/rangeRef";
import {
  FINDINGS_SHEET_NAME,
  HIGHLIGHT_MARKER,
  findingsPlan,
  highlightPlan,
  parseCellRef,
  reconcileParsed,
  type Finding,
} from "../../../domain/reconcile";
import { parseTemplate } from "../../../domain/template/parse";
import { errorText } from "../CheckTab/runCheck";
import type { CodingEvent, CodingRun } from "./codingState";
import { plural } from "./findingText";

type Dispatch = (e: CodingEvent) => void;

/** Lets the browser paint the progress bar before a long synchronous step. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reading is most of the wait in Excel; the comparison takes the rest of the bar. */
const READ_SHARE = 0.8;

export const RECONCILE_STAGE = "Comparing PWR with PFR and checking the Staff sheet";

export async function findMismatches(host: WorkbookHost, dispatch: Dispatch): Promise<void> {
  dispatch({ type: "started" });
  let snapshot;
  try {
    snapshot = await host.readSnapshot((p) =>
      dispatch({
        type: "progress",
        stage: p.stage,
        fraction: p.fraction === undefined ? undefined : p.fraction * READ_SHARE,
      })
    );
  } catch (e) {
    dispatch({ type: "failed", message: errorText(e) });
    return;
  }
  dispatch({ type: "progress", stage: RECONCILE_STAGE, fraction: READ_SHARE });
  await paint();
  let run: CodingRun;
  try {
    const parsed = parseTemplate(snapshot);
    run = { result: reconcileParsed(parsed), parsed, source: snapshot.source };
  } catch (e) {
    // The domain returns its problems as values; anything thrown is a bug, said plainly.
    dispatch({
      type: "failed",
      message: `Something went wrong inside the add-in: ${errorText(e)}. Nothing in the workbook was changed.`,
    });
    return;
  }
  dispatch({ type: "succeeded", run });
}

/** Selects a "Sheet!A1" reference; failures become a dismissible warning. */
export async function goToCell(host: WorkbookHost, ref: string, dispatch: Dispatch): Promise<void> {
  const parsed = parseCellRef(ref);
  if (!parsed) {
    dispatch({ type: "selectFailed", message: `"${ref}" is not a cell reference.` });
    return;
  }
  try {
    await host.select(parsed.sheet, parsed.address);
  } catch (e) {
    dispatch({ type: "selectFailed", message: `Could not select ${ref}: ${errorText(e)}` });
  }
}

/** Marks the finding active and selects its first cell. */
export async function selectFinding(
  host: WorkbookHost,
  key: string,
  finding: Finding,
  dispatch: Dispatch
): Promise<void> {
  dispatch({ type: "activated", key });
  const cell = finding.cells[0];
  if (cell !== undefined) await goToCell(host, cell, dispatch);
}

const RETRY_EXCEL = "If a cell is being edited, press Enter or Esc, then try again.";

export async function writeFindingsSheet(
  host: WorkbookHost,
  run: CodingRun,
  dispatch: Dispatch
): Promise<void> {
  dispatch({ type: "actionStarted", action: "write", stage: `Writing ${FINDINGS_SHEET_NAME}` });
  const plan = findingsPlan(run.result);
  try {
    const written = await host.applyPlan(plan, (p) =>
      dispatch({ type: "actionProgress", stage: p.stage, fraction: p.fraction })
    );
    const sheet = written.sheets[0] ?? FINDINGS_SHEET_NAME;
    const total = run.result.findings.length;
    const listed = plan.sheets[0]?.tables?.length ? tableRows(plan.sheets[0].tables[0].range) : 0;
    const what =
      total === 0
        ? "It says no coding mismatches were found."
        : listed < total
          ? `It lists the first ${plural(listed, "finding")} of ${total.toLocaleString("en-GB")} in a table, under the roll-up that counts them all.`
          : `It lists ${plural(total, "finding")} in a table, under the roll-up.`;
    dispatch({
      type: "actionFinished",
      outcome: {
        action: "write",
        intent: "success",
        title: `Wrote the sheet ${sheet}`,
        message: what,
        details: written.messages,
      },
    });
  } catch (e) {
    dispatch({
      type: "actionFinished",
      outcome: {
        action: "write",
        intent: "error",
        title: "Could not write the findings sheet",
        message: `${errorText(e)} The add-in writes only its own sheet, so your other sheets are as they were. ${RETRY_EXCEL}`,
        details: [],
      },
    });
  }
}

function tableRows(range: string): number {
  const rect = parseRange(range);
  return rect ? rect.bottom - rect.top : 0; // without the header row
}

/** "305 rows on Staff, 62 cells on PWR and 60 cells on PFR". */
export function highlightedText(
  plans: readonly HighlightPlan[],
  staffSheet: string | null
): string {
  const parts = plans.map((plan) => {
    let rows = 0;
    let cells = 0;
    for (const range of plan.ranges) {
      const rect = parseRange(range);
      if (!rect) continue;
      rows += rect.bottom - rect.top + 1;
      cells += (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    }
    return plan.sheet === staffSheet
      ? `${plural(rows, "row")} on ${plan.sheet}`
      : `${plural(cells, "cell")} on ${plan.sheet}`;
  });
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

export async function highlightFindings(
  host: WorkbookHost,
  run: CodingRun,
  dispatch: Dispatch
): Promise<void> {
  const plans = highlightPlan(run.result);
  if (plans.length === 0) {
    dispatch({
      type: "actionFinished",
      outcome: {
        action: "highlight",
        intent: "info",
        title: "Nothing to highlight",
        message: "No finding points at a cell of the workbook.",
        details: [],
      },
    });
    return;
  }
  dispatch({
    type: "actionStarted",
    action: "highlight",
    stage: "Highlighting the findings' rows and cells",
  });
  try {
    await host.highlight(plans);
    dispatch({
      type: "actionFinished",
      outcome: {
        action: "highlight",
        intent: "success",
        title: "Highlighted the findings",
        message: `Highlighted ${highlightedText(plans, run.result.staffSheet?.name ?? null)}. They are conditional formats of the add-in's own: "Clear highlights" removes them and leaves your formatting as it is.`,
        details: [],
      },
    });
  } catch (e) {
    dispatch({
      type: "actionFinished",
      outcome: {
        action: "highlight",
        intent: "error",
        title: "Could not highlight the findings",
        message: `${errorText(e)} ${RETRY_EXCEL}`,
        details: [],
      },
    });
  }
}

export async function clearHighlights(host: WorkbookHost, dispatch: Dispatch): Promise<void> {
  dispatch({ type: "actionStarted", action: "clear", stage: "Removing the add-in's highlights" });
  try {
    const removed = await host.clearHighlights(HIGHLIGHT_MARKER);
    dispatch({
      type: "actionFinished",
      outcome:
        removed > 0
          ? {
              action: "clear",
              intent: "success",
              title: "Cleared the highlights",
              message: "The add-in's highlights are gone; your own formatting is as it was.",
              details: [],
            }
          : {
              action: "clear",
              intent: "info",
              title: "No highlights to clear",
              message: "The workbook has no highlights of the add-in's.",
              details: [],
            },
    });
  } catch (e) {
    dispatch({
      type: "actionFinished",
      outcome: {
        action: "clear",
        intent: "error",
        title: "Could not clear the highlights",
        message: `${errorText(e)} ${RETRY_EXCEL}`,
        details: [],
      },
    });
  }
}
