/**
 * The corpus's Staff rows: clean assignments from the sample's catalogue, and staff-level plants
 * with the exact codes each must raise.
 */
import type { CellValue } from "../../src/workbook/snapshot";
import type { FindingCode } from "../../src/domain/reconcile/codes";
import { allOccupationCodes, lookupOccupationCode } from "../../src/domain/occupationCodes";
import { STAFF_GROUPS, type StaffGroup } from "../../src/domain/staffGroups";
import type { StaffType } from "../../src/domain/staffTypes";
import type { CatalogueJob } from "../seeds/staff";
import { choose, type Rand } from "./random";
import { GROUP_TRAPS, JOB_TITLE_PLANTS, SUPPORT_TITLES, TITLE_FOR_GROUP } from "./staffTitles";

export interface StaffDraft {
  readonly title: string;
  readonly code: CellValue;
  readonly pwr: StaffGroup;
  readonly pfr: StaffGroup;
  readonly type: StaffType;
  readonly expect: readonly FindingCode[];
}

let retiredCache: readonly { code: string; group: StaffGroup }[] | null = null;
function retiredCodes(): readonly { code: string; group: StaffGroup }[] {
  retiredCache ??= allOccupationCodes()
    .filter((c) => !c.currentlyValid)
    .map((c) => ({ code: c.code, group: c.staffGroup }));
  return retiredCache;
}

function unknownCode(rand: Rand): CellValue {
  const fixed: CellValue[] = ["", "N6", "XXX", "n/a", "N6AA", "TBC", "H1Z"];
  if (rand() < 0.4)
    return choose(
      rand,
      fixed.filter((c) => c === "" || !lookupOccupationCode(c))
    );
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (;;) {
    const code =
      choose(rand, [..."GHNSU"]) +
      choose(rand, [..."0123456789ABCDEFGH"]) +
      choose(rand, [...letters]);
    if (!lookupOccupationCode(code)) return code;
  }
}

function otherGroup(rand: Rand, not: StaffGroup): StaffGroup {
  return choose(
    rand,
    STAFF_GROUPS.filter((g) => g !== not)
  );
}

/** A planted staff row of the given code (with the codes it must raise). */
export function staffPlant(
  rand: Rand,
  code: FindingCode,
  jobs: readonly CatalogueJob[],
  withPfr: boolean
): StaffDraft | null {
  const type: StaffType = rand() < 0.85 ? "Substantive" : "Bank";
  const job = choose(rand, jobs);
  switch (code) {
    case "OCCUPATION_GROUP_MISMATCH": {
      const combo = withPfr ? rand() : 1;
      if (combo < 0.2) {
        // The recoding as it shows on the Staff sheet: PWR moved, PFR did not.
        const [title, occ] = choose(rand, GROUP_TRAPS.slice(0, 4));
        return {
          title,
          code: occ,
          pwr: "Infrastructure Support",
          pfr: "Clinical Support",
          type,
          expect: ["OCCUPATION_GROUP_MISMATCH", "PWR_PFR_GROUP_MISMATCH"],
        };
      }
      if (rand() < 0.6) {
        const [title, occ, pwr] = choose(rand, GROUP_TRAPS);
        return { title, code: occ, pwr, pfr: pwr, type, expect: ["OCCUPATION_GROUP_MISMATCH"] };
      }
      const pwr = otherGroup(rand, job.group);
      return {
        title: job.title,
        code: job.code,
        pwr,
        pfr: pwr,
        type,
        expect: ["OCCUPATION_GROUP_MISMATCH"],
      };
    }
    case "PWR_PFR_GROUP_MISMATCH":
      if (!withPfr) return null;
      return {
        title: job.title,
        code: job.code,
        pwr: job.group,
        pfr: otherGroup(rand, job.group),
        type,
        expect: ["PWR_PFR_GROUP_MISMATCH"],
      };
    case "UNKNOWN_OCCUPATION_CODE":
      return {
        title: job.title,
        code: unknownCode(rand),
        pwr: job.group,
        pfr: job.group,
        type,
        expect: ["UNKNOWN_OCCUPATION_CODE"],
      };
    case "RETIRED_OCCUPATION_CODE": {
      const retired = choose(rand, retiredCodes());
      const title = TITLE_FOR_GROUP[retired.group];
      if (rand() < 0.2) {
        const pwr = otherGroup(rand, retired.group);
        return {
          title,
          code: retired.code,
          pwr,
          pfr: pwr,
          type,
          expect: ["RETIRED_OCCUPATION_CODE", "OCCUPATION_GROUP_MISMATCH"],
        };
      }
      return {
        title,
        code: retired.code,
        pwr: retired.group,
        pfr: retired.group,
        type,
        expect: ["RETIRED_OCCUPATION_CODE"],
      };
    }
    case "JOB_TITLE_SUSPECT": {
      const plant = choose(rand, JOB_TITLE_PLANTS);
      const title = choose(rand, plant.titles);
      const occ = choose(rand, plant.codes);
      const group = lookupOccupationCode(occ)!.staffGroup;
      if (rand() < 0.15 && plant.titles === SUPPORT_TITLES) {
        // An HCA on an estates code and counted as Clinical Support: the code disagrees with both.
        return {
          title,
          code: occ,
          pwr: "Clinical Support",
          pfr: "Clinical Support",
          type,
          expect: ["JOB_TITLE_SUSPECT", "OCCUPATION_GROUP_MISMATCH"],
        };
      }
      return { title, code: occ, pwr: group, pfr: group, type, expect: ["JOB_TITLE_SUSPECT"] };
    }
    default:
      return null;
  }
}

/** A clean row, sometimes written the way real extracts are (upper case, band suffix, numeric medical codes). */
export function cleanStaff(
  rand: Rand,
  jobs: readonly CatalogueJob[],
  weightOf: (j: CatalogueJob) => number
): StaffDraft {
  let total = 0;
  for (const j of jobs) total += weightOf(j);
  let x = rand() * total;
  let job = jobs[jobs.length - 1];
  for (const j of jobs) {
    x -= weightOf(j);
    if (x < 0) {
      job = j;
      break;
    }
  }
  let title = job.title;
  const style = rand();
  if (style < 0.05) title = title.toUpperCase();
  else if (style < 0.1) title = `${title} Band ${choose(rand, ["2", "3", "5", "6", "7"])}`;
  let code: CellValue = job.code;
  if (/^\d+$/.test(job.code) && rand() < 0.3)
    code = Number(job.code); // Excel dropped the leading zero
  else if (rand() < 0.03) code = ` ${job.code.toLowerCase()} `;
  return {
    title,
    code,
    pwr: job.group,
    pfr: job.group,
    type: rand() < 0.9 ? "Substantive" : "Bank",
    expect: [],
  };
}

export const STAFF_CODES: readonly FindingCode[] = [
  "OCCUPATION_GROUP_MISMATCH",
  "PWR_PFR_GROUP_MISMATCH",
  "UNKNOWN_OCCUPATION_CODE",
  "RETIRED_OCCUPATION_CODE",
  "JOB_TITLE_SUSPECT",
];
