/**
 * Highlighting with conditional formats the add-in owns (src/workbook/highlight.ts): adding them,
 * and finding and deleting earlier ones, which Office.js can only recognise by their rule formula.
 */
import {
  areaRects,
  highlightAreas,
  isMarkerFormula,
  planMarkers,
  type HighlightPlan,
} from "../workbook/highlight";
import { sameSheetName } from "../workbook/ownership";
import type { ExcelSession } from "./session";
import { errorCode, excelFailure } from "./excelErrors";

interface SheetFormats {
  readonly sheet: Excel.Worksheet;
  readonly formats: Excel.ConditionalFormatCollection;
}

interface OwnedFormat {
  readonly sheet: Excel.Worksheet;
  readonly format: Excel.ConditionalFormat;
}

/** Codes an Excel build gave when it refused the one-step load of custom rules. */
const REFUSED_LOAD_CODES = new Set([
  "InvalidArgument",
  "InvalidReference",
  "InvalidObjectPath",
  "InvalidOperation",
  "ItemNotFound",
  "NotImplemented",
  "ApiNotFound",
]);

function isRefusedLoad(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && REFUSED_LOAD_CODES.has(code);
}

function protectedSheetMessage(name: string, what: string): string {
  return `Sheet "${name}" is protected, so ${what}: unprotect it (Review › Unprotect Sheet) and try again.`;
}

/** Sync 1: every sheet's name and protection. */
async function loadSheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  await context.sync();
  return sheets.items;
}

/**
 * Sync 2 (3 on the fallback): the conditional formats on every sheet, with the rule formula of
 * the custom ones; returns those whose formula carries one of the markers. If an Excel build
 * refused to load the custom rule through customOrNullObject in one go, the types are read first
 * and the custom rules' formulas second (one more sync), for the session.
 */
async function findOwnedFormats(
  context: Excel.RequestContext,
  session: ExcelSession,
  sheets: readonly Excel.Worksheet[],
  markers: readonly string[]
): Promise<OwnedFormat[]> {
  const queue = (props: string): SheetFormats[] =>
    sheets.map((sheet) => {
      // The whole sheet, not the used range: a highlight outlives the values under it.
      const formats = sheet.getRange().conditionalFormats;
      formats.load(props);
      return { sheet, formats };
    });
  let all: SheetFormats[] = [];
  let nested = !session.nestedRuleLoadUnsupported;
  if (nested) {
    all = queue("items/type,items/customOrNullObject/rule/formula");
    try {
      await context.sync();
    } catch (e) {
      if (!isRefusedLoad(e)) throw e;
      session.nestedRuleLoadUnsupported = true;
      nested = false;
    }
  }
  if (!nested) {
    all = queue("items/type");
    await context.sync();
    for (const { formats } of all)
      for (const format of formats.items)
        if (format.type === "Custom") format.custom.load("rule/formula");
    // Only for Excel builds that refused the one-step load above.
    await context.sync();
  }
  const owned: OwnedFormat[] = [];
  for (const { sheet, formats } of all) {
    for (const format of formats.items) {
      if (format.type !== "Custom") continue;
      const custom = nested ? format.customOrNullObject : format.custom;
      if (nested && custom.isNullObject) continue;
      const formula = custom.rule.formula;
      if (markers.some((m) => isMarkerFormula(formula, m))) owned.push({ sheet, format });
    }
  }
  return owned;
}

function refuseProtected(owned: readonly OwnedFormat[], what: string): void {
  const locked = owned.find((o) => o.sheet.protection.protected);
  if (locked) throw new Error(protectedSheetMessage(locked.sheet.name, what));
}

async function deleteAndAdd(
  context: Excel.RequestContext,
  owned: readonly OwnedFormat[],
  add: () => void
): Promise<void> {
  owned.forEach(({ format }) => format.delete());
  add();
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) === "AccessDenied")
      throw new Error(
        "Excel refused to change the highlights (a sheet may be protected or the workbook shared read-only)."
      );
    throw e;
  }
}

/**
 * Removes the markers' highlights everywhere, then adds the plans', in three syncs: (1) the
 * sheets, (2) their conditional formats with the custom rules' formulas, (3) delete ours and add
 * the new ones (one conditional format per chunk of ranges). Nothing changes when a plan's sheet
 * is missing or protected or a range is not an A1 address.
 */
export async function highlight(
  context: Excel.RequestContext,
  session: ExcelSession,
  plans: readonly HighlightPlan[]
): Promise<void> {
  if (plans.length === 0) return;
  try {
    await replaceHighlights(context, session, plans);
  } catch (e) {
    throw excelFailure(e, "highlight the cells");
  }
}

async function replaceHighlights(
  context: Excel.RequestContext,
  session: ExcelSession,
  plans: readonly HighlightPlan[]
): Promise<void> {
  const sheets = await loadSheets(context);
  const targets = plans.map((plan) => {
    const sheet = sheets.find((s) => sameSheetName(s.name, plan.sheet));
    if (!sheet)
      throw new Error(
        `There is no sheet named "${plan.sheet}" in this workbook any more, so nothing was highlighted.`
      );
    if (sheet.protection.protected)
      throw new Error(protectedSheetMessage(sheet.name, "nothing was highlighted"));
    const areas = highlightAreas(plan);
    for (const area of areas)
      if (!areaRects(area))
        throw new Error(`Sheet "${sheet.name}": "${area}" is not a list of A1 ranges.`);
    return { sheet, plan, areas };
  });
  const owned = await findOwnedFormats(context, session, sheets, planMarkers(plans));
  refuseProtected(owned, "the earlier highlights cannot be replaced");
  await deleteAndAdd(context, owned, () => {
    for (const { sheet, plan, areas } of targets) {
      for (const area of areas) {
        const format = sheet.getRanges(area).conditionalFormats.add("Custom");
        format.custom.rule.formula = plan.formula;
        format.custom.format.fill.color = plan.fill;
      }
    }
  });
}

/** Deletes the marker's conditional formats on every sheet; at most three syncs, two when there are none. */
export async function clearHighlights(
  context: Excel.RequestContext,
  session: ExcelSession,
  marker: string
): Promise<number> {
  try {
    const sheets = await loadSheets(context);
    const owned = await findOwnedFormats(context, session, sheets, [marker]);
    if (owned.length === 0) return 0;
    refuseProtected(owned, "its highlights cannot be removed and none were");
    await deleteAndAdd(context, owned, () => undefined);
    return owned.length;
  } catch (e) {
    throw excelFailure(e, "remove the highlights");
  }
}
