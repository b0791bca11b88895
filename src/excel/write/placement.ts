/** Where each plan sheet goes: probing the candidate names, and replacing the add-in's own sheet. */
import {
  candidateSheetNames,
  chooseSheetTarget,
  ownerNameFor,
  referencesSheet,
  type SheetSlot,
} from "../../workbook/ownership";

interface SlotProbe {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly owner: Excel.NamedItem | null;
}

export interface Placement {
  readonly desired: string;
  readonly marker: string | undefined;
  readonly slots: readonly SlotProbe[];
}

export interface ChosenSlot {
  readonly index: number;
  readonly slot: SheetSlot;
  readonly message?: string;
}

export function probeSlots(
  context: Excel.RequestContext,
  desired: string,
  marker: string | undefined
): Placement {
  const slots = candidateSheetNames(desired).map((name): SlotProbe => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name,position");
    let owner: Excel.NamedItem | null = null;
    if (marker !== undefined) {
      owner = context.workbook.names.getItemOrNullObject(ownerNameFor(name, marker));
      owner.load("formula");
    }
    return { name, sheet, owner };
  });
  return { desired, marker, slots };
}

function slotState(slot: SlotProbe): SheetSlot {
  const exists = !slot.sheet.isNullObject;
  const owned =
    exists &&
    slot.owner !== null &&
    !slot.owner.isNullObject &&
    referencesSheet(slot.owner.formula, slot.sheet.name);
  return { name: exists ? slot.sheet.name : slot.name, exists, owned };
}

export function chosenTarget(placement: Placement): ChosenSlot {
  const states = placement.slots.map(slotState);
  const target = chooseSheetTarget(placement.desired, states);
  if (!target.ok) throw new Error(target.message);
  const index = states.findIndex((s) => s.name === target.name);
  return { index, slot: states[index], message: target.message };
}

/**
 * Deletes the add-in's own sheet when the chosen slot holds one, and any stale owner name of that
 * slot (it may point at a renamed sheet or at #REF!), then adds the sheet and marks it.
 */
export function replaceAndAdd(
  context: Excel.RequestContext,
  placement: Placement,
  chosen: ChosenSlot
): Excel.Worksheet {
  const probe = placement.slots[chosen.index];
  let position: number | undefined;
  if (probe.owner && !probe.owner.isNullObject) probe.owner.delete();
  if (chosen.slot.exists) {
    position = probe.sheet.position;
    probe.sheet.delete();
  }
  const sheet = context.workbook.worksheets.add(chosen.slot.name);
  if (position !== undefined) sheet.position = position;
  if (placement.marker !== undefined) {
    context.workbook.names.add(
      ownerNameFor(chosen.slot.name, placement.marker),
      sheet.getRange("A1")
    );
  }
  return sheet;
}

export interface TableProbe {
  readonly name: string;
  readonly table: Excel.Table;
}

export function probeTables(context: Excel.RequestContext, name: string): TableProbe[] {
  return [name, ...[2, 3, 4, 5].map((n) => `${name}_${n}`)].map((candidate) => {
    const table = context.workbook.tables.getItemOrNullObject(candidate);
    table.load("name,worksheet/name");
    return { name: candidate, table };
  });
}
