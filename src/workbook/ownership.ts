/**
 * How the add-in marks the sheets it makes, the same way in files (ExcelJS) and in Excel
 * (Office.js), so a later run may replace its own sheet and never one of the user's.
 *
 * The marker is a workbook-scoped defined name per owned sheet, `LLR_OWNER_<marker>_<hash>`,
 * whose hash is of the sheet's name and which refers to that sheet's A1. Why a defined name:
 * - ExcelJS keeps workbook-scoped names through a round-trip, but drops sheet-scoped ones (it
 *   loses `localSheetId`) and cannot read or write worksheet custom properties (ExcelApi 1.12);
 * - Office.js reads and writes workbook names (ExcelApi 1.4; `NamedItem.formula` 1.7);
 * - Excel rewrites the reference when the sheet is renamed and turns it into #REF! when the sheet
 *   is deleted, so a name only ever vouches for the sheet it points at. A sheet the user renamed
 *   no longer matches its name's hash, so it counts as the user's from then on.
 */

export const OWNER_NAME_PREFIX = "LLR_OWNER_";

/** Sheet names are limited to 31 characters in Excel. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** How many "<name> (n)" alternatives are tried before giving up. */
export const MAX_ALTERNATIVE_NAMES = 9;

/** FNV-1a, 32 bits: short, stable and good enough to tell a handful of sheet names apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).toUpperCase().padStart(8, "0");
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** The defined name that marks `sheetName` as made by the add-in with this marker. */
export function ownerNameFor(sheetName: string, marker: string): string {
  const safeMarker = marker.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40);
  return `${OWNER_NAME_PREFIX}${safeMarker}_${fnv1a(sheetName.toUpperCase())}`;
}

/** `'My sheet'!$A$1`: what the owner name refers to (without the leading "="). */
export function ownerReference(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet a name's reference points at: "='LLR Pack Oct 23'!$A$1" -> "LLR Pack Oct 23",
 * "=Sheet1!$A$1" -> "Sheet1"; null for #REF! or anything that is not a sheet reference.
 */
export function sheetOfReference(reference: string): string | null {
  const text = reference.trim().replace(/^=/, "");
  if (text.startsWith("'")) {
    let name = "";
    for (let i = 1; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        return text[i + 1] === "!" && name !== "" ? name : null;
      }
      name += text[i];
    }
    return null;
  }
  const bang = text.indexOf("!");
  if (bang <= 0) return null;
  const name = text.slice(0, bang);
  return name.startsWith("#") ? null : name;
}

/** True when a name's reference points at this sheet. */
export function referencesSheet(reference: string | null | undefined, sheetName: string): boolean {
  if (typeof reference !== "string") return false;
  const target = sheetOfReference(reference);
  return target !== null && sameSheetName(target, sheetName);
}

/** "LLR Pack Oct 23", "LLR Pack Oct 23 (2)" ... kept within Excel's 31 characters. */
export function candidateSheetNames(desired: string): string[] {
  const names = [desired.slice(0, MAX_SHEET_NAME_LENGTH)];
  for (let n = 2; n <= MAX_ALTERNATIVE_NAMES + 1; n++) {
    const suffix = ` (${n})`;
    names.push(desired.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix);
  }
  return names;
}

/** What a workbook says about one candidate name. */
export interface SheetSlot {
  readonly name: string;
  /** A sheet of that name exists. */
  readonly exists: boolean;
  /** It exists and carries the add-in's marker (for the plan's marker). */
  readonly owned: boolean;
}

export type SheetTarget =
  | {
      readonly ok: true;
      readonly name: string;
      readonly replaces: boolean;
      readonly message?: string;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Picks where a plan sheet goes: its own name when free or already the add-in's, otherwise the
 * first "<name> (n)" that is free or the add-in's. Never a sheet the add-in did not make.
 * `slots` are the candidates of candidateSheetNames(desired), in order.
 */
export function chooseSheetTarget(desired: string, slots: readonly SheetSlot[]): SheetTarget {
  const pick = slots.find((s) => !s.exists || s.owned);
  if (!pick) {
    return {
      ok: false,
      message: `Sheets named "${desired}" and "${desired} (2)" to "(${MAX_ALTERNATIVE_NAMES + 1})" already exist and were not made by the add-in; rename or delete one and run again.`,
    };
  }
  const first = slots[0];
  const message =
    pick === first
      ? undefined
      : `A sheet named "${first.name}" already exists and was not made by the add-in, so it was left as it is and "${pick.name}" was written instead.`;
  return { ok: true, name: pick.name, replaces: pick.exists, message };
}
