/**
 * What a write has done so far, kept as it goes, so that a failure at any sync can be undone
 * (undo.ts): the sheets it added (with their ids once a sync delivered them) and the earlier
 * tables it renamed out of the way.
 */
import type { ExistingTable } from "./existing";
import type { SheetTarget } from "./targets";

export interface AddedSheet {
  readonly target: SheetTarget;
  readonly sheet: Excel.Worksheet;
  id: string | null;
}

export interface WriteJournal {
  readonly added: AddedSheet[];
  readonly renamedTables: { readonly table: ExistingTable; readonly tempName: string }[];
  /** The commit was queued: names and owner markers may have changed. */
  commitQueued: boolean;
}

export function newJournal(): WriteJournal {
  return { added: [], renamedTables: [], commitQueued: false };
}
