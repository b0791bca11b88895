/**
 * The evaluation corpus of the coding reconciliation (issue 5): in-memory workbooks (no files)
 * laid out by the test workbook builder (test/support/workbook), each with planted mismatches of
 * known code, place and size among clean rows, generated from a fixed seed.
 *
 * Clean data is built so that it raises nothing by construction, with margins: actual WTE stays
 * within about 0.5% of plan plus month-to-month noise, and actual pay follows actual WTE at the
 * group's rate (pay variance = rate x WTE variance x 0.85-1.15, plus a few £000 of noise), so WTE
 * and pay variances never point opposite ways materially and pay per WTE stays within 2% of plan.
 * Staff rows come from the sample's catalogue of correctly coded jobs (scripts/seeds/staff.ts).
 *
 * Plants:
 * - COST_WTE_DIRECTION: x WTE more (or fewer) than plan while pay is y under (or over), in a
 *   window of months, sized so the pay per WTE moves less than 10%.
 * - UNIT_COST_SHIFT: pay 20-60% above or below plan at the same WTE, in a window of months.
 * - RECODING_SHIFT: d WTE move from one group to another at month m on the PWR; half the time
 *   the PFR moves their pay too.
 * - staff level: rows whose occupation code, groups, code validity or job title disagree, each
 *   with the exact set of codes it must raise (realistic title variants included, a few of which
 *   the title rules are not expected to know).
 *
 * A plant on aggregate figures can legitimately trip another aggregate code on the same groups
 * (a recoding the PFR does not follow moves pay per WTE, for instance); the scorer treats those
 * as side effects, neither right nor wrong, and counts them separately.
 */
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/snapshot";
import type { FindingCode } from "../../src/domain/reconcile/codes";
import { allOccupationCodes, lookupOccupationCode } from "../../src/domain/occupationCodes";
import { STAFF_GROUPS, type StaffGroup } from "../../src/domain/staffGroups";
import { STAFF_TYPES, type StaffType } from "../../src/domain/staffTypes";
import { randomSource, STAFF_CATALOGUE, type CatalogueJob } from "../seeds/staff";
import {
  STAFF_HEADER,
  templateWorkbook,
  type ReturnRowKey,
  type ReturnSheetSpec,
} from "../../test/support/workbook";

export interface PlantedFinding {
  readonly code: FindingCode;
  readonly organisation: string;
  readonly staffType: StaffType | null;
  readonly groups: readonly [StaffGroup | null, StaffGroup | null];
  /** Aggregate codes: the month the finding is dated. */
  readonly month?: number;
  /** Staff level: the absolute zero-based row on the Staff sheet. */
  readonly row?: number;
  /** RECODING_SHIFT: whether the PFR moved the pay too. */
  readonly pfrFollows?: boolean;
  /** Aggregate codes: the planted size (WTE moved or added; for UNIT_COST_SHIFT the pay change as a fraction). */
  readonly size?: number;
}

/** An aggregate plant's footprint: other aggregate findings on these groups from this month are side effects. */
export interface Footprint {
  readonly organisation: string;
  readonly staffType: StaffType;
  readonly groups: readonly StaffGroup[];
  readonly fromMonth: number;
}

export interface EvalWorkbook {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
  readonly planted: readonly PlantedFinding[];
  readonly footprints: readonly Footprint[];
}

export interface CorpusOptions {
  readonly seed: number;
  readonly workbooks: number;
  /** Staff rows per workbook (clean rows; plants come on top). Default 300-1,500. */
  readonly staffRows?: readonly [number, number];
  /** Kinds of plant (default: all). A clean corpus: []. */
  readonly plant?: readonly FindingCode[];
}

const ORG_NAMES = ["UHL", "LPT", "NWL", "KGH", "RWD", "DBH"];
const FINANCE_UNITS = [
  ["£000", 1],
  ["£m", 1000],
  ["£", 0.001],
] as const;

type Rand = () => number;

const uniform = (rand: Rand, a: number, b: number) => a + (b - a) * rand();
const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function gaussian(rand: Rand): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

function choose<T>(rand: Rand, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function shuffled<T>(rand: Rand, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Returns (PWR and PFR)
// ------------------------------------------------------------------------------------------------

/** Substantive size ranges (WTE) by group for an organisation of scale 1. */
const SIZE: Readonly<Record<StaffGroup, readonly [number, number]>> = {
  "Nursing, Midwifery": [1200, 4500],
  "Scientific, Therapeutic, Technical": [500, 2000],
  "Clinical Support": [900, 3500],
  "Infrastructure Support": [900, 4000],
  "Medical, Dental": [300, 2000],
  Other: [0, 60],
};
/** Monthly pay per WTE (£000) of substantive staff. */
const RATE: Readonly<Record<StaffGroup, readonly [number, number]>> = {
  "Nursing, Midwifery": [4.3, 4.8],
  "Scientific, Therapeutic, Technical": [4.4, 5.0],
  "Clinical Support": [2.5, 2.9],
  "Infrastructure Support": [2.3, 2.8],
  "Medical, Dental": [9.5, 11.5],
  Other: [2.8, 3.4],
};
const TYPE_SHARE: Readonly<Record<StaffType, readonly [number, number]>> = {
  Substantive: [1, 1],
  Bank: [0.04, 0.12],
  Agency: [0.01, 0.06],
};
const TYPE_RATE: Readonly<Record<StaffType, readonly [number, number]>> = {
  Substantive: [1, 1],
  Bank: [0.9, 1.0],
  Agency: [1.5, 1.8],
};

interface Series {
  /** Index 0 = Base (March), 1..12 = FY months. Actual is null after the reporting month. */
  readonly planWte: number[];
  readonly actualWte: (number | null)[];
  readonly planPay: number[];
  readonly actualPay: (number | null)[];
  /** Pay per WTE (£000 a month) and month-to-month WTE noise (standard deviation). */
  readonly rate: number;
  readonly noise: number;
}

interface Block {
  readonly organisation: string;
  readonly staffType: StaffType;
  readonly series: Map<StaffGroup, Series>;
}

function cleanSeries(rand: Rand, size: number, rate: number, last: number): Series {
  const growth = uniform(rand, -0.001, 0.004);
  const offset = uniform(rand, -0.005, 0.005);
  const drift = uniform(rand, -0.001, 0.002);
  const noise = size * uniform(rand, 0.001, 0.003);
  const k = uniform(rand, 0.85, 1.15);
  const planWte: number[] = [];
  const actualWte: (number | null)[] = [];
  const planPay: number[] = [];
  const actualPay: (number | null)[] = [];
  for (let m = 0; m <= 12; m++) {
    const plan = r2(size * (1 + growth * m));
    planWte.push(plan);
    planPay.push(r1(plan * rate));
    if (m > last) {
      actualWte.push(null);
      actualPay.push(null);
      continue;
    }
    const actual =
      m === 0
        ? plan
        : r2(
            Math.max(0, size * (1 + (growth + drift) * m) * (1 + offset) + noise * gaussian(rand))
          );
    actualWte.push(actual);
    const eta = uniform(rand, -1, 1) * Math.min(15, 0.001 * plan * rate);
    actualPay.push(r1(plan * rate + rate * k * (actual - plan) + eta));
  }
  return { planWte, actualWte, planPay, actualPay, rate, noise };
}

function buildBlocks(rand: Rand, orgs: readonly string[], last: number): Block[] {
  const blocks: Block[] = [];
  for (const organisation of orgs) {
    const scale = uniform(rand, 0.3, 1.2);
    const sizes = new Map<StaffGroup, number>();
    for (const g of STAFF_GROUPS) sizes.set(g, r2(uniform(rand, SIZE[g][0], SIZE[g][1]) * scale));
    for (const staffType of STAFF_TYPES) {
      const series = new Map<StaffGroup, Series>();
      const typeRate = uniform(rand, TYPE_RATE[staffType][0], TYPE_RATE[staffType][1]);
      for (const g of STAFF_GROUPS) {
        const share = uniform(rand, TYPE_SHARE[staffType][0], TYPE_SHARE[staffType][1]);
        const size = r2((sizes.get(g) ?? 0) * share);
        const rate = uniform(rand, RATE[g][0], RATE[g][1]) * typeRate;
        series.set(g, cleanSeries(rand, size, rate, last));
      }
      blocks.push({ organisation, staffType, series });
    }
  }
  return blocks;
}

interface Window {
  readonly first: number;
  readonly last: number;
}

function windowOf(rand: Rand, last: number): Window {
  const first = 1 + Math.floor(rand() * last);
  const ends = rand() < 0.7 ? last : first + Math.floor(rand() * (last - first + 1));
  return { first, last: Math.min(ends, last) };
}

function inWindow(w: Window): number[] {
  return Array.from({ length: w.last - w.first + 1 }, (_, i) => w.first + i);
}

const vw = (s: Series, m: number) => (s.actualWte[m] ?? 0) - s.planWte[m];
const vc = (s: Series, m: number) => (s.actualPay[m] ?? 0) - s.planPay[m];

type AggregatePlant = { planted: PlantedFinding; footprint: Footprint };

function plantDirection(rand: Rand, block: Block, last: number): AggregatePlant | null {
  for (const g of shuffled(rand, STAFF_GROUPS)) {
    const s = block.series.get(g)!;
    if (s.planWte[last] < 200) continue;
    const w = windowOf(rand, last);
    const months = inWindow(w);
    const sign = rand() < 0.5 ? 1 : -1;
    // Final WTE variance at least 15 the planted way, pay variance at least 75 the other way.
    const xMin = Math.max(15, ...months.map((m) => 15 - sign * vw(s, m)));
    const xMax = 0.05 * s.planWte[last];
    if (xMin > xMax) continue;
    const x = xMin + rand() * (xMax - xMin);
    const cost = Math.min(...months.map((m) => s.actualPay[m] ?? 0));
    const wte = Math.min(...months.map((m) => s.actualWte[m] ?? 0));
    const yMin = 75 + Math.max(...months.map((m) => sign * vc(s, m)));
    const yMax = (0.1 - x / wte) * cost;
    if (yMin > yMax) continue;
    const y = yMin + rand() * (yMax - yMin);
    for (const m of months) {
      s.actualWte[m] = r2((s.actualWte[m] ?? 0) + sign * x);
      s.actualPay[m] = r1((s.actualPay[m] ?? 0) - sign * y);
    }
    return {
      planted: {
        code: "COST_WTE_DIRECTION",
        organisation: block.organisation,
        staffType: block.staffType,
        groups: [g, g],
        month: w.last,
        size: sign * x,
      },
      footprint: {
        organisation: block.organisation,
        staffType: block.staffType,
        groups: [g],
        fromMonth: w.first,
      },
    };
  }
  return null;
}

function plantUnitCost(rand: Rand, block: Block, last: number): AggregatePlant | null {
  for (const g of shuffled(rand, STAFF_GROUPS)) {
    const s = block.series.get(g)!;
    if (s.planWte[last] < 60) continue;
    const w = windowOf(rand, last);
    const months = inWindow(w);
    // The pay moves the way the WTE already leans, so WTE and pay never point opposite ways.
    const lean = months.map((m) => vw(s, m));
    const sign = lean.every((v) => v > -8) ? 1 : lean.every((v) => v < 8) ? -1 : 0;
    if (sign === 0) continue;
    const r = sign * uniform(rand, 0.2, 0.6);
    if (Math.min(...months.map((m) => Math.abs(r) * (s.actualPay[m] ?? 0))) < 75) continue;
    for (const m of months) s.actualPay[m] = r1((s.actualPay[m] ?? 0) * (1 + r));
    return {
      planted: {
        code: "UNIT_COST_SHIFT",
        organisation: block.organisation,
        staffType: block.staffType,
        groups: [g, g],
        month: w.last,
        size: r,
      },
      footprint: {
        organisation: block.organisation,
        staffType: block.staffType,
        groups: [g],
        fromMonth: w.first,
      },
    };
  }
  return null;
}

function plantRecoding(rand: Rand, block: Block, last: number): AggregatePlant | null {
  if (last < 2) return null;
  const big = STAFF_GROUPS.filter((g) => block.series.get(g)!.planWte[last] >= 300);
  for (const from of shuffled(rand, big)) {
    for (const to of shuffled(rand, big)) {
      if (to === from) continue;
      const f = block.series.get(from)!;
      const t = block.series.get(to)!;
      const month = 2 + Math.floor(rand() * (last - 1));
      const dMin = Math.max(15, 8 * Math.max(f.noise, t.noise));
      const dMax =
        0.09 * Math.min(...Array.from({ length: last }, (_, i) => f.actualWte[i + 1] ?? 0));
      if (dMin > dMax) continue;
      const d = dMin + rand() ** 2 * (dMax - dMin);
      const follows = rand() < 0.5;
      for (let m = month; m <= last; m++) {
        f.actualWte[m] = r2((f.actualWte[m] ?? 0) - d);
        t.actualWte[m] = r2((t.actualWte[m] ?? 0) + d);
        if (follows) {
          f.actualPay[m] = r1((f.actualPay[m] ?? 0) - d * f.rate);
          t.actualPay[m] = r1((t.actualPay[m] ?? 0) + d * f.rate);
        }
      }
      return {
        planted: {
          code: "RECODING_SHIFT",
          organisation: block.organisation,
          staffType: block.staffType,
          groups: [from, to],
          month,
          pfrFollows: follows,
          size: d,
        },
        footprint: {
          organisation: block.organisation,
          staffType: block.staffType,
          groups: [from, to],
          fromMonth: month,
        },
      };
    }
  }
  return null;
}

/**
 * A return laid out by the test workbook builder: every block's groups and a Total row after each
 * measure, the PFR's pay in the workbook's finance unit, under `titleRows` rows of title.
 */
function returnSpec(
  blocks: readonly Block[],
  side: "PWR" | "PFR",
  thousandsPerUnit: number,
  titleRows: number
): ReturnSheetSpec {
  const seriesOf = ({ org, type, group }: ReturnRowKey): Series =>
    blocks.find((b) => b.organisation === org && b.staffType === type)!.series.get(group)!;
  const title = side === "PWR" ? "Provider Workforce Return (WTE)" : "Provider Finance Return";
  return {
    base: side === "PWR",
    above: titleRows > 0 ? [[title], ...Array.from({ length: titleRows - 1 }, () => [])] : [],
    totals: { types: STAFF_TYPES, after: "eachMeasure", decimals: 2 },
    figure: (row, m) => {
      const s = seriesOf(row);
      if (side === "PWR") return (row.measure === "Plan" ? s.planWte : s.actualWte)[m];
      const pay = (row.measure === "Plan" ? s.planPay : s.actualPay)[m];
      return pay === null ? null : Math.round((pay / thousandsPerUnit) * 1e6) / 1e6;
    },
  };
}

// ------------------------------------------------------------------------------------------------
// Staff sheet
// ------------------------------------------------------------------------------------------------

interface StaffDraft {
  readonly title: string;
  readonly code: CellValue;
  readonly pwr: StaffGroup;
  readonly pfr: StaffGroup;
  readonly type: StaffType;
  readonly expect: readonly FindingCode[];
}

/** Title variants a real ESR extract holds. Those marked hard are not in the rules' phrase lists. */
const SUPPORT_TITLES = [
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

const JOB_TITLE_PLANTS: readonly {
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
const GROUP_TRAPS: readonly [string, string, StaffGroup][] = [
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

const TITLE_FOR_GROUP: Readonly<Record<StaffGroup, string>> = {
  "Nursing, Midwifery": "Staff Nurse",
  "Scientific, Therapeutic, Technical": "Clinical Scientist",
  "Clinical Support": "Support Worker",
  "Infrastructure Support": "Administrator",
  "Medical, Dental": "Specialty Doctor",
  Other: "Volunteer Coordinator",
};

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
function staffPlant(
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
function cleanStaff(
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

// ------------------------------------------------------------------------------------------------
// Workbooks
// ------------------------------------------------------------------------------------------------

const AGGREGATE_PLANTERS: Partial<
  Record<FindingCode, (rand: Rand, block: Block, last: number) => AggregatePlant | null>
> = {
  COST_WTE_DIRECTION: plantDirection,
  UNIT_COST_SHIFT: plantUnitCost,
  RECODING_SHIFT: plantRecoding,
};
const STAFF_CODES: readonly FindingCode[] = [
  "OCCUPATION_GROUP_MISMATCH",
  "PWR_PFR_GROUP_MISMATCH",
  "UNKNOWN_OCCUPATION_CODE",
  "RETIRED_OCCUPATION_CODE",
  "JOB_TITLE_SUSPECT",
];

export function buildWorkbook(
  seed: number,
  index: number,
  options?: Omit<CorpusOptions, "seed" | "workbooks">
): EvalWorkbook {
  const rand = randomSource(seed * 1_000_003 + index * 7919 + 17);
  const plantCodes: readonly FindingCode[] = options?.plant ?? [
    ...(Object.keys(AGGREGATE_PLANTERS) as FindingCode[]),
    ...STAFF_CODES,
  ];
  const orgs = shuffled(rand, ORG_NAMES).slice(0, 2 + Math.floor(rand() * 3));
  const last = choose(rand, [4, 6, 7, 7, 7, 8, 9, 12]);
  const [unitName, thousandsPerUnit] = choose(rand, [
    ...FINANCE_UNITS,
    ...FINANCE_UNITS.slice(0, 1),
    ...FINANCE_UNITS.slice(0, 1),
  ]);
  const blocks = buildBlocks(rand, orgs, last);
  const planted: PlantedFinding[] = [];
  const footprints: Footprint[] = [];

  // Aggregate plants: at most one per organisation x staff type, codes taken in turn.
  const aggregateCodes = plantCodes.filter((c) => AGGREGATE_PLANTERS[c]);
  if (aggregateCodes.length > 0) {
    const wanted = 3 + Math.floor(rand() * 4);
    let turn = Math.floor(rand() * aggregateCodes.length);
    for (const block of shuffled(rand, blocks).slice(0, wanted)) {
      const code = aggregateCodes[turn++ % aggregateCodes.length];
      const plant = AGGREGATE_PLANTERS[code]!(rand, block, last);
      if (plant) {
        planted.push(plant.planted);
        footprints.push(plant.footprint);
      }
    }
  }

  // Returns, sometimes under a title row (the reader finds the header in the first 20 rows).
  const titleRows = rand() < 0.3 ? 2 : 0;

  // Staff sheet.
  const withPfr = rand() < 0.9;
  const header: CellValue[] = withPfr
    ? [...STAFF_HEADER]
    : STAFF_HEADER.filter((h) => h !== "Staff group (PFR)");
  const [minRows, maxRows] = options?.staffRows ?? [300, 1500];
  const n = minRows + Math.floor(rand() * (maxRows - minRows + 1));
  const drafts: { org: string; draft: StaffDraft }[] = [];
  orgs.forEach((org, i) => {
    const flavour = i % 2 === 0 ? "UHL" : "LPT";
    const jobs = STAFF_CATALOGUE.filter((j) => j.weight[flavour] > 0);
    const count = Math.round(n / orgs.length);
    for (let k = 0; k < count; k++)
      drafts.push({ org, draft: cleanStaff(rand, jobs, (j) => j.weight[flavour]) });
    const staffPlantCodes = plantCodes.filter((c) => STAFF_CODES.includes(c));
    if (staffPlantCodes.length > 0) {
      const plants = 2 + Math.floor(rand() * 12);
      for (let k = 0; k < plants; k++) {
        const d = staffPlant(rand, choose(rand, staffPlantCodes), jobs, withPfr);
        if (d) drafts.push({ org, draft: d });
      }
    }
  });
  const rows: CellValue[][] = [header];
  const staffOrigin = rand() < 0.2 ? { row: 2, col: 1 } : { row: 0, col: 0 };
  for (const { org, draft } of shuffled(rand, drafts)) {
    const wte = rand() < 0.6 ? 1 : r2(uniform(rand, 0.2, 1));
    const cells: CellValue[] = [
      org,
      String(30_000_000 + rows.length * 3),
      draft.title,
      draft.code,
      draft.pwr,
    ];
    if (withPfr) cells.push(draft.pfr);
    cells.push(draft.type, wte, `${org}${100 + Math.floor(rand() * 50)}`);
    const row = staffOrigin.row + rows.length;
    rows.push(cells);
    for (const code of draft.expect) {
      const groups: readonly [StaffGroup | null, StaffGroup | null] = [null, null];
      planted.push({ code, organisation: org, staffType: draft.type, groups, row });
    }
  }
  const snapshot: WorkbookSnapshot = templateWorkbook({
    source: `eval-${seed}-${index}.xlsx`,
    organisations: orgs,
    pwr: returnSpec(blocks, "PWR", 1, titleRows),
    pfr: returnSpec(blocks, "PFR", thousandsPerUnit, titleRows),
    staff: { header, rows: rows.slice(1), origin: staffOrigin },
    settings: [
      ["Financial year", "2023/24"],
      ["Reporting month", `M${last}`],
      ["Finance unit", unitName],
    ],
  });
  return {
    name: `eval-${seed}-${String(index).padStart(3, "0")}`,
    snapshot,
    planted,
    footprints,
  };
}

export function buildCorpus(options: CorpusOptions): EvalWorkbook[] {
  return Array.from({ length: options.workbooks }, (_, i) =>
    buildWorkbook(options.seed, i, options)
  );
}
