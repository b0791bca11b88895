/**
 * The reconciliation's clean workbook, built with the test workbook builder
 * (test/support/workbook): cleanWorkbook() raises nothing (pay follows WTE at each group's rate;
 * every group wiggles the same way each month, so no two groups move opposite ways), and the tests
 * plant one mismatch into a copy. Figures are computed here, never by the code under test.
 */
import type { CellValue } from "../../../src/workbook/snapshot";
import type { StaffGroup } from "../../../src/domain/staffGroups";
import type { StaffType } from "../../../src/domain/staffTypes";
import { templateWorkbook, type MutableWorkbook, type ReturnRowKey } from "../../support/workbook";

export const LAST = 7;
export const ORGS = ["UHL", "LPT"] as const;
export const TYPES: readonly StaffType[] = ["Substantive", "Bank"];

const SIZE: Record<StaffGroup, number> = {
  "Nursing, Midwifery": 4000,
  "Scientific, Therapeutic, Technical": 1800,
  "Clinical Support": 3000,
  "Infrastructure Support": 3500,
  "Medical, Dental": 1500,
  Other: 40,
};
export const RATE: Record<StaffGroup, number> = {
  "Nursing, Midwifery": 4.5,
  "Scientific, Therapeutic, Technical": 4.7,
  "Clinical Support": 2.7,
  "Infrastructure Support": 2.5,
  "Medical, Dental": 10.8,
  Other: 3,
};
/** Month-by-month wiggle of every group, in thousandths of its size (months 1..7). */
const WIGGLE = [0, 2, -1, 3, -2, 1, 2];

const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function size(org: string, type: string, group: StaffGroup): number {
  return SIZE[group] * (org === "LPT" ? 0.4 : 1) * (type === "Bank" ? 0.1 : 1);
}

export function planWte(org: string, type: string, group: StaffGroup, m: number): number {
  return r2(size(org, type, group) * (1 + 0.002 * m));
}
export function actualWte(org: string, type: string, group: StaffGroup, m: number): number | null {
  if (m > LAST) return null;
  return r2(
    planWte(org, type, group, m) + (size(org, type, group) / 1000) * (m === 0 ? 0 : WIGGLE[m - 1])
  );
}

/** Correctly coded assignments, including near-misses the title rules must leave alone. */
export const CLEAN_STAFF: readonly (readonly [
  title: string,
  code: CellValue,
  group: StaffGroup,
])[] = [
  ["Staff Nurse", "N6A", "Nursing, Midwifery"],
  ["Midwife", "N2C", "Nursing, Midwifery"],
  ["Healthcare Assistant", "H1A", "Clinical Support"],
  ["Nursing Associate", "NGA", "Clinical Support"],
  ["Ward Clerk", "G2D", "Clinical Support"],
  ["Student Midwife", "P1A", "Clinical Support"],
  ["Nursery Nurse", "N8B", "Clinical Support"],
  ["Healthcare Science Assistant", "U9A", "Clinical Support"],
  ["Ward Assistant (Domestic)", "H2R", "Infrastructure Support"],
  ["Porter", "H2R", "Infrastructure Support"],
  ["Administrator", "G2A", "Infrastructure Support"],
  ["Nurse Bank Coordinator", "G2A", "Infrastructure Support"],
  ["Physiotherapist", "S1E", "Scientific, Therapeutic, Technical"],
  ["Consultant Anaesthetist", 91, "Medical, Dental"], // Excel dropped the zero of 091
  ["Macmillan Nurse", "Z1A", "Other"],
];

/** A return's figure: WTE on the PWR, pay (£000) at the group's rate on the PFR. */
function figure(name: "PWR" | "PFR") {
  return ({ org, type, group, measure }: ReturnRowKey, m: number): number | null => {
    const wte = measure === "Plan" ? planWte(org, type, group, m) : actualWte(org, type, group, m);
    return wte === null || name === "PWR" ? wte : r1(wte * RATE[group]);
  };
}

function staffRows(): CellValue[][] {
  return CLEAN_STAFF.map(([title, code, group], i) => {
    const org = i % 2 === 0 ? "UHL" : "LPT";
    const wte = i % 3 === 0 ? 0.8 : 1;
    return [
      org,
      String(10_000_001 + i),
      title,
      code,
      group,
      group,
      "Substantive",
      wte,
      `${org}100`,
    ];
  });
}

export function cleanWorkbook(): MutableWorkbook {
  return templateWorkbook({
    source: "clean.xlsx",
    organisations: ORGS,
    staffTypes: TYPES,
    pwr: { figure: figure("PWR"), base: true },
    pfr: { figure: figure("PFR"), base: false },
    staff: { rows: staffRows() },
    settings: [
      ["Financial year", "2023/24"],
      ["Reporting month", "M7"],
      ["Finance unit", "£000"],
    ],
  });
}
