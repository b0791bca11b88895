/** The Check tab's side effects, free of React so they can be tested with a fake host. */
import type { WorkbookHost } from "../../../workbook/host";
import type { WorkbookSnapshot } from "../../../workbook/snapshot";
import type { ValidationIssue } from "../../../domain/validation/validate";
import type { CheckAction } from "./checkState";

/** The template validator, or a promise of its result (the real one loads on first use). */
export type Validator = (
  snapshot: WorkbookSnapshot
) => readonly ValidationIssue[] | Promise<readonly ValidationIssue[]>;

/**
 * The domain's validate(), loaded when the first check runs: it brings the template definition
 * (zod) with it, which the first screen does not need.
 */
export const lazyValidate: Validator = async (snapshot) => {
  const { validate } = await import("../../../domain/validation/validate");
  return validate(snapshot);
};

/** Lets the browser paint the progress bar before a long synchronous step. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function errorText(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === "string" && e) return e;
  return "An unexpected error occurred.";
}

export async function runCheck(
  host: WorkbookHost,
  validate: Validator,
  dispatch: (a: CheckAction) => void
): Promise<void> {
  dispatch({ type: "started" });
  try {
    const snapshot = await host.readSnapshot((p) =>
      dispatch({ type: "progress", stage: p.stage, fraction: p.fraction })
    );
    dispatch({ type: "progress", stage: "Checking against the template" });
    await paint();
    const issues = await validate(snapshot);
    dispatch({
      type: "succeeded",
      issues,
      sheetsChecked: snapshot.sheets.length,
      source: snapshot.source,
    });
  } catch (e) {
    dispatch({ type: "failed", message: errorText(e) });
  }
}

/** Marks the issue active and selects its cell; issues about a whole missing sheet have no cell to select. */
export async function selectIssue(
  host: WorkbookHost,
  key: string,
  issue: ValidationIssue,
  dispatch: (a: CheckAction) => void
): Promise<void> {
  dispatch({ type: "activated", key });
  if (issue.cell === "") return;
  try {
    await host.select(issue.sheet, issue.cell);
  } catch (e) {
    dispatch({
      type: "selectFailed",
      message: `Could not select ${issue.sheet}!${issue.cell}: ${errorText(e)}`,
    });
  }
}
