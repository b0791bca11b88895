/**
 * Undoing a write that failed part-way. Excel keeps whatever ran of a failed batch, so the
 * state is asked first (one sync), then put back in one more: the sheets the write added are
 * deleted, the add-in's earlier sheets and their tables get their names back, the owner names
 * are as they were, and the user's sheet is active again. Only when the final deletion had
 * already removed an earlier sheet is there nothing to go back to: then the write is finished.
 */
import { ownerNameFor } from "../../workbook/ownership";
import { sameName, type Existing } from "./existing";
import type { WriteJournal } from "./journal";
import type { SheetTarget } from "./targets";

export type UndoOutcome =
  | { readonly kind: "restored" }
  /** The new sheets are in place; `leftovers` are earlier sheets that could not be deleted. */
  | { readonly kind: "finished"; readonly leftovers: readonly string[] }
  | { readonly kind: "failed"; readonly error: unknown; readonly leftovers: readonly string[] };

interface Now {
  readonly sheets: Excel.Worksheet[];
  readonly tables: Excel.Table[];
  readonly names: Excel.NamedItem[];
}

async function loadNow(context: Excel.RequestContext): Promise<Now> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/id,items/name");
  tables.load("items/id,items/name");
  names.load("items/name,items/formula");
  await context.sync();
  return { sheets: worksheets.items, tables: tables.items, names: names.items };
}

/** The sheets this write added that are still there: by id, or by temporary name. */
function addedSheets(now: Now, existing: Existing, journal: WriteJournal): Excel.Worksheet[] {
  const before = new Set(existing.sheets.map((s) => s.id));
  return now.sheets.filter(
    (s) =>
      !before.has(s.id) &&
      journal.added.some(
        (a) => a.id === s.id || (a.id === null && sameName(a.target.tempName, s.name))
      )
  );
}

/**
 * Owner names back to what sync 1 found, once the earlier sheets have their names back. The
 * same text may now refer to a new sheet about to be deleted, so each is added again.
 */
function restoreOwnerNames(
  context: Excel.RequestContext,
  now: Now,
  existing: Existing,
  targets: readonly SheetTarget[]
): void {
  for (const target of targets) {
    if (target.marker === undefined) continue;
    const name = ownerNameFor(target.finalName, target.marker);
    const before = existing.names.find((n) => sameName(n.name, name));
    now.names.find((n) => sameName(n.name, name))?.delete();
    if (before) context.workbook.names.add(before.name, before.formula);
  }
}

/** Names of sheets a failed undo may have left: what the user is asked to tidy. */
function leftoversOf(journal: WriteJournal, targets: readonly SheetTarget[]): string[] {
  return [
    ...journal.added.map((a) => a.target.tempName),
    ...targets.flatMap((t) => (t.replacedTempName ? [t.replacedTempName] : [])),
  ];
}

export async function undoWrite(
  context: Excel.RequestContext,
  existing: Existing,
  targets: readonly SheetTarget[],
  journal: WriteJournal
): Promise<UndoOutcome> {
  let now: Now;
  try {
    now = await loadNow(context);
  } catch (error) {
    return { kind: "failed", error, leftovers: leftoversOf(journal, targets) };
  }
  const byId = (id: string) => now.sheets.find((s) => s.id === id);
  const replaced = targets.flatMap((t) => (t.replaces ? [t.replaces] : []));
  const remaining = replaced.filter((r) => byId(r.id));
  try {
    if (remaining.length < replaced.length) {
      // The commit went through and the deletion had begun: finish it.
      for (const r of remaining) byId(r.id)!.delete();
      await context.sync();
      return { kind: "finished", leftovers: [] };
    }
    for (const sheet of addedSheets(now, existing, journal)) sheet.delete();
    for (const r of replaced) {
      const sheet = byId(r.id)!;
      if (sheet.name !== r.name) sheet.name = r.name;
    }
    for (const before of existing.tables) {
      const table = now.tables.find((t) => t.id === before.id);
      if (table && table.name !== before.name) table.name = before.name;
    }
    if (journal.commitQueued) restoreOwnerNames(context, now, existing, targets);
    byId(existing.activeSheetId)?.activate();
    await context.sync();
    return { kind: "restored" };
  } catch (error) {
    if (remaining.length < replaced.length)
      return {
        kind: "finished",
        leftovers: targets.flatMap((t) =>
          t.replaces && byId(t.replaces.id) ? [t.replacedTempName!] : []
        ),
      };
    return { kind: "failed", error, leftovers: leftoversOf(journal, targets) };
  }
}
