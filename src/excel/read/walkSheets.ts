/**
 * Every sheet of the workbook with its used range queued for loading, and the date system, in
 * as few syncs as the workbook allows.
 *
 * The sheets are not known before a sync, and a collection load cannot reach a method such as
 * getUsedRange. So the fast path walks the sheets with getFirst() / getNextOrNullObject(),
 * queueing a used-range load for each step, for more steps than the workbook is likely to have:
 * ONE sync. Steps past the last sheet are null objects; if every step was a real sheet, another
 * round continues from the last one (a second sync only for workbooks with more sheets than the
 * probe). Navigating on from a null object is not documented, so ANY failure of the walk
 * switches to the documented path for the rest of the session: list the collection, then read
 * the used ranges (two syncs).
 */
import type { ExcelSession } from "../session";
import { isLimitError } from "../readLimits";
import { dateSystemOf, queueDateProbe, type DateSystem } from "./dateSystem";

export const DEFAULT_SHEET_PROBE = 24;

export interface SheetStep {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

export interface SheetListing {
  readonly steps: readonly SheetStep[];
  /** Values and formulas came with the used ranges; false: only their addresses (too large). */
  readonly withValues: boolean;
  readonly dateSystem: DateSystem;
}

function queueUsed(sheet: Excel.Worksheet, withValues: boolean): SheetStep {
  const used = sheet.getUsedRangeOrNullObject(true);
  if (withValues) used.load("address,values,formulas");
  else used.load("address");
  return { sheet, used };
}

function queueSteps(first: Excel.Worksheet, count: number): SheetStep[] {
  const steps: SheetStep[] = [];
  let sheet = first;
  for (let i = 0; i < count; i++) {
    sheet.load("name,visibility");
    steps.push(queueUsed(sheet, true));
    if (i < count - 1) sheet = sheet.getNextOrNullObject();
  }
  return steps;
}

/** The walk: the first round shares its sync with the date probe; later rounds are rare. */
async function walk(context: Excel.RequestContext, probe: number): Promise<SheetListing> {
  const date = queueDateProbe(context);
  let round = queueSteps(context.workbook.worksheets.getFirst(), probe);
  await context.sync();
  const dateSystem = dateSystemOf(date);
  const steps: SheetStep[] = [];
  for (;;) {
    const real = round.filter((s) => !s.sheet.isNullObject);
    steps.push(...real);
    if (real.length < round.length) return { steps, withValues: true, dateSystem };
    round = queueSteps(real[real.length - 1].sheet.getNextOrNullObject(), probe);
    // Only for workbooks with more sheets than a round probes: each round needs the last one's end.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

/**
 * Sync 1: the sheet collection (and the date probe, unless Excel refused it before: then the
 * list is asked again without it, and the workbook is taken to use the 1900 system).
 */
async function loadCollection(
  context: Excel.RequestContext,
  session: ExcelSession
): Promise<{ sheets: Excel.Worksheet[]; dateSystem: DateSystem }> {
  const queue = (withDate: boolean) => {
    const date = withDate ? queueDateProbe(context) : null;
    const collection = context.workbook.worksheets;
    collection.load("items/name,items/visibility");
    return { date, collection };
  };
  let asked = queue(!session.dateProbeUnsupported);
  try {
    await context.sync();
  } catch (e) {
    if (!asked.date) throw e;
    asked = queue(false);
    await context.sync();
    // Only now is it clear that the probe, not Excel as a whole, failed.
    session.dateProbeUnsupported = true;
  }
  return { sheets: asked.collection.items, dateSystem: dateSystemOf(asked.date) };
}

/**
 * The documented path: the collection, then the used ranges with their values, or only their
 * addresses when the workbook is known or found to be too large for one request.
 */
async function listByCollection(
  context: Excel.RequestContext,
  session: ExcelSession,
  tooLarge: boolean
): Promise<SheetListing> {
  const { sheets, dateSystem } = await loadCollection(context, session);
  if (!tooLarge) {
    const steps = sheets.map((sheet) => queueUsed(sheet, true));
    try {
      await context.sync();
      return { steps, withValues: true, dateSystem };
    } catch (e) {
      if (!isLimitError(e)) throw e;
    }
  }
  const steps = sheets.map((sheet) => queueUsed(sheet, false));
  await context.sync();
  return { steps, withValues: false, dateSystem };
}

/** Every sheet with its used range loaded: one sync by the walk, two or three without it. */
export async function listSheets(
  context: Excel.RequestContext,
  session: ExcelSession,
  probe: number
): Promise<SheetListing> {
  if (!session.walkUnsupported) {
    try {
      return await walk(context, probe);
    } catch (e) {
      // Whatever the code, the walk is not trusted again in this session; a failure that was
      // about size goes straight to the addresses.
      session.walkUnsupported = true;
      return listByCollection(context, session, isLimitError(e));
    }
  }
  return listByCollection(context, session, false);
}
