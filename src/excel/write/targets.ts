/**
 * Where each sheet of a plan goes and under which names it is written: the final name (its own,
 * or "<name> (2)" beside a sheet of the user's), the temporary name it is written under, the
 * add-in's earlier sheet it replaces, and the names of its tables. Pure: decided from what
 * sync 1 found (existing.ts).
 */
import {
  candidateSheetNames,
  chooseSheetTarget,
  ownerNameFor,
  referencesSheet,
} from "../../workbook/ownership";
import type { SheetPlan } from "../../workbook/plan";
import { chooseTableName, takenNames } from "../../workbook/tableNames";
import { sameName, type Existing, type ExistingName, type ExistingSheet } from "./existing";

export interface SheetTarget {
  /** The plan's sheet; null for the hidden sheet of drop-down lists. */
  readonly plan: SheetPlan | null;
  readonly finalName: string;
  /** What the sheet is called while it is written, until the commit renames it. */
  readonly tempName: string;
  readonly marker: string | undefined;
  /** The add-in's earlier sheet in that place, replaced at the commit. */
  readonly replaces: ExistingSheet | null;
  /** What the earlier sheet is called between the commit and its deletion. */
  readonly replacedTempName: string | null;
  /** A defined name already called like this sheet's owner marker (stale or the earlier sheet's). */
  readonly ownerName: ExistingName | null;
}

interface Wanted {
  readonly plan: SheetPlan | null;
  readonly name: string;
  readonly marker: string | undefined;
}

/** Names no sheet has: "LLR writing 1", "LLR writing 2", ... */
function freeNames(prefix: string, taken: Set<string>): () => string {
  let n = 0;
  return () => {
    let name: string;
    do name = `${prefix} ${++n}`;
    while (taken.has(name.toUpperCase()));
    taken.add(name.toUpperCase());
    return name;
  };
}

export function placeSheets(
  existing: Existing,
  wanted: readonly Wanted[]
): { targets: SheetTarget[]; messages: string[] } {
  const messages: string[] = [];
  const sheetNames = new Set(existing.sheets.map((s) => s.name.toUpperCase()));
  const claimed = new Set<string>();
  const tempName = freeNames("LLR writing", new Set(sheetNames));
  const replacedName = freeNames("LLR replaced", new Set(sheetNames));
  const targets = wanted.map((w): SheetTarget => {
    const slots = candidateSheetNames(w.name).map((name) => {
      const sheet = existing.sheets.find((s) => sameName(s.name, name)) ?? null;
      const owner =
        w.marker === undefined
          ? null
          : (existing.names.find((n) => sameName(n.name, ownerNameFor(name, w.marker!))) ?? null);
      const owned = sheet !== null && owner !== null && referencesSheet(owner.formula, sheet.name);
      // A name another sheet of this plan takes counts as the user's.
      const taken = claimed.has(name.toUpperCase());
      return {
        sheet,
        owner,
        slot: {
          name: sheet?.name ?? name,
          exists: sheet !== null || taken,
          owned: owned && !taken,
        },
      };
    });
    const choice = chooseSheetTarget(
      w.name,
      slots.map((s) => s.slot)
    );
    if (!choice.ok) throw new Error(choice.message);
    if (choice.message) messages.push(choice.message);
    const chosen = slots.find((s) => s.slot.name === choice.name)!;
    claimed.add(choice.name.toUpperCase());
    return {
      plan: w.plan,
      finalName: choice.name,
      tempName: tempName(),
      marker: w.marker,
      replaces: chosen.sheet,
      replacedTempName: chosen.sheet ? replacedName() : null,
      ownerName: chosen.owner,
    };
  });
  return { targets, messages };
}

export interface TableNames {
  /** Per target, per plan table: the name it gets at the commit. */
  readonly names: readonly (readonly string[])[];
  readonly messages: readonly string[];
}

/**
 * Table names by the one policy of tableNames.ts, against the workbook's tables and defined
 * names (workbook-scoped, and sheet-scoped once known). Tables on the sheets being replaced do
 * not count: they are renamed out of the way at the commit.
 */
export function chooseTableNames(
  existing: Existing,
  targets: readonly SheetTarget[],
  sheetScopedNames: readonly string[]
): TableNames {
  const replaced = new Set(targets.flatMap((t) => (t.replaces ? [t.replaces.id] : [])));
  const taken = takenNames([
    ...existing.tables.filter((t) => !replaced.has(t.sheetId)).map((t) => t.name),
    ...existing.names.map((n) => n.name),
    ...sheetScopedNames,
  ]);
  const messages: string[] = [];
  const names = targets.map((target) =>
    (target.plan?.tables ?? []).map((table) => {
      const choice = chooseTableName(table.name, taken, target.finalName);
      if (!choice.ok) throw new Error(choice.message);
      if (choice.message) messages.push(choice.message);
      taken.add(choice.name.toUpperCase());
      return choice.name;
    })
  );
  return { names, messages };
}
