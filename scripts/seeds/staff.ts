/**
 * The sample's Staff sheet (issue 5): one row per substantive assignment at UHL and LPT, whose
 * Staff group (PWR) adds up exactly (to the 0.01 WTE) to the PWR's substantive actual of each
 * organisation and group at the reporting month. Job titles and occupation codes come from the
 * catalogue below (each code's group checked against the NHS Occupation Code Manual by
 * test/domain/reconcile/seedStaff.test.ts), with planted miscodings of every staff-level kind:
 *
 * - the recoding of 000:46: 200.25 WTE of UHL ward assistants and healthcare assistants, clinical
 *   occupation codes (H1A, H2A, N9A), counted in Infrastructure Support on the PWR while the PFR
 *   still pays them as Clinical Support (OCCUPATION_GROUP_MISMATCH and PWR_PFR_GROUP_MISMATCH);
 * - SAMPLE_PLANTS: nursing associates counted as nurses, ward clerks on G2A, HCAs on H1R, unknown
 *   and retired codes, PWR/PFR disagreements.
 *
 * Like the rest of this folder it does not use the domain code: the sample is what the domain is
 * tested against. Deterministic for a given seed.
 */
import type { CellValue } from "../../src/workbook/snapshot";
import type { SheetGrid } from "./sheets";
import {
  GROUPS,
  ORGS,
  REPORTING_MONTH,
  type Group,
  type Org,
  type ReturnData,
  type SampleModel,
  type StaffType,
} from "./types";

export const STAFF_HEADER = [
  "Organisation",
  "Assignment",
  "Job title",
  "Occupation code",
  "Staff group (PWR)",
  "Staff group (PFR)",
  "Staff type",
  "WTE",
  "Cost centre",
] as const;

/** A job as ESR holds it: title, NHS occupation code, and the staff group that code counts in. */
export interface CatalogueJob {
  readonly title: string;
  readonly code: string;
  readonly group: Group;
  /** Relative frequency within its group at each organisation (0 = not employed there). */
  readonly weight: Readonly<Record<Org, number>>;
}

const both = (uhl: number, lpt: number): Readonly<Record<Org, number>> => ({ UHL: uhl, LPT: lpt });

/**
 * Correctly coded jobs. UHL is an acute trust, LPT a mental-health and community trust, so their
 * mixes differ. Titles include near-misses that must not be flagged (Ward Assistant (Domestic)
 * on H2R, Healthcare Science Assistant, Student Midwife, Nursery Nurse, Ward Clerk on G2D).
 */
export const STAFF_CATALOGUE: readonly CatalogueJob[] = [
  // Nursing, Midwifery
  { title: "Staff Nurse", code: "N6A", group: "Nursing, Midwifery", weight: both(40, 8) },
  { title: "Registered Nurse", code: "N6A", group: "Nursing, Midwifery", weight: both(12, 4) },
  { title: "Ward Sister", code: "N6A", group: "Nursing, Midwifery", weight: both(6, 2) },
  { title: "Charge Nurse", code: "N6E", group: "Nursing, Midwifery", weight: both(1, 6) },
  { title: "Ward Manager", code: "N0A", group: "Nursing, Midwifery", weight: both(3, 1) },
  { title: "Midwife", code: "N2C", group: "Nursing, Midwifery", weight: both(10, 0) },
  { title: "Children's Nurse", code: "N1B", group: "Nursing, Midwifery", weight: both(6, 1) },
  { title: "Modern Matron", code: "NCA", group: "Nursing, Midwifery", weight: both(1, 0.5) },
  { title: "Nurse Practitioner", code: "N6A", group: "Nursing, Midwifery", weight: both(2, 1) },
  { title: "Mental Health Nurse", code: "N6E", group: "Nursing, Midwifery", weight: both(0, 22) },
  {
    title: "Community Mental Health Nurse",
    code: "N4D",
    group: "Nursing, Midwifery",
    weight: both(0, 14),
  },
  { title: "Community Nurse", code: "N6H", group: "Nursing, Midwifery", weight: both(0, 16) },
  { title: "District Nurse", code: "N5H", group: "Nursing, Midwifery", weight: both(0, 6) },
  { title: "Health Visitor", code: "N3H", group: "Nursing, Midwifery", weight: both(0, 8) },
  { title: "School Nurse", code: "NBK", group: "Nursing, Midwifery", weight: both(0, 3) },
  {
    title: "Learning Disability Nurse",
    code: "N6G",
    group: "Nursing, Midwifery",
    weight: both(0, 3),
  },
  // Scientific, Therapeutic, Technical
  {
    title: "Physiotherapist",
    code: "S1E",
    group: "Scientific, Therapeutic, Technical",
    weight: both(14, 8),
  },
  {
    title: "Occupational Therapist",
    code: "S1C",
    group: "Scientific, Therapeutic, Technical",
    weight: both(9, 14),
  },
  {
    title: "Diagnostic Radiographer",
    code: "S1F",
    group: "Scientific, Therapeutic, Technical",
    weight: both(12, 0),
  },
  {
    title: "Pharmacist",
    code: "S2P",
    group: "Scientific, Therapeutic, Technical",
    weight: both(8, 4),
  },
  {
    title: "Pharmacy Technician",
    code: "S4P",
    group: "Scientific, Therapeutic, Technical",
    weight: both(6, 3),
  },
  {
    title: "Clinical Psychologist",
    code: "S2L",
    group: "Scientific, Therapeutic, Technical",
    weight: both(1, 14),
  },
  {
    title: "Biomedical Scientist",
    code: "UEA",
    group: "Scientific, Therapeutic, Technical",
    weight: both(10, 0),
  },
  {
    title: "Speech and Language Therapist",
    code: "S1J",
    group: "Scientific, Therapeutic, Technical",
    weight: both(3, 5),
  },
  {
    title: "Dietitian",
    code: "S1B",
    group: "Scientific, Therapeutic, Technical",
    weight: both(3, 2),
  },
  {
    title: "Operating Department Practitioner",
    code: "S4T",
    group: "Scientific, Therapeutic, Technical",
    weight: both(8, 0),
  },
  {
    title: "Podiatrist",
    code: "S1A",
    group: "Scientific, Therapeutic, Technical",
    weight: both(1, 4),
  },
  {
    title: "Art Psychotherapist",
    code: "S1H",
    group: "Scientific, Therapeutic, Technical",
    weight: both(0, 1),
  },
  // Clinical Support
  { title: "Healthcare Assistant", code: "H1A", group: "Clinical Support", weight: both(30, 6) },
  {
    title: "Healthcare Support Worker",
    code: "H2A",
    group: "Clinical Support",
    weight: both(14, 4),
  },
  { title: "Nursing Assistant", code: "N9A", group: "Clinical Support", weight: both(8, 2) },
  { title: "Support Worker", code: "H2D", group: "Clinical Support", weight: both(0, 24) },
  {
    title: "Community Support Worker",
    code: "H2F",
    group: "Clinical Support",
    weight: both(0, 10),
  },
  { title: "Maternity Support Worker", code: "H2C", group: "Clinical Support", weight: both(4, 0) },
  { title: "Nursing Associate", code: "NGA", group: "Clinical Support", weight: both(3, 0) },
  { title: "Nursing Associate", code: "NGE", group: "Clinical Support", weight: both(0, 3) },
  {
    title: "Trainee Nursing Associate",
    code: "NHA",
    group: "Clinical Support",
    weight: both(1, 1),
  },
  { title: "Assistant Practitioner", code: "NFA", group: "Clinical Support", weight: both(2, 1) },
  { title: "Ward Clerk", code: "G2D", group: "Clinical Support", weight: both(8, 3) },
  { title: "Medical Secretary", code: "G2D", group: "Clinical Support", weight: both(8, 4) },
  { title: "Physiotherapy Assistant", code: "S9E", group: "Clinical Support", weight: both(3, 1) },
  { title: "Pharmacy Assistant", code: "S9P", group: "Clinical Support", weight: both(2, 1) },
  {
    title: "Healthcare Science Assistant",
    code: "U9A",
    group: "Clinical Support",
    weight: both(4, 0),
  },
  { title: "Nursery Nurse", code: "N8B", group: "Clinical Support", weight: both(1, 1) },
  { title: "Student Midwife", code: "P1A", group: "Clinical Support", weight: both(1, 0) },
  // Infrastructure Support
  { title: "Porter", code: "H2R", group: "Infrastructure Support", weight: both(10, 1) },
  {
    title: "Domestic Assistant",
    code: "H2R",
    group: "Infrastructure Support",
    weight: both(16, 6),
  },
  {
    title: "Ward Assistant (Domestic)",
    code: "H2R",
    group: "Infrastructure Support",
    weight: both(4, 1),
  },
  { title: "Ward Housekeeper", code: "H2R", group: "Infrastructure Support", weight: both(4, 1) },
  { title: "Catering Assistant", code: "H2R", group: "Infrastructure Support", weight: both(6, 2) },
  { title: "Security Officer", code: "H2R", group: "Infrastructure Support", weight: both(2, 1) },
  { title: "Administrator", code: "G2A", group: "Infrastructure Support", weight: both(14, 12) },
  { title: "Receptionist", code: "G2A", group: "Infrastructure Support", weight: both(4, 5) },
  { title: "Finance Officer", code: "G2A", group: "Infrastructure Support", weight: both(3, 2) },
  { title: "HR Advisor", code: "G2A", group: "Infrastructure Support", weight: both(2, 2) },
  { title: "IT Analyst", code: "G2A", group: "Infrastructure Support", weight: both(3, 2) },
  {
    title: "Nurse Bank Coordinator",
    code: "G2A",
    group: "Infrastructure Support",
    weight: both(1, 0.5),
  },
  {
    title: "Estates Administrator",
    code: "G2B",
    group: "Infrastructure Support",
    weight: both(1, 1),
  },
  {
    title: "Maintenance Technician",
    code: "G3B",
    group: "Infrastructure Support",
    weight: both(3, 2),
  },
  { title: "Service Manager", code: "G1A", group: "Infrastructure Support", weight: both(3, 3) },
  { title: "Facilities Manager", code: "G1B", group: "Infrastructure Support", weight: both(1, 1) },
  {
    title: "Director of Operations",
    code: "G0A",
    group: "Infrastructure Support",
    weight: both(0.3, 0.3),
  },
  // Medical, Dental
  { title: "Consultant Physician", code: "001", group: "Medical, Dental", weight: both(8, 0) },
  { title: "Consultant Anaesthetist", code: "091", group: "Medical, Dental", weight: both(6, 0) },
  { title: "Consultant Paediatrician", code: "002", group: "Medical, Dental", weight: both(3, 1) },
  { title: "Consultant Psychiatrist", code: "052", group: "Medical, Dental", weight: both(0, 8) },
  {
    title: "Specialty Registrar (Emergency Medicine)",
    code: "030",
    group: "Medical, Dental",
    weight: both(6, 0),
  },
  {
    title: "Specialty Registrar (Psychiatry)",
    code: "052",
    group: "Medical, Dental",
    weight: both(0, 4),
  },
  { title: "Foundation Doctor", code: "101", group: "Medical, Dental", weight: both(8, 1) },
  { title: "Specialty Doctor", code: "035", group: "Medical, Dental", weight: both(3, 0) },
  {
    title: "Specialty Doctor (Old Age Psychiatry)",
    code: "056",
    group: "Medical, Dental",
    weight: both(0, 3),
  },
  { title: "Clinical Fellow", code: "035", group: "Medical, Dental", weight: both(2, 0) },
  // Other (charity-funded staff; the sample has no Other actuals, other data sets may)
  { title: "Macmillan Nurse", code: "Z1A", group: "Other", weight: both(1, 1) },
];

/** Assignments planted with a known coding problem, consuming part of their PWR group's total. */
export interface StaffPlant {
  readonly organisation: Org;
  readonly title: string;
  readonly code: string;
  readonly pwrGroup: Group;
  readonly pfrGroup: Group;
  /** WTE of the planted assignments together (split into assignments of up to 1.0). */
  readonly wte: number;
  /** The finding codes each planted row must raise (and no other). */
  readonly expect: readonly string[];
}

/** The recoding of 000:46 as it shows on the Staff sheet: clinical ward staff counted as Infrastructure Support. */
export const RECODED_JOBS: readonly {
  readonly title: string;
  readonly code: string;
  readonly weight: number;
}[] = [
  { title: "Ward Assistant", code: "H1A", weight: 5 },
  { title: "Healthcare Assistant", code: "H1A", weight: 3 },
  { title: "Nursing Assistant", code: "N9A", weight: 1 },
  { title: "Healthcare Support Worker", code: "H2A", weight: 1 },
];
export const RECODED_EXPECT: readonly string[] = [
  "OCCUPATION_GROUP_MISMATCH",
  "PWR_PFR_GROUP_MISMATCH",
];

export const SAMPLE_PLANTS: readonly StaffPlant[] = [
  // Nursing associates (NGx) are Clinical Support, counted here as registered nurses.
  {
    organisation: "LPT",
    title: "Nursing Associate",
    code: "NGE",
    pwrGroup: "Nursing, Midwifery",
    pfrGroup: "Nursing, Midwifery",
    wte: 14.6,
    expect: ["OCCUPATION_GROUP_MISMATCH"],
  },
  // Ward clerks on G2D are Clinical Support, counted as Infrastructure Support.
  {
    organisation: "UHL",
    title: "Ward Clerk",
    code: "G2D",
    pwrGroup: "Infrastructure Support",
    pfrGroup: "Infrastructure Support",
    wte: 9.4,
    expect: ["OCCUPATION_GROUP_MISMATCH"],
  },
  // The PWR and the PFR disagree.
  {
    organisation: "UHL",
    title: "Medical Secretary",
    code: "G2D",
    pwrGroup: "Clinical Support",
    pfrGroup: "Infrastructure Support",
    wte: 7.8,
    expect: ["PWR_PFR_GROUP_MISMATCH"],
  },
  {
    organisation: "LPT",
    title: "Pharmacy Technician",
    code: "S4P",
    pwrGroup: "Scientific, Therapeutic, Technical",
    pfrGroup: "Clinical Support",
    wte: 3,
    expect: ["PWR_PFR_GROUP_MISMATCH"],
  },
  // Codes not in the manual, and a blank one.
  {
    organisation: "UHL",
    title: "Staff Nurse",
    code: "N6Z",
    pwrGroup: "Nursing, Midwifery",
    pfrGroup: "Nursing, Midwifery",
    wte: 2,
    expect: ["UNKNOWN_OCCUPATION_CODE"],
  },
  {
    organisation: "UHL",
    title: "Porter",
    code: "HR2",
    pwrGroup: "Infrastructure Support",
    pfrGroup: "Infrastructure Support",
    wte: 1,
    expect: ["UNKNOWN_OCCUPATION_CODE"],
  },
  {
    organisation: "LPT",
    title: "Support Worker",
    code: "",
    pwrGroup: "Clinical Support",
    pfrGroup: "Clinical Support",
    wte: 0.8,
    expect: ["UNKNOWN_OCCUPATION_CODE"],
  },
  // Retired codes (their group still matches).
  {
    organisation: "UHL",
    title: "Children's Nurse",
    code: "N1A",
    pwrGroup: "Nursing, Midwifery",
    pfrGroup: "Nursing, Midwifery",
    wte: 2.6,
    expect: ["RETIRED_OCCUPATION_CODE"],
  },
  {
    organisation: "LPT",
    title: "Healthcare Assistant",
    code: "N9J",
    pwrGroup: "Clinical Support",
    pfrGroup: "Clinical Support",
    wte: 1,
    expect: ["RETIRED_OCCUPATION_CODE"],
  },
  {
    organisation: "LPT",
    title: "Specialty Doctor",
    code: "920",
    pwrGroup: "Medical, Dental",
    pfrGroup: "Medical, Dental",
    wte: 1,
    expect: ["RETIRED_OCCUPATION_CODE"],
  },
  // Job titles that contradict the code (group consistent with the code).
  {
    organisation: "UHL",
    title: "Healthcare Assistant",
    code: "H1R",
    pwrGroup: "Infrastructure Support",
    pfrGroup: "Infrastructure Support",
    wte: 4,
    expect: ["JOB_TITLE_SUSPECT"],
  },
  {
    organisation: "LPT",
    title: "Ward Clerk",
    code: "G2A",
    pwrGroup: "Infrastructure Support",
    pfrGroup: "Infrastructure Support",
    wte: 3.2,
    expect: ["JOB_TITLE_SUSPECT"],
  },
  {
    organisation: "UHL",
    title: "Porter",
    code: "H1A",
    pwrGroup: "Clinical Support",
    pfrGroup: "Clinical Support",
    wte: 1,
    expect: ["JOB_TITLE_SUSPECT"],
  },
  {
    organisation: "LPT",
    title: "Healthcare Assistant",
    code: "N6E",
    pwrGroup: "Nursing, Midwifery",
    pfrGroup: "Nursing, Midwifery",
    wte: 2,
    expect: ["JOB_TITLE_SUSPECT"],
  },
];

export interface RecodedStaff {
  readonly organisation: Org;
  /** The group they belong in by occupation code, and still are on the PFR. */
  readonly from: Group;
  /** The group the PWR now counts them in. */
  readonly to: Group;
  readonly wte: number;
}

export interface StaffRows {
  readonly header: readonly string[];
  /** Data rows in sheet order (UHL then LPT, by assignment number). */
  readonly rows: readonly (readonly CellValue[])[];
  /** For each data row (same index), the finding codes it was planted to raise; [] for clean rows. */
  readonly expect: readonly (readonly string[])[];
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Assignment WTE in hundredths: mostly full time, a tail of part-time contracts. */
const WTE_CHOICES: readonly [hundredths: number, weight: number][] = [
  [100, 58],
  [80, 8],
  [60, 7],
  [50, 7],
  [40, 4],
  [90, 3],
  [70, 3],
  [93, 3], // 34.9 hours
  [27, 2], // 10 hours
];

function pick<T>(rand: () => number, items: readonly T[], weight: (t: T) => number): T {
  let total = 0;
  for (const it of items) total += weight(it);
  let x = rand() * total;
  for (const it of items) {
    x -= weight(it);
    if (x < 0) return it;
  }
  return items[items.length - 1];
}

/** Splits a total (WTE, 2 decimals) into assignments of at most 1.00 that add up to it exactly. */
export function splitWte(total: number, rand: () => number): number[] {
  let rest = Math.round(total * 100);
  const out: number[] = [];
  while (rest > 0) {
    let w = pick(rand, WTE_CHOICES, (c) => c[1])[0];
    if (rand() < 0.1) w = 20 + Math.floor(rand() * 81); // any 0.20-1.00
    if (w > rest) w = rest;
    out.push(w / 100);
    rest -= w;
  }
  return out;
}

interface DraftRow {
  readonly title: string;
  readonly code: string;
  readonly pwr: Group;
  readonly pfr: Group;
  readonly wte: number;
  readonly expect: readonly string[];
}

const GROUP_CODE: Readonly<Record<Group, string>> = {
  "Nursing, Midwifery": "NM",
  "Scientific, Therapeutic, Technical": "ST",
  "Clinical Support": "CS",
  "Infrastructure Support": "IS",
  "Medical, Dental": "MD",
  Other: "OT",
};

/**
 * The Staff sheet's rows. `actuals` is the PWR substantive actual at the reporting month by
 * organisation and group (WTE, 2 decimals): each group's assignments add up to it exactly,
 * planted ones included. `recoded` (WTE counted in `to` whose codes say `from`) is part of `to`.
 */
export function buildStaffRows(
  actuals: Readonly<Record<Org, Readonly<Partial<Record<Group, number>>>>>,
  seed: number,
  options?: { readonly recoded?: RecodedStaff | null; readonly plants?: readonly StaffPlant[] }
): StaffRows {
  const rand = randomSource(seed);
  const plants = options?.plants ?? SAMPLE_PLANTS;
  const recoded = options?.recoded ?? null;
  const rows: CellValue[][] = [];
  const expect: (readonly string[])[] = [];
  const staffType: StaffType = "Substantive";

  ORGS.forEach((org, orgIndex) => {
    const drafts: DraftRow[] = [];
    for (const group of GROUPS) {
      const total = actuals[org][group] ?? 0;
      let rest = Math.round(total * 100);
      const take = (wte: number, what: string) => {
        const h = Math.round(wte * 100);
        if (h > rest)
          throw new Error(
            `Staff sheet: ${what} needs ${wte} WTE of ${org} ${group} but only ${rest / 100} is left`
          );
        rest -= h;
      };
      if (recoded && recoded.organisation === org && recoded.to === group) {
        take(recoded.wte, "the recoding");
        for (const wte of splitWte(recoded.wte, rand)) {
          const job = pick(rand, RECODED_JOBS, (j) => j.weight);
          drafts.push({
            title: job.title,
            code: job.code,
            pwr: group,
            pfr: recoded.from,
            wte,
            expect: RECODED_EXPECT,
          });
        }
      }
      for (const p of plants) {
        if (p.organisation !== org || p.pwrGroup !== group) continue;
        take(p.wte, `the planted ${p.title} rows`);
        for (const wte of splitWte(p.wte, rand)) {
          drafts.push({
            title: p.title,
            code: p.code,
            pwr: group,
            pfr: p.pfrGroup,
            wte,
            expect: p.expect,
          });
        }
      }
      const jobs = STAFF_CATALOGUE.filter((j) => j.group === group && j.weight[org] > 0);
      if (rest > 0 && jobs.length === 0)
        throw new Error(`Staff sheet: no catalogue job for ${org} ${group} (${rest / 100} WTE)`);
      for (const wte of splitWte(rest / 100, rand)) {
        const job = pick(rand, jobs, (j) => j.weight[org]);
        drafts.push({ title: job.title, code: job.code, pwr: group, pfr: group, wte, expect: [] });
      }
    }
    // Shuffle (Fisher-Yates) so planted rows are scattered, then number assignments in sheet order.
    for (let i = drafts.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [drafts[i], drafts[j]] = [drafts[j], drafts[i]];
    }
    let assignment = 20_000_000 + orgIndex * 5_000_000 + Math.floor(rand() * 100_000);
    for (const d of drafts) {
      assignment += 1 + Math.floor(rand() * 40);
      const costCentre = `${org}-${GROUP_CODE[d.pwr]}-${100 + Math.floor(rand() * 60)}`;
      rows.push([
        org,
        String(assignment),
        d.title,
        d.code,
        d.pwr,
        d.pfr,
        staffType,
        d.wte,
        costCentre,
      ]);
      expect.push(d.expect);
    }
  });
  return { header: [...STAFF_HEADER], rows, expect };
}

/** The PWR substantive actual at the reporting month by organisation and group. */
export function substantiveActualsAt(
  pwr: ReturnData,
  month: number = REPORTING_MONTH
): Record<Org, Record<Group, number>> {
  const out = {} as Record<Org, Record<Group, number>>;
  for (const org of ORGS) {
    out[org] = {} as Record<Group, number>;
    for (const g of GROUPS) out[org][g] = pwr[org].Substantive[g].actual[month - 1] ?? 0;
  }
  return out;
}

/** Seed of the sample's Staff sheet. */
export const STAFF_SEED = 20231031;

/**
 * The Staff sheet of the sample, laid out like the other grids. `recoded` is the PWR's recoding
 * (workforce.ts moves RECODED_WTE of UHL substantive staff from Clinical Support to
 * Infrastructure Support from RECODING.month): those assignments keep their clinical codes.
 */
export function staffSheetGrid(
  model: SampleModel,
  recoded: RecodedStaff | null,
  seed: number = STAFF_SEED
): SheetGrid {
  const built = buildStaffRows(substantiveActualsAt(model.pwr), seed, { recoded });
  // A planted blank code is an empty cell in the workbook, which every reader gives back as null.
  const rows: CellValue[][] = [[...built.header], ...built.rows.map((r) => r.map((v) => (v === "" ? null : v)))];
  return {
    name: "Staff",
    rows,
    rowFormats: rows.map((_, i) => (i === 0 ? null : "0.00")),
    frozenColumns: 3,
    columnWidths: [14, 12, 38, 10, 34, 34, 12, 8, 12],
  };
}

/**
 * A recoding applied to PWR data: `wte` of `staffType` staff move from `from` to `to` in the
 * organisation's actuals from `month` on; plans, the base and the PFR are left as they are, so
 * the PFR does not follow. (The sample's workforce.ts already builds this move into its PWR
 * (RECODING, RECODED_WTE); this is for other data sets, e.g. the evaluation corpus.)
 */
export function applyRecoding(
  pwr: ReturnData,
  spec: {
    readonly organisation: Org;
    readonly staffType: StaffType;
    readonly from: Group;
    readonly to: Group;
    readonly wte: number;
    readonly month: number;
  }
): ReturnData {
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const block = pwr[spec.organisation][spec.staffType];
  const moved = (g: Group, sign: number) => ({
    ...block[g],
    actual: block[g].actual.map((v, i) => (i + 1 >= spec.month ? r2(v + sign * spec.wte) : v)),
  });
  return {
    ...pwr,
    [spec.organisation]: {
      ...pwr[spec.organisation],
      [spec.staffType]: {
        ...block,
        [spec.from]: moved(spec.from, -1),
        [spec.to]: moved(spec.to, +1),
      },
    },
  };
}
