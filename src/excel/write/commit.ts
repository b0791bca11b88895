/**
 * The commit: one sync that puts the written sheets in place, then one that deletes the add-in's
 * earlier sheets. Until the commit nothing of the workbook's own has changed; the commit only
 * renames (the earlier sheets and their clashing tables out of the way, the new ones into place),
 * moves, marks and names, so a failure part-way can be undone by renaming back (undo.ts).
 */
import { ownerNameFor } from "../../workbook/ownership";
import { takenNames } from "../../workbook/tableNames";
import type { ListPlacement } from "../../workbook/validationLists";
import type { Existing } from "./existing";
import type { WriteJournal } from "./journal";
import { applyValidation } from "./sheetFormats";
import type { TableNames } from "./targets";
import type { WrittenSheet } from "./writeSheets";

/** Earlier tables whose names the new ones take, renamed to names nothing else has. */
function moveTablesAside(
  written: readonly WrittenSheet[],
  existing: Existing,
  tableNames: TableNames,
  sheetScopedNames: readonly string[],
  journal: WriteJournal
): void {
  const finals = new Set(tableNames.names.flat().map((n) => n.toUpperCase()));
  const taken = takenNames([
    ...existing.tables.map((t) => t.name),
    ...existing.names.map((n) => n.name),
    ...sheetScopedNames,
    ...finals,
  ]);
  let n = 0;
  for (const { target } of written) {
    if (!target.replaces) continue;
    for (const table of existing.tables) {
      if (table.sheetId !== target.replaces.id || !finals.has(table.name.toUpperCase())) continue;
      let tempName: string;
      do tempName = `LLR_replaced_${++n}`;
      while (taken.has(tempName.toUpperCase()));
      table.proxy.name = tempName;
      journal.renamedTables.push({ table, tempName });
    }
  }
}

export async function commitWrite(
  context: Excel.RequestContext,
  written: readonly WrittenSheet[],
  existing: Existing,
  tableNames: TableNames,
  sheetScopedNames: readonly string[],
  lists: ListPlacement,
  journal: WriteJournal
): Promise<void> {
  journal.commitQueued = true;
  context.application.suspendApiCalculationUntilNextSync();
  moveTablesAside(written, existing, tableNames, sheetScopedNames, journal);
  for (const { target } of written)
    if (target.replaces) target.replaces.proxy.name = target.replacedTempName!;
  for (const { target } of written) target.ownerName?.proxy.delete();

  for (const { sheet, target } of written) sheet.name = target.finalName;
  // New sheets start at the end; each takes its predecessor's place, which moves one further
  // along for every new sheet already put before it.
  const replacing = written
    .filter((w) => w.target.replaces)
    .sort((a, b) => a.target.replaces!.position - b.target.replaces!.position);
  replacing.forEach((w, k) => (w.sheet.position = w.target.replaces!.position + k));

  const listSheet = written.find((w) => !w.target.plan);
  let planIndex = 0;
  written.forEach(({ sheet, target, tables }, i) => {
    tables.forEach((table, t) => (table.name = tableNames.names[i][t]));
    if (target.marker !== undefined)
      context.workbook.names.add(
        ownerNameFor(target.finalName, target.marker),
        sheet.getRange("A1")
      );
    if (!target.plan) return;
    for (const v of lists.bySheet[planIndex++])
      applyValidation(sheet, v, listSheet?.target.finalName ?? null);
  });
  for (const { sheet, target } of written) if (target.plan?.activate) sheet.activate();
  await context.sync();
}

/** The last sync: the add-in's earlier sheets, renamed at the commit, are deleted. */
export async function deleteReplaced(
  context: Excel.RequestContext,
  written: readonly WrittenSheet[]
): Promise<void> {
  const old = written.flatMap((w) => (w.target.replaces ? [w.target.replaces] : []));
  if (old.length === 0) return;
  for (const sheet of old) sheet.proxy.delete();
  await context.sync();
}
