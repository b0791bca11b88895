/**
 * Applies a write plan all or nothing, in the way Excel's batches allow (a failed batch keeps
 * what ran before the failure; there is no rollback):
 *
 * 1. one sync finds the workbook's sheets, defined names and tables (existing.ts);
 * 2. the plan's sheets are written under temporary names, in requests under the 5 MB limit of
 *    Excel on the web: usually one sync, more for very large sheets (writeSheets.ts);
 * 3. one commit sync renames the add-in's earlier sheets (and their clashing tables) out of the
 *    way, names the new sheets and tables, marks them and adds the drop-down lists (commit.ts);
 * 4. one more sync deletes the earlier sheets, when there were any.
 *
 * If any sync fails, what had been done is undone (undo.ts) and the error says "Nothing was
 * changed"; if even that fails, the error names the sheets left behind.
 */
import type { ApplyResult, ReadProgress } from "../../workbook/host";
import type { WritePlan } from "../../workbook/plan";
import {
  LIST_SHEET_MARKER,
  LIST_SHEET_NAME,
  placeValidationLists,
} from "../../workbook/validationLists";
import { OPTIONAL_FEATURES } from "../requirements";
import { sessionSupports, type ExcelSession } from "../session";
import { ExcelOperationError, errorCode, errorMessage, excelFailure } from "../excelErrors";
import { checkPlan } from "./checkPlan";
import { commitWrite, deleteReplaced } from "./commit";
import { loadExisting, type Existing } from "./existing";
import { newJournal } from "./journal";
import { REQUEST_BUDGET } from "./payload";
import { chooseTableNames, placeSheets, type SheetTarget } from "./targets";
import { undoWrite, type UndoOutcome } from "./undo";
import { writeSheets } from "./writeSheets";

export interface ApplyOptions {
  /** Bytes of cell data per request; tests set it small. */
  readonly requestBudget?: number;
}

function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

function nothingChanged(error: unknown, what: string): unknown {
  const failure = excelFailure(error, what);
  const message = failure instanceof Error ? failure.message : String(failure);
  return new ExcelOperationError(`Nothing was changed: ${message}`, errorCode(error), error);
}

function undoFailed(
  error: unknown,
  outcome: Extract<UndoOutcome, { kind: "failed" }>,
  what: string
): Error {
  const first = excelFailure(error, what);
  return new ExcelOperationError(
    `${first instanceof Error ? first.message : String(first)} Excel then failed again while undoing it ` +
      `(${errorCode(outcome.error) ?? "error"}: ${errorMessage(outcome.error)}), so the workbook may hold sheets ` +
      `the add-in was writing or replacing: ${quoted(outcome.leftovers)}. Delete any of them you find ` +
      `(a sheet named "LLR replaced ..." is the add-in's earlier sheet: rename it back if you want it). ` +
      `Your own sheets were not changed.`,
    errorCode(error),
    error
  );
}

function chartMessage(skipped: number): string[] {
  if (skipped === 0) return [];
  const feature = OPTIONAL_FEATURES.find((f) => f.id === "chartSeries")!;
  return [
    `This version of Excel does not support ${feature.set.name} ${feature.set.version} (${feature.what}), so ${feature.without}.`,
  ];
}

function wantedSheets(plan: WritePlan, listNeeded: boolean) {
  const wanted = plan.sheets.map((s) => ({ plan: s, name: s.name, marker: s.ownerMarker }));
  return listNeeded
    ? [...wanted, { plan: null, name: LIST_SHEET_NAME, marker: LIST_SHEET_MARKER }]
    : wanted;
}

export async function applyPlan(
  context: Excel.RequestContext,
  session: ExcelSession,
  plan: WritePlan,
  onProgress?: (p: ReadProgress) => void,
  options: ApplyOptions = {}
): Promise<ApplyResult> {
  checkPlan(plan);
  const lists = placeValidationLists(plan);
  onProgress?.({ stage: "Checking existing sheets", fraction: 0 });
  let existing: Existing;
  try {
    existing = await loadExisting(context);
  } catch (e) {
    throw nothingChanged(e, "look at the workbook's sheets");
  }
  const { targets, messages } = placeSheets(
    existing,
    wantedSheets(plan, lists.sheetColumns.length > 0)
  );
  chooseTableNames(existing, targets, []); // refuses clashing table names before anything is written
  const sheetNames = targets.map((t: SheetTarget) => t.finalName);
  const what = `write ${quoted(sheetNames)}`;
  const journal = newJournal();
  try {
    const outcome = await writeSheets(
      context,
      existing,
      targets,
      lists,
      {
        budget: options.requestBudget ?? REQUEST_BUDGET,
        chartsAllowed: sessionSupports(session, "chartSeries"),
        onProgress,
      },
      journal
    );
    const tableNames = chooseTableNames(existing, targets, outcome.sheetScopedNames);
    messages.push(...tableNames.messages, ...chartMessage(outcome.skippedCharts));
    onProgress?.({ stage: "Putting the sheets in place", fraction: 0.85 });
    await commitWrite(
      context,
      outcome.written,
      existing,
      tableNames,
      outcome.sheetScopedNames,
      lists,
      journal
    );
    await deleteReplaced(context, outcome.written);
  } catch (e) {
    onProgress?.({ stage: "Undoing the unfinished write", fraction: 1 });
    const undone = await undoWrite(context, existing, targets, journal);
    if (undone.kind === "restored") throw nothingChanged(e, what);
    if (undone.kind === "failed") throw undoFailed(e, undone, what);
    if (undone.leftovers.length > 0)
      messages.push(
        `The new sheets are in place, but Excel could not delete the earlier ones: delete ${quoted(undone.leftovers)} yourself.`
      );
  }
  onProgress?.({ stage: "Written", fraction: 1 });
  return { sheets: sheetNames, messages };
}
