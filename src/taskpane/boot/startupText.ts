/** The words the pane shows for each start-up state that is not the working pane itself. */
import {
  OFFICE_ANSWER_TIMEOUT_MS,
  canRetry,
  type PreviewReason,
  type StartupProblem,
} from "./startupMachine";

/** Why the pane is showing the preview, for its banner. */
export function previewReasonText(reason: PreviewReason, detail?: string): string {
  switch (reason) {
    case "office-missing":
      return "Office.js could not be loaded (offline?), so the pane runs on a built-in sample workbook.";
    case "outside-office":
      return "Opened outside Excel, so the pane runs on a built-in sample workbook.";
    case "office-slow":
      return "Office has not answered, so the pane runs on a built-in sample workbook; it switches to Excel if Excel answers.";
    case "office-error":
      return `Office reported an error (${detail ?? "unknown"}), so the pane runs on a built-in sample workbook.`;
  }
}

export interface ProblemText {
  readonly title: string;
  readonly body: string;
  /** The button: Retry waits for Excel again; Reload opens the pane afresh. */
  readonly action: "Retry" | "Reload";
}

const seconds = Math.round(OFFICE_ANSWER_TIMEOUT_MS / 1000);
const AGAIN =
  "If this keeps happening, close the task pane and open it again from Home > LLR Workforce > Open.";

export function problemText(problem: StartupProblem, detail?: string): ProblemText {
  const action = canRetry(problem) ? "Retry" : "Reload";
  switch (problem) {
    case "no-answer":
      return {
        title: "Excel did not answer",
        body: `Excel did not answer within ${seconds} seconds, so the pane cannot read or write your workbook yet. Excel may still be starting: Retry waits again. ${AGAIN}`,
        action,
      };
    case "office-error":
      return {
        title: "Excel could not start the add-in",
        body: `Office reported an error while starting the pane (${detail ?? "unknown"}). Retry waits for Excel again. ${AGAIN}`,
        action,
      };
    case "no-host":
      return {
        title: "Excel did not identify itself",
        body: `This page was opened as an Office add-in, but Office.js found no Office application to work with. Reload the pane. ${AGAIN}`,
        action,
      };
    case "office-missing":
      return {
        title: "Office.js could not be loaded",
        body: `The pane needs Office.js from Microsoft to talk to Excel, and it did not load (is this computer offline?). Check the network connection, then reload the pane. ${AGAIN}`,
        action,
      };
  }
}

/** For another Office application: this add-in needs Excel, and never shows the sample there. */
export function otherHostText(host: string): { readonly title: string; readonly body: string } {
  return {
    title: "LLR Workforce works in Excel",
    body: `This add-in works in Excel only; it cannot work on a document in ${host}. Open your workbook in Excel and start LLR Workforce from Home > LLR Workforce > Open.`,
  };
}
