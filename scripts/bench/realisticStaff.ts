/**
 * A Staff sheet that looks like a provider's: assignments spread over each organisation's groups in
 * proportion to its PWR substantive actual at the reporting month, jobs and occupation codes from
 * the sample's catalogue (scripts/seeds/staff.ts, each code checked against the NHS manual by a
 * test), mostly full-time WTE, and about one row in 500 planted with one of the sample's coding
 * problems. So reconcile() does the work it does on a real return (a code and title lookup per
 * row, a handful of findings), not 100,000 copies of six rows.
 */
import type { CellValue, SheetSnapshot } from "../../src/workbook/snapshot";
import { SAMPLE_PLANTS, STAFF_CATALOGUE, STAFF_HEADER, randomSource } from "../seeds/staff";

const PLANT_EVERY = 500;
const WTE_CHOICES: readonly (readonly [wte: number, weight: number])[] = [
  [1, 58],
  [0.8, 8],
  [0.6, 7],
  [0.5, 7],
  [0.4, 4],
  [0.9, 3],
  [0.7, 3],
  [0.93, 3],
  [0.27, 2],
];

function pick<T>(rand: () => number, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((n, it) => n + weight(it), 0);
  let x = rand() * total;
  for (const it of items) {
    x -= weight(it);
    if (x < 0) return it;
  }
  return items[items.length - 1];
}

/** WTE by organisation and group: the PWR's Substantive Actual rows in the month column given. */
export function substantiveActuals(
  pwr: SheetSnapshot,
  monthHeader: string
): Map<string, Map<string, number>> {
  const [header, ...rows] = pwr.values;
  const col = (name: string) => {
    const i = header.findIndex((h) => h === name);
    if (i < 0) throw new Error(`the PWR sheet has no "${name}" column`);
    return i;
  };
  const [org, type, group, measure, month] = [
    "Organisation",
    "Staff type",
    "Staff group",
    "Measure",
    monthHeader,
  ].map(col);
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r[type] !== "Substantive" || r[measure] !== "Actual" || r[group] === "Total") continue;
    const byGroup = out.get(String(r[org])) ?? new Map<string, number>();
    byGroup.set(String(r[group]), Number(r[month]) || 0);
    out.set(String(r[org]), byGroup);
  }
  return out;
}

export function realisticStaffSheet(
  pwr: SheetSnapshot,
  monthHeader: string,
  rows: number,
  seed = 20231031
): SheetSnapshot {
  const rand = randomSource(seed);
  const actuals = substantiveActuals(pwr, monthHeader);
  const cells: { org: string; orgIndex: number; group: string; wte: number }[] = [];
  [...actuals].forEach(([org, groups], orgIndex) => {
    for (const [group, wte] of groups) if (wte > 0) cells.push({ org, orgIndex, group, wte });
  });
  const total = cells.reduce((n, c) => n + c.wte, 0);
  const values: CellValue[][] = [[...STAFF_HEADER]];
  let assignment = 20_000_000;
  // Rows per organisation and group in proportion to WTE, adding up to `rows` exactly.
  const counts = cells.map((c) => Math.floor((rows * c.wte) / total));
  for (let k = 0, short = rows - counts.reduce((n, c) => n + c, 0); short > 0; k++, short--)
    counts[k % counts.length]++;
  let made = 0;
  cells.forEach((cell, k) => {
    const count = counts[k];
    // Acute and community trusts employ different mixes: alternate the catalogue's two profiles.
    const profile = cell.orgIndex % 2 === 0 ? "UHL" : "LPT";
    const jobs = STAFF_CATALOGUE.filter((j) => j.group === cell.group && j.weight[profile] > 0);
    for (let i = 0; i < count; i++) {
      assignment += 1 + Math.floor(rand() * 40);
      const wte = pick(rand, WTE_CHOICES, (c) => c[1])[0];
      const costCentre = `${cell.org}-${100 + Math.floor(rand() * 60)}`;
      const plant =
        (made + i) % PLANT_EVERY === PLANT_EVERY - 1
          ? SAMPLE_PLANTS[Math.floor(rand() * SAMPLE_PLANTS.length)]
          : null;
      if (plant) {
        values.push([
          cell.org,
          String(assignment),
          plant.title,
          plant.code,
          plant.pwrGroup,
          plant.pfrGroup,
          "Substantive",
          wte,
          costCentre,
        ]);
      } else {
        const job = pick(rand, jobs, (j) => j.weight[profile]);
        values.push([
          cell.org,
          String(assignment),
          job.title,
          job.code,
          job.group,
          job.group,
          "Substantive",
          wte,
          costCentre,
        ]);
      }
    }
    made += count;
  });
  return { name: "Staff", origin: { row: 0, col: 0 }, values };
}
