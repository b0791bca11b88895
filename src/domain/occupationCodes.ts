/**
 * NHS occupation codes (NHS Occupation Code Manual v22.1) and the PWR staff group each counts in.
 *
 * The staff group comes from the manual's main and broad staff groups, never from the code's
 * first letter: N9x nursing assistants and NGx nursing associates are Support to clinical staff,
 * H1R/H2R support workers in Hotel, Property & Estates are NHS infrastructure support while
 * H1A-H1F/H1P are clinical support, and G2D clerical staff in Clinical Support are clinical
 * support while G2A/G2B are infrastructure (docs/nhs-conventions.md).
 */
import {
  CARE_SETTINGS,
  OCCUPATION_CODE_ROWS,
  OCCUPATION_LEVELS,
  STAFF_GROUP_TRIPLES,
} from "./reference/occupationCodes.generated";
import type { StaffGroup } from "./core/staffGroup";

export interface OccupationCode {
  readonly code: string;
  readonly name: string;
  readonly mainStaffGroup: string;
  readonly broadStaffGroup: string;
  readonly detailedStaffGroup: string;
  readonly occupationLevel: string;
  readonly careSetting: string;
  /** False for codes retired before v22.1: still found in old records, not to be used anew. */
  readonly currentlyValid: boolean;
  readonly staffGroup: StaffGroup;
}

/**
 * Professionally qualified clinical staff split by broad group; everything else is decided by the
 * main group alone. Ambulance staff (paramedics) have no PWR row of their own, so they are Other.
 */
const QUALIFIED_BY_BROAD_GROUP: ReadonlyMap<string, StaffGroup> = new Map<string, StaffGroup>([
  ["HCHS doctors", "Medical, Dental"],
  ["Nurses & health visitors", "Nursing, Midwifery"],
  ["Midwives", "Nursing, Midwifery"],
  ["Scientific, therapeutic & technical staff", "Scientific, Therapeutic, Technical"],
  ["Ambulance staff", "Other"],
]);

/** The PWR group for a manual's main and broad staff group; unknown combinations are Other. */
export function staffGroupForOccupation(
  mainStaffGroup: string,
  broadStaffGroup: string
): StaffGroup {
  switch (mainStaffGroup) {
    case "Support to clinical staff":
      return "Clinical Support";
    case "NHS infrastructure support":
      return "Infrastructure Support";
    case "Professionally qualified clinical staff":
      return QUALIFIED_BY_BROAD_GROUP.get(broadStaffGroup) ?? "Other";
    default:
      // "Unknown classification" (non-funded staff, general payments) and anything unforeseen.
      return "Other";
  }
}

let index: ReadonlyMap<string, OccupationCode> | undefined;
let all: readonly OccupationCode[] | undefined;

/** Built on first use, so importing the domain costs nothing until a code is looked up. */
function codes(): readonly OccupationCode[] {
  if (!all) {
    all = Object.freeze(OCCUPATION_CODE_ROWS.map(decodeRow));
    index = new Map(all.map((c) => [c.code, c]));
  }
  return all;
}

function decodeRow(row: string): OccupationCode {
  const [code, valid, triple, level, setting, storedName] = row.split("|");
  const [mainStaffGroup, broadStaffGroup, detailedStaffGroup] =
    STAFF_GROUP_TRIPLES[Number(triple)].split("|");
  const occupationLevel = OCCUPATION_LEVELS[Number(level)];
  const careSetting = CARE_SETTINGS[Number(setting)];
  return Object.freeze({
    code,
    name: storedName || `${occupationLevel} in ${careSetting}`,
    mainStaffGroup,
    broadStaffGroup,
    detailedStaffGroup,
    occupationLevel,
    careSetting,
    currentlyValid: valid === "1",
    staffGroup: staffGroupForOccupation(mainStaffGroup, broadStaffGroup),
  });
}

/** Every code in the manual, valid and retired, in the manual's order. */
export function allOccupationCodes(): readonly OccupationCode[] {
  return codes();
}

/**
 * The manual's entry for a code, case-insensitive and trimmed; undefined when unknown.
 * Whole numbers 0-999 are read as medical codes because Excel drops leading zeros: a cell typed
 * 091 (Anaesthetics) holds the number 91.
 */
export function lookupOccupationCode(code: unknown): OccupationCode | undefined {
  let key: string;
  if (typeof code === "string") {
    key = code.trim().toUpperCase();
  } else if (typeof code === "number" && Number.isInteger(code) && code >= 0 && code <= 999) {
    key = String(code).padStart(3, "0");
  } else {
    return undefined;
  }
  if (key.length !== 3) return undefined;
  codes();
  return index?.get(key);
}
