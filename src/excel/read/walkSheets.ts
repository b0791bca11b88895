/**
 * Every sheet of the workbook with its used range queued for loading, in as few syncs as the
 * workbook allows.
 *
 * The sheets are not known before a sync, and a collection load cannot reach a method such as
 * getUsedRange. So the fast path walks the sheets with getFirst() / getNextOrNullObject(),
 * queueing a used-range load for each step, for more steps than the workbook is likely to have.
 * Steps past the last sheet are null objects. If every step was a real sheet, another round
 * continues from the last one: a second sync only for workbooks with more sheets than the probe.
 * Navigating on from a null object is not documented; the documented path (list the collection,
 * then read the used ranges: two syncs) is the fallback, for the rest of the session.
 */
import type { ExcelSession } from "../session";
import { errorCode } from "../excelErrors";

export const DEFAULT_SHEET_PROBE = 24;

export interface SheetStep {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

function queueUsed(sheet: Excel.Worksheet, withValues: boolean): SheetStep {
  const used = sheet.getUsedRangeOrNullObject(true);
  if (withValues) used.load("address,values,formulas");
  else used.load("address");
  return { sheet, used };
}

function queueSteps(first: Excel.Worksheet, count: number, withValues: boolean): SheetStep[] {
  const steps: SheetStep[] = [];
  let sheet = first;
  for (let i = 0; i < count; i++) {
    sheet.load("name,visibility");
    steps.push(queueUsed(sheet, withValues));
    if (i < count - 1) sheet = sheet.getNextOrNullObject();
  }
  return steps;
}

/** Walks all sheets, a round at a time, after the first round's sync. */
async function walkRounds(
  context: Excel.RequestContext,
  firstRound: SheetStep[],
  probe: number,
  withValues: boolean
): Promise<SheetStep[]> {
  const all: SheetStep[] = [];
  let round = firstRound;
  for (;;) {
    const real = round.filter((s) => !s.sheet.isNullObject);
    all.push(...real);
    if (real.length < round.length) return all;
    round = queueSteps(real[real.length - 1].sheet.getNextOrNullObject(), probe, withValues);
    // Only for workbooks with more sheets than a round probes: each round needs the last one's end.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

const WALK_FAILURE_CODES = new Set([
  "InvalidArgument",
  "InvalidReference",
  "InvalidObjectPath",
  "InvalidOperation",
  "ItemNotFound",
  "NotImplemented",
  "ApiNotFound",
]);

export function isWalkFailure(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && WALK_FAILURE_CODES.has(code);
}

async function listByCollection(
  context: Excel.RequestContext,
  withValues: boolean
): Promise<SheetStep[]> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/visibility");
  await context.sync();
  const steps = collection.items.map((sheet) => queueUsed(sheet, withValues));
  await context.sync();
  return steps;
}

/** Every sheet with its used range loaded: one sync by the walk, unless it is unsupported. */
export async function listSheets(
  context: Excel.RequestContext,
  session: ExcelSession,
  probe: number,
  withValues: boolean
): Promise<SheetStep[]> {
  if (session.walkUnsupported) return listByCollection(context, withValues);
  const firstRound = queueSteps(context.workbook.worksheets.getFirst(), probe, withValues);
  try {
    await context.sync();
  } catch (e) {
    if (!isWalkFailure(e)) throw e;
    session.walkUnsupported = true;
    return listByCollection(context, withValues);
  }
  return walkRounds(context, firstRound, probe, withValues);
}
