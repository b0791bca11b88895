/**
 * The validator's clean workbooks, built with the test workbook builder (test/support/workbook):
 * cleanWorkbook() is a valid 2-organisation template (UHL, LPT; FY 2023/24; actuals to M7) that
 * the tests poke one defect into. Figures are generated, not hard-coded, but kept plausible:
 * month-on-month moves under 1%, pay cost per WTE of £2.5k-£11k a month, Total rows equal to the
 * sum of their groups.
 */
import type { CellValue } from "../../../src/workbook/snapshot";
import { STAFF_GROUPS, type StaffGroup } from "../../../src/domain/staffGroups";
import type { StaffType } from "../../../src/domain/staffTypes";
import {
  templateWorkbook,
  type Measure,
  type MutableWorkbook,
  type ReturnRowKey,
  type ReturnSheetSpec,
} from "../../support/workbook";

export const ORGS = ["UHL", "LPT"] as const;
export const REPORTING_MONTH = 7;

/** March baseline WTE by organisation, staff type and group. */
const BASE_WTE: Record<string, Record<StaffType, Record<StaffGroup, number>>> = {
  UHL: {
    Substantive: {
      "Nursing, Midwifery": 4200,
      "Scientific, Therapeutic, Technical": 1800,
      "Clinical Support": 3100,
      "Infrastructure Support": 3900,
      "Medical, Dental": 1900,
      Other: 40,
    },
    Bank: {
      "Nursing, Midwifery": 420,
      "Scientific, Therapeutic, Technical": 30,
      "Clinical Support": 310,
      "Infrastructure Support": 120,
      "Medical, Dental": 60,
      Other: 8,
    },
    Agency: {
      "Nursing, Midwifery": 210,
      "Scientific, Therapeutic, Technical": 40,
      "Clinical Support": 180,
      "Infrastructure Support": 70,
      "Medical, Dental": 50,
      Other: 6,
    },
  },
  LPT: {
    Substantive: {
      "Nursing, Midwifery": 1900,
      "Scientific, Therapeutic, Technical": 850,
      "Clinical Support": 1400,
      "Infrastructure Support": 1550,
      "Medical, Dental": 640,
      Other: 25,
    },
    Bank: {
      "Nursing, Midwifery": 160,
      "Scientific, Therapeutic, Technical": 12,
      "Clinical Support": 140,
      "Infrastructure Support": 45,
      "Medical, Dental": 20,
      Other: 5,
    },
    Agency: {
      "Nursing, Midwifery": 75,
      "Scientific, Therapeutic, Technical": 25,
      "Clinical Support": 190,
      "Infrastructure Support": 40,
      "Medical, Dental": 22,
      Other: 4,
    },
  },
};

/** Monthly pay cost per WTE, £000. */
const COST_PER_WTE: Record<StaffGroup, number> = {
  "Nursing, Midwifery": 4.5,
  "Scientific, Therapeutic, Technical": 4.7,
  "Clinical Support": 2.7,
  "Infrastructure Support": 2.5,
  "Medical, Dental": 10.8,
  Other: 3.0,
};
const TYPE_COST_FACTOR: Record<StaffType, number> = { Substantive: 1, Bank: 0.9, Agency: 1.6 };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Organisations other than UHL and LPT (large workbooks) get UHL's figures scaled. */
function baseWte(org: string, type: StaffType, group: StaffGroup): number {
  const known = BASE_WTE[org];
  if (known) return known[type][group];
  const scale = 0.3 + (Number(org.replace(/\D/g, "")) % 7) * 0.1;
  return round1(BASE_WTE.UHL[type][group] * scale);
}

/** WTE for month m (0 = Base) of a row: plan grows 0.2% a month, actual 0.3%. */
function wte(
  org: string,
  type: StaffType,
  group: StaffGroup,
  measure: "Plan" | "Actual",
  m: number
): number {
  return round1(baseWte(org, type, group) * (1 + (measure === "Plan" ? 0.002 : 0.003) * m));
}

function cost(
  org: string,
  type: StaffType,
  group: StaffGroup,
  measure: "Plan" | "Actual",
  m: number
): number {
  return round1(wte(org, type, group, measure, m) * COST_PER_WTE[group] * TYPE_COST_FACTOR[type]);
}

/** Months after the reporting month have no actuals yet. */
const reported = (measure: Measure, m: number) => measure === "Plan" || m <= REPORTING_MONTH;

function returnSpec(name: "PWR" | "PFR"): ReturnSheetSpec {
  const figure = name === "PWR" ? wte : cost;
  return {
    figure: ({ org, type, group, measure }: ReturnRowKey, m: number) =>
      reported(measure, m) ? figure(org, type, group, measure, m) : null,
    base: true,
    totals: { types: ["Substantive"], after: "bothMeasures", decimals: 1 },
  };
}

const VACANCY_MEASURES = ["Establishment", "In post", "Vacancies"];

function vacancy(org: string, group: StaffGroup, measure: string, m: number): number | null {
  if (m > REPORTING_MONTH) return null;
  const inPost = wte(org, "Substantive", group, "Actual", m);
  const vacancies = round1(inPost * 0.08);
  if (measure === "Establishment") return round1(inPost + vacancies);
  return measure === "In post" ? inPost : vacancies;
}

const AGENCY_MEASURES = ["Price cap spend", "Actual spend", "Shifts", "Shifts above cap"];

function agency(org: string, measure: string, m: number): number | null {
  if (m > REPORTING_MONTH) return null;
  const spend = round1(STAFF_GROUPS.reduce((s, g) => s + cost(org, "Agency", g, "Actual", m), 0));
  if (measure === "Price cap spend") return round1(spend * 0.8);
  if (measure === "Actual spend") return spend;
  return measure === "Shifts" ? 4000 + 10 * m : 1800 - 10 * m;
}

/** Assignment templates cycled through by generated Staff sheets. */
const STAFF_TEMPLATES: readonly CellValue[][] = [
  ["Staff Nurse", "N6A", "Nursing, Midwifery", "Nursing, Midwifery", "Substantive", 1],
  ["Healthcare Assistant", "H1A", "Clinical Support", "Clinical Support", "Substantive", 0.8],
  ["Porter", "H1R", "Infrastructure Support", "Infrastructure Support", "Substantive", 1],
  ["Consultant Physician", "100", "Medical, Dental", "Medical, Dental", "Substantive", 1],
  ["Physiotherapist", "S1H", "Scientific, Therapeutic, Technical", "", "Substantive", 0.6],
  ["Ward Clerk", "G2D", "Clinical Support", "Clinical Support", "Bank", 0.5],
];

function generatedStaff(orgs: readonly string[], rows: number): CellValue[][] {
  return Array.from({ length: rows }, (_, i) => {
    const [title, code, pwr, pfr, type, wte] = STAFF_TEMPLATES[i % STAFF_TEMPLATES.length];
    const org = orgs[i % orgs.length];
    return [org, String(30000000 + i), title, code, pwr, pfr, type, wte, `${org}${100 + (i % 50)}`];
  });
}

const CLEAN_STAFF: readonly CellValue[][] = [
  [
    "UHL",
    "10000001",
    "Staff Nurse",
    "N6A",
    "Nursing, Midwifery",
    "Nursing, Midwifery",
    "Substantive",
    1,
    "UHL100",
  ],
  [
    "UHL",
    "10000002",
    "Healthcare Assistant",
    "H1A",
    "Clinical Support",
    "Clinical Support",
    "Substantive",
    0.8,
    "UHL100",
  ],
  [
    "UHL",
    "10000003",
    "Porter",
    "H1R",
    "Infrastructure Support",
    "Infrastructure Support",
    "Substantive",
    1,
    "UHL200",
  ],
  [
    "UHL",
    "10000004",
    "Consultant Physician",
    "100",
    "Medical, Dental",
    "Medical, Dental",
    "Substantive",
    1,
    "UHL300",
  ],
  [
    "LPT",
    "20000001",
    "Physiotherapist",
    "S1H",
    "Scientific, Therapeutic, Technical",
    "",
    "Substantive",
    0.6,
    "LPT100",
  ],
  [
    "LPT",
    "20000002",
    "Ward Clerk",
    "G2D",
    "Clinical Support",
    "Clinical Support",
    "Bank",
    0.5,
    "LPT200",
  ],
];

function workbook(source: string, orgs: readonly string[], staff: CellValue[][]): MutableWorkbook {
  return templateWorkbook({
    source,
    organisations: orgs,
    pwr: returnSpec("PWR"),
    pfr: returnSpec("PFR"),
    vacancies: { measures: VACANCY_MEASURES, figure: vacancy },
    agency: { measures: AGENCY_MEASURES, figure: agency },
    staff: { rows: staff },
    settings: [
      ["Financial year", "2023/24"],
      ["Reporting month", "M7"],
      ["Finance unit", "£000"],
      ["Organisations", orgs.join(", ")],
      ["Tolerance WTE", 0.5],
      ["Tolerance £000", 1],
    ],
  });
}

/** A valid workbook: no errors and no warnings. */
export function cleanWorkbook(): MutableWorkbook {
  return workbook(
    "clean.xlsx",
    ORGS,
    CLEAN_STAFF.map((r) => [...r])
  );
}

/**
 * A large valid workbook for speed checks: `organisations` providers (ORG01, ORG02, ...) x 12
 * months on every sheet, and a Staff sheet of `staffRows` assignments.
 */
export function largeWorkbook(organisations: number, staffRows: number): MutableWorkbook {
  const orgs = Array.from(
    { length: organisations },
    (_, i) => `ORG${String(i + 1).padStart(2, "0")}`
  );
  return workbook("large.xlsx", orgs, generatedStaff(orgs, staffRows));
}
