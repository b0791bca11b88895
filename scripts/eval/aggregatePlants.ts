/**
 * The corpus's returns: clean PWR and PFR series per organisation x staff type x group, and the
 * aggregate plants (COST_WTE_DIRECTION, UNIT_COST_SHIFT, RECODING_SHIFT) made on them.
 */
import type { FindingCode } from "../../src/domain/reconcile/codes";
import { STAFF_GROUPS, type StaffGroup } from "../../src/domain/staffGroups";
import { STAFF_TYPES, type StaffType } from "../../src/domain/staffTypes";
import type { Footprint, PlantedFinding } from "./planted";
import { gaussian, r1, r2, shuffled, uniform, type Rand } from "./random";

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

export interface Series {
  /** Index 0 = Base (March), 1..12 = FY months. Actual is null after the reporting month. */
  readonly planWte: number[];
  readonly actualWte: (number | null)[];
  readonly planPay: number[];
  readonly actualPay: (number | null)[];
  /** Pay per WTE (£000 a month) and month-to-month WTE noise (standard deviation). */
  readonly rate: number;
  readonly noise: number;
}

export interface Block {
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

export function buildBlocks(rand: Rand, orgs: readonly string[], last: number): Block[] {
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

export type AggregatePlant = { planted: PlantedFinding; footprint: Footprint };

/** A plant on one group over a window of months, dated its last month. */
function oneGroupPlant(
  code: FindingCode,
  block: Block,
  g: StaffGroup,
  w: Window,
  size: number
): AggregatePlant {
  const { organisation, staffType } = block;
  return {
    planted: { code, organisation, staffType, groups: [g, g], month: w.last, size },
    footprint: { organisation, staffType, groups: [g], fromMonth: w.first },
  };
}

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
    return oneGroupPlant("COST_WTE_DIRECTION", block, g, w, sign * x);
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
    return oneGroupPlant("UNIT_COST_SHIFT", block, g, w, r);
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

export const AGGREGATE_PLANTERS: Partial<
  Record<FindingCode, (rand: Rand, block: Block, last: number) => AggregatePlant | null>
> = {
  COST_WTE_DIRECTION: plantDirection,
  UNIT_COST_SHIFT: plantUnitCost,
  RECODING_SHIFT: plantRecoding,
};
