/**
 * Job titles and codes for the corpus's staff-level plants: title variants as ESR extracts hold
 * them, and miscodings seen in practice.
 */
import type { StaffGroup } from "../../src/domain/staffGroups";

/** Title variants a real ESR extract holds. Those marked hard are not in the rules' phrase lists. */
export const SUPPORT_TITLES = [
  "Healthcare Assistant",
  "Health Care Assistant",
  "HCA",
  "H.C.A.",
  "Senior HCA",
  "Healthcare Support Worker",
  "HCSW Band 3",
  "Nursing Assistant",
  "Ward Assistant",
  "Clinical Support Worker",
  "Care Assistant",
  "Health Care Asst",
  "Maternity Support Worker",
  "Nursing Auxiliary",
  "Healthcare Assistant - Nights",
  "Assistant Practitioner",
  "Band 2 HCA (Ward 7)",
  "HC Assistant", // hard
];
const CLERICAL_TITLES = [
  "Ward Clerk",
  "Ward Clerk/Receptionist",
  "Medical Secretary",
  "Ward Receptionist",
  "Clinic Clerk",
  "Senior Medical Secretary",
  "Ward Administrator",
  "Med Sec", // hard
];
const NURSE_TITLES = [
  "Staff Nurse",
  "Registered Nurse",
  "Sister",
  "Ward Sister",
  "Charge Nurse",
  "Midwife",
  "Community Midwife",
  "RMN",
  "Deputy Sister",
  "Clinical Nurse Specialist",
  "Staff Nurse - Bank",
  "Senior Staff Nurse",
  "Theatre Nurse",
];
const HOTEL_TITLES = [
  "Porter",
  "Domestic Assistant",
  "Ward Housekeeper",
  "Catering Assistant",
  "Cleaner",
  "Security Officer",
  "Theatre Porter",
  "Domestic",
];
const NOT_NURSE_TITLES = [
  "Nursing Associate",
  "Healthcare Assistant",
  "HCA",
  "Nursing Assistant",
  "Trainee Nursing Associate",
];
const DOCTOR_TITLES = [
  "Specialty Doctor",
  "Consultant Psychiatrist",
  "Foundation Doctor FY1",
  "Specialty Registrar",
  "Junior Doctor",
  "Locum Consultant",
];

export const JOB_TITLE_PLANTS: readonly {
  readonly titles: readonly string[];
  readonly codes: readonly string[];
}[] = [
  { titles: SUPPORT_TITLES, codes: ["H1R", "H2R", "G2A", "G3B"] },
  { titles: CLERICAL_TITLES, codes: ["G2A", "G2B"] },
  { titles: NURSE_TITLES, codes: ["H1A", "N9A", "H2A", "G2A", "NGA", "S4T"] },
  { titles: HOTEL_TITLES, codes: ["H1A", "N9A", "H2A", "H2D", "NGA"] },
  { titles: NOT_NURSE_TITLES, codes: ["N6A", "N6E", "N5H"] },
  { titles: DOCTOR_TITLES, codes: ["S2L", "G1A", "S2P", "N6A"] },
];

/** Miscodings seen in practice: [title, code, the PWR group it is wrongly counted in]. */
export const GROUP_TRAPS: readonly [string, string, StaffGroup][] = [
  ["Ward Assistant", "H1A", "Infrastructure Support"],
  ["Healthcare Assistant", "H1A", "Infrastructure Support"],
  ["Nursing Assistant", "N9A", "Infrastructure Support"],
  ["Healthcare Support Worker", "H1D", "Infrastructure Support"],
  ["Nursing Associate", "NGA", "Nursing, Midwifery"],
  ["Nursing Associate", "NGE", "Nursing, Midwifery"],
  ["Nursing Assistant", "N9A", "Nursing, Midwifery"],
  ["Ward Clerk", "G2D", "Infrastructure Support"],
  ["Ward Housekeeper", "H1R", "Clinical Support"],
  ["Administrator", "G2A", "Clinical Support"],
  ["Physiotherapy Assistant", "S9E", "Scientific, Therapeutic, Technical"],
  ["Healthcare Science Assistant", "U9A", "Scientific, Therapeutic, Technical"],
  ["Assistant Practitioner", "NFA", "Nursing, Midwifery"],
];

export const TITLE_FOR_GROUP: Readonly<Record<StaffGroup, string>> = {
  "Nursing, Midwifery": "Staff Nurse",
  "Scientific, Therapeutic, Technical": "Clinical Scientist",
  "Clinical Support": "Support Worker",
  "Infrastructure Support": "Administrator",
  "Medical, Dental": "Specialty Doctor",
  Other: "Volunteer Coordinator",
};
