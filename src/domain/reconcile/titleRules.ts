/**
 * JOB_TITLE_SUSPECT: job titles that contradict an occupation code, as a declarative list.
 *
 * A title is normalised once per distinct text (lower case, dots and apostrophes dropped, other
 * punctuation as spaces), so "H.C.A. - Ward 7" reads "hca ward 7". A rule applies when one of its
 * `titles` appears as whole words and none of its `unless` fragments appears anywhere; it then
 * flags the codes it `contradicts`, by code prefix or by the code's staff group. The area letter
 * is what the rules watch: H1A and H1R are both "Healthcare Assistant", but H1R (Hotel, Property
 * & Estates) is Infrastructure Support (docs/nhs-conventions.md).
 */
import type { OccupationCode } from "../occupationCodes";
import type { StaffGroup } from "../staffGroups";

export type Contradiction =
  /** Codes starting with any of these (upper case): "G" is every G code, "H1R" one code. */
  | { readonly codePrefixes: readonly string[] }
  /** Any code whose staff group is not this one. */
  | { readonly groupOtherThan: StaffGroup }
  /** Any code whose staff group is this one. */
  | { readonly groupIs: StaffGroup };

export interface TitleRule {
  readonly id: string;
  /** What the title says the person is, for messages. */
  readonly says: string;
  /** The staff group the title points to. */
  readonly titleGroup: StaffGroup;
  /** Whole-word phrases, lower case, already normalised. */
  readonly titles: readonly string[];
  /** Fragments that cancel the rule when found anywhere in the title ("housekeep"). */
  readonly unless: readonly string[];
  readonly contradicts: Contradiction;
  readonly suggestion: string;
}

/** Titles of patient-facing support roles (Clinical Support whatever their setting). */
const SUPPORT_WORKER_TITLES: readonly string[] = [
  "healthcare assistant",
  "health care assistant",
  "healthcare asst",
  "health care asst",
  "hca",
  "healthcare support worker",
  "health care support worker",
  "hcsw",
  "clinical support worker",
  "nursing assistant",
  "nursing auxiliary",
  "auxiliary nurse",
  "nurse auxiliary",
  "care assistant",
  "ward assistant",
  "maternity support worker",
  "theatre support worker",
  "assistant practitioner",
  "nursing associate",
];

/** Fragments that make a support title a hotel, estates or clerical one ("Ward Assistant (Domestic)"). */
const NOT_PATIENT_FACING: readonly string[] = [
  "domestic",
  "housekeep",
  "hostess",
  "catering",
  "porter",
  "cleaner",
  "cleaning",
  "estates",
  "hotel services",
  "laundry",
  "kitchen",
  "admin",
  "clerk",
];

export const TITLE_RULES: readonly TitleRule[] = [
  {
    id: "clinical-support-worker-on-estates-or-admin-code",
    says: "a clinical support worker (healthcare assistant, support worker, nursing assistant)",
    titleGroup: "Clinical Support",
    titles: SUPPORT_WORKER_TITLES,
    unless: NOT_PATIENT_FACING,
    contradicts: { codePrefixes: ["H1R", "H2R", "G"] },
    suggestion:
      "Patient-facing support workers take the clinical area code (H1A-H1F or H1P, H2A-H2F or H2P, N9x), which counts as Clinical Support; H1R/H2R and G codes are for hotel, estates and administrative roles (Infrastructure Support).",
  },
  {
    id: "support-worker-on-registered-nurse-code",
    says: "a support worker or nursing associate, not a registered nurse",
    titleGroup: "Clinical Support",
    titles: SUPPORT_WORKER_TITLES,
    unless: [...NOT_PATIENT_FACING, "registered nurse", "staff nurse", "rmn", "rgn"],
    contradicts: { groupIs: "Nursing, Midwifery" },
    suggestion:
      "Support workers, nursing assistants and nursing associates take N9x, NFx, NGx or H codes, which count as Clinical Support; N0-N7 codes are for registered nurses (Nursing, Midwifery).",
  },
  {
    id: "clinical-admin-on-central-functions-code",
    says: "clerical staff working in a clinical area (ward clerk, medical secretary)",
    titleGroup: "Clinical Support",
    titles: [
      "ward clerk",
      "ward receptionist",
      "ward administrator",
      "medical secretary",
      "clinical secretary",
      "clinic clerk",
      "clinic receptionist",
      "theatre clerk",
      "outpatient receptionist",
      "outpatients receptionist",
    ],
    unless: [],
    contradicts: { codePrefixes: ["G2A", "G2B"] },
    suggestion:
      "Clerical staff in clinical areas take G2D (Clerical & Administrative in Clinical Support), which counts as Clinical Support; G2A is for central functions (Infrastructure Support).",
  },
  {
    id: "registered-nurse-on-non-nursing-code",
    says: "a registered nurse or midwife",
    titleGroup: "Nursing, Midwifery",
    titles: [
      "staff nurse",
      "registered nurse",
      "charge nurse",
      "ward sister",
      "sister",
      "senior sister",
      "deputy sister",
      "midwife",
      "registered midwife",
      "community midwife",
      "health visitor",
      "matron",
      "modern matron",
      "district nurse",
      "community nurse",
      "specialist nurse",
      "nurse specialist",
      "clinical nurse specialist",
      "nurse practitioner",
      "advanced nurse practitioner",
      "school nurse",
      "mental health nurse",
      "nurse consultant",
      "consultant nurse",
      "rmn",
      "rgn",
      "nurse",
    ],
    unless: [
      "student",
      "trainee",
      "nursery",
      "associate",
      "assistant",
      "auxiliary",
      "apprentice",
      "support",
      "learner",
      "pre reg",
      "preregistration",
      "unregistered",
      "non registered",
      // Clerical and management roles named after nursing, and charity-funded nurses (non-funded codes).
      "coordinator",
      "co ordinator",
      "administrator",
      "admin",
      "clerk",
      "secretary",
      "recruitment",
      "macmillan",
      "marie curie",
    ],
    contradicts: { groupOtherThan: "Nursing, Midwifery" },
    suggestion:
      "Registered nurses, midwives and health visitors take an N code of a registered level (N0-N7, NA-NE), which counts as Nursing, Midwifery; N8x, N9x, NFx, NGx and H codes are support roles (Clinical Support).",
  },
  {
    id: "hotel-or-estates-on-clinical-code",
    says: "hotel, domestic or estates staff (porter, domestic, housekeeper, catering)",
    titleGroup: "Infrastructure Support",
    titles: [
      "porter",
      "portering",
      "domestic",
      "domestic assistant",
      "housekeeper",
      "ward housekeeper",
      "cleaner",
      "catering assistant",
      "chef",
      "cook",
      "security officer",
      "laundry assistant",
    ],
    unless: ["healthcare", "health care", "hca", "hcsw", "nursing", "clinical", "support worker"],
    contradicts: {
      codePrefixes: [
        "H1A",
        "H1B",
        "H1C",
        "H1D",
        "H1E",
        "H1F",
        "H1P",
        "H2A",
        "H2B",
        "H2C",
        "H2D",
        "H2E",
        "H2F",
        "H2P",
        "N",
        "P",
        "S",
        "U",
      ],
    },
    suggestion:
      "Hotel, domestic and estates staff take H1R/H2R or G3B (Hotel, Property & Estates), which count as Infrastructure Support; a clinical code counts them as Clinical Support or a professional group.",
  },
  {
    id: "doctor-on-non-medical-code",
    says: "a doctor",
    titleGroup: "Medical, Dental",
    titles: [
      "consultant physician",
      "consultant surgeon",
      "consultant anaesthetist",
      "consultant psychiatrist",
      "consultant paediatrician",
      "consultant radiologist",
      "consultant obstetrician",
      "consultant geriatrician",
      "consultant cardiologist",
      "consultant haematologist",
      "consultant histopathologist",
      "consultant microbiologist",
      "specialty registrar",
      "speciality registrar",
      "specialist registrar",
      "foundation doctor",
      "fy1 doctor",
      "fy2 doctor",
      "junior doctor",
      "specialty doctor",
      "speciality doctor",
      "senior house officer",
      "staff grade doctor",
      "locum consultant",
      "doctor",
    ],
    unless: [
      "nurse",
      "nursing",
      "pharmac",
      "scientist",
      "therapist",
      "psycholog",
      "physician associate",
      "associate physician",
      "assistant",
      "paramedic",
      "secretary",
      "admin",
      "coordinator",
      "co ordinator",
    ],
    contradicts: { groupOtherThan: "Medical, Dental" },
    suggestion:
      "Doctors take the numeric specialty code (e.g. 091 Anaesthetics), which counts as Medical, Dental.",
  },
];

/** Lower case; dots and apostrophes dropped; anything else not a letter or digit is a space; padded with spaces. */
export function normaliseTitle(title: string): string {
  let out = " ";
  let space = true;
  for (let i = 0; i < title.length; i++) {
    let c = title.charCodeAt(i);
    if (c === 46 /* . */ || c === 39 /* ' */ || c === 0x2019 /* ’ */) continue;
    if (c >= 65 && c <= 90) c += 32;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (wordChar) {
      out += String.fromCharCode(c);
      space = false;
    } else if (!space) {
      out += " ";
      space = true;
    }
  }
  return space ? out : `${out} `;
}

interface CompiledRule {
  readonly rule: TitleRule;
  readonly phrases: readonly string[];
  readonly unless: readonly string[];
}

const COMPILED: readonly CompiledRule[] = TITLE_RULES.map((rule) => ({
  rule,
  phrases: rule.titles.map((t) => normaliseTitle(t)),
  unless: rule.unless.map((u) => u.toLowerCase()),
}));

/** The rules a title triggers (before looking at the code); usually none. */
export function titleRulesFor(title: string): readonly TitleRule[] {
  const norm = normaliseTitle(title);
  if (norm.length <= 2) return [];
  const out: TitleRule[] = [];
  for (const c of COMPILED) {
    if (!c.phrases.some((p) => norm.includes(p))) continue;
    if (c.unless.some((u) => norm.includes(u))) continue;
    out.push(c.rule);
  }
  return out;
}

export function contradicts(rule: TitleRule, code: OccupationCode): boolean {
  const c = rule.contradicts;
  if ("groupOtherThan" in c) return code.staffGroup !== c.groupOtherThan;
  if ("groupIs" in c) return code.staffGroup === c.groupIs;
  return c.codePrefixes.some((p) => code.code.startsWith(p));
}

/** The first rule by which `title` contradicts `code`, or null. Caches per distinct title. */
export class TitleChecker {
  private readonly cache = new Map<string, readonly TitleRule[]>();

  check(title: string, code: OccupationCode): TitleRule | null {
    let rules = this.cache.get(title);
    if (!rules) {
      rules = titleRulesFor(title);
      if (this.cache.size < 50_000) this.cache.set(title, rules);
    }
    for (const rule of rules) if (contradicts(rule, code)) return rule;
    return null;
  }
}
