/**
 * The six PWR staff groups and the many ways a workbook names them: the canonical names, the
 * labels of the PWR template, NHS Digital's published hierarchy (with its "001_" prefixes), ESR
 * staff groups, local ICB shorthand, and NHS occupation codes.
 *
 * Labels are compared after normalising case, spacing and punctuation, and "&" reads as "and",
 * so "Nursing,Midwifery" is the canonical name and "nursing & midwifery" the alias
 * "Nursing & Midwifery". A label that spans two PWR groups resolves to unknown on purpose: a
 * guess would move WTE between groups silently. AMBIGUOUS_LABELS says why for each such label.
 */
import { lookupOccupationCode } from "./occupationCodes";
import { STAFF_GROUPS, type StaffGroup } from "./core/staffGroup";

export { STAFF_GROUPS, type StaffGroup };

export type StaffGroupMatch =
  | { readonly kind: "canonical"; readonly group: StaffGroup }
  | { readonly kind: "alias"; readonly group: StaffGroup; readonly alias: string }
  | {
      readonly kind: "occupationCode";
      readonly group: StaffGroup;
      readonly code: string;
      readonly currentlyValid: boolean;
    }
  | { readonly kind: "unknown"; readonly text: string };

/**
 * Alias -> PWR group. Where a label comes from is noted when it is not obvious; "ND" marks NHS
 * Digital's published staff-group hierarchy (main / broad / detailed group, the same names the
 * occupation code manual uses), which a test checks against the manual's own mapping.
 */
export const STAFF_GROUP_ALIASES: readonly (readonly [alias: string, group: StaffGroup])[] = [
  // Nursing, Midwifery
  ["Registered nursing, midwifery and health visiting staff", "Nursing, Midwifery"], // PWR row label
  ["Registered nursing, midwifery and health visiting", "Nursing, Midwifery"],
  ["Nursing & Midwifery", "Nursing, Midwifery"],
  ["Nursing, midwifery and HV", "Nursing, Midwifery"], // BSOL ICB's PWR mapping
  ["Nursing, midwifery and health visiting", "Nursing, Midwifery"],
  ["Nurses and midwives", "Nursing, Midwifery"],
  ["N&MW", "Nursing, Midwifery"],
  ["N&M", "Nursing, Midwifery"],
  ["Nursing", "Nursing, Midwifery"],
  ["Nurses", "Nursing, Midwifery"],
  ["Registered nursing", "Nursing, Midwifery"],
  ["Registered nurses", "Nursing, Midwifery"],
  // ESR 03. Registered staff only; nursing associates' ESR group is unverified (docs/nhs-conventions.md).
  ["Nursing and Midwifery Registered", "Nursing, Midwifery"],
  ["Nurses & health visitors", "Nursing, Midwifery"], // ND broad group
  ["Midwives", "Nursing, Midwifery"], // ND broad group
  ["Nurses - adult", "Nursing, Midwifery"], // ND detailed groups from here
  ["Nurses - children's", "Nursing, Midwifery"],
  ["Nurses - community health", "Nursing, Midwifery"],
  ["Nurses - learning disabilities / difficulties", "Nursing, Midwifery"],
  ["Nurses - mental health", "Nursing, Midwifery"],
  ["Nurses - other training", "Nursing, Midwifery"],
  ["Health visitors - community health", "Nursing, Midwifery"],

  // Scientific, Therapeutic, Technical
  ["Scientific, therapeutic and technical staff", "Scientific, Therapeutic, Technical"], // PWR, ND broad
  ["Scientific, therapeutic and technical", "Scientific, Therapeutic, Technical"], // BSOL
  ["ST&T", "Scientific, Therapeutic, Technical"],
  ["ST&T staff", "Scientific, Therapeutic, Technical"],
  ["STT", "Scientific, Therapeutic, Technical"],
  // ESR 04 and ND detailed group.
  ["Allied health professionals", "Scientific, Therapeutic, Technical"],
  ["AHP", "Scientific, Therapeutic, Technical"],
  ["AHPs", "Scientific, Therapeutic, Technical"],
  // ESR 05 and ESR 06 (also an ND detailed group). Their trainee and assistant levels (S5/S8/S9,
  // U5-U9/UF codes) count as Support to clinical staff, but the registered majority sets the
  // group; the occupation code gives the exact answer per person (docs/nhs-conventions.md).
  ["Additional Professional Scientific and Technical", "Scientific, Therapeutic, Technical"],
  // ESR's 30-character display of ESR 05; unverified (docs/nhs-conventions.md) but cannot mean anything else.
  ["Add Prof Scientific and Technic", "Scientific, Therapeutic, Technical"],
  ["Healthcare scientists", "Scientific, Therapeutic, Technical"],
  ["Other scientific, therapeutic & technical staff", "Scientific, Therapeutic, Technical"], // ND

  // Clinical Support
  ["Support to clinical staff", "Clinical Support"], // PWR row label, ND main group
  ["Clinical support staff", "Clinical Support"],
  ["Support to doctors, nurses & midwives", "Clinical Support"], // ND broad groups from here
  ["Support to ST&T staff", "Clinical Support"],
  ["Support to ambulance staff", "Clinical Support"],
  ["Nursing support staff", "Clinical Support"], // ND detailed groups from here
  ["Nursing, health visiting & midwifery learners", "Clinical Support"],
  ["Support to AHPs", "Clinical Support"],
  ["Support to healthcare scientists", "Clinical Support"],
  ["Support to other ST&T staff", "Clinical Support"],
  ["Ambulance personnel & trainees", "Clinical Support"],

  // Infrastructure Support
  ["NHS infrastructure support", "Infrastructure Support"], // PWR row label, ND main group
  ["Infrastructure support staff", "Infrastructure Support"],
  ["Infrastructure", "Infrastructure Support"],
  ["Central functions", "Infrastructure Support"], // ND broad groups from here
  ["Hotel, property & estates", "Infrastructure Support"],
  ["Senior managers", "Infrastructure Support"],
  ["Managers", "Infrastructure Support"],

  // Medical, Dental
  ["Medical and dental", "Medical, Dental"], // PWR row label; also ESR 01 "Medical and Dental"
  ["Medical and dental staff", "Medical, Dental"],
  ["Medical", "Medical, Dental"],
  ["Medical staff", "Medical, Dental"],
  ["Doctors", "Medical, Dental"],
  ["HCHS doctors", "Medical, Dental"], // ND broad group

  // Other
  ["Any other staff", "Other"], // PWR row label; BSOL "Any Other Staff"
  ["Other staff", "Other"],
  // ND broad group of paramedics and other qualified ambulance staff: PWR has no row for them.
  ["Ambulance staff", "Other"],
  ["Ambulance service staff", "Other"], // BSOL's row for an ambulance trust
  ["Unknown classification", "Other"], // ND main group from here
  ["Other staff or those with unknown classification", "Other"],
  ["Non-funded staff", "Other"],
  // Macmillan, Marie Curie and other charity-funded nurses are not the trust's nursing workforce.
  ["Non-funded staff - nurses", "Other"],
  ["Non-funded staff - ST&T", "Other"],
  ["Non-funded staff - admin & non-patient care", "Other"],
  ["General payments", "Other"],
  ["General payments - admin & non-patient care", "Other"],
  ["General payments - other", "Other"],
];

/**
 * Labels that look like staff groups but span more than one PWR group, with the reason an analyst
 * is shown. They resolve to unknown; the occupation code decides instead.
 */
export const AMBIGUOUS_LABELS: readonly (readonly [label: string, reason: string])[] = [
  [
    "Professionally qualified clinical staff",
    "NHS Digital's main group covering doctors, nurses, midwives, ST&T and ambulance staff",
  ],
  [
    "Additional Clinical Services",
    "ESR staff group: mostly Clinical Support, but support workers in Hotel, Property & Estates (H1R, H2R) are Infrastructure Support",
  ],
  [
    "Administrative and Clerical",
    "ESR staff group: mostly Infrastructure Support, but clerical staff in clinical, ST&T or ambulance support (G2C, G2D, G2E) are Clinical Support",
  ],
  [
    "Estates and Ancillary",
    "ESR staff group: mostly Infrastructure Support, but estates staff in clinical, ST&T or ambulance support (G3C, G3D, G3E) are Clinical Support",
  ],
  [
    "Students",
    "ESR staff group: pre-registration learners are Clinical Support, post-registration nurse learners (P2x, P3x) are Nursing, Midwifery",
  ],
  ["Supplementary Roles", "ESR staff group with no known mapping to a PWR group"],
  [
    "Clerical & administrative",
    "NHS Digital group found under both Clinical Support and Infrastructure Support",
  ],
  [
    "Healthcare assistants & support workers",
    "NHS Digital group found under both Clinical Support and Infrastructure Support",
  ],
  [
    "Estates (maintenance & works)",
    "NHS Digital group found under both Clinical Support and Infrastructure Support",
  ],
  [
    "HCSW",
    "healthcare support workers are Clinical Support, except in Hotel, Property & Estates (H1R, H2R): Infrastructure Support",
  ],
];

/**
 * Lower case, "&" as "and", any other punctuation as a space, spaces collapsed, and NHS Digital's
 * "001_" ordering prefix dropped.
 */
export function normalizeStaffGroupLabel(label: string): string {
  let s = label.trim().toLowerCase();
  const underscore = s.indexOf("_");
  if (underscore > 0 && underscore <= 3 && /^\d+$/.test(s.slice(0, underscore))) {
    s = s.slice(underscore + 1);
  }
  let out = "";
  let pendingSpace = false;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const alphanumeric = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alphanumeric) {
      if (pendingSpace && out !== "") out += " ";
      pendingSpace = false;
      out += ch;
    } else if (ch === "&") {
      out += out === "" ? "and" : " and";
      pendingSpace = true;
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

const CANONICAL: ReadonlyMap<string, StaffGroup> = new Map(
  STAFF_GROUPS.map((group): [string, StaffGroup] => [normalizeStaffGroupLabel(group), group])
);

const ALIASES: ReadonlyMap<string, readonly [string, StaffGroup]> = new Map(
  STAFF_GROUP_ALIASES.map(([alias, group]): [string, readonly [string, StaffGroup]] => [
    normalizeStaffGroupLabel(alias),
    [alias, group],
  ])
);

const AMBIGUOUS: ReadonlyMap<string, string> = new Map(
  AMBIGUOUS_LABELS.map(([label, reason]): [string, string] => [
    normalizeStaffGroupLabel(label),
    reason,
  ])
);

/**
 * A canonical name, an alias, or an occupation code (text such as "N6A", or a whole number such
 * as 91 when Excel dropped the zero of "091"); anything else is unknown, carrying the text.
 */
export function resolveStaffGroup(label: unknown): StaffGroupMatch {
  if (typeof label === "number") return byCode(label, String(label));
  if (typeof label !== "string") {
    return { kind: "unknown", text: label === null || label === undefined ? "" : String(label) };
  }
  const key = normalizeStaffGroupLabel(label);
  const canonical = CANONICAL.get(key);
  if (canonical) return { kind: "canonical", group: canonical };
  const alias = ALIASES.get(key);
  if (alias) return { kind: "alias", group: alias[1], alias: alias[0] };
  return byCode(label, label);
}

function byCode(code: string | number, text: string): StaffGroupMatch {
  const found = lookupOccupationCode(code);
  if (!found) return { kind: "unknown", text };
  return {
    kind: "occupationCode",
    group: found.staffGroup,
    code: found.code,
    currentlyValid: found.currentlyValid,
  };
}

/** Why a label that resolves to unknown cannot be mapped, when it is a known ambiguous label. */
export function ambiguousStaffGroupReason(label: unknown): string | undefined {
  return typeof label === "string" ? AMBIGUOUS.get(normalizeStaffGroupLabel(label)) : undefined;
}
