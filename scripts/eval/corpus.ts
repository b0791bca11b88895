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
import type { StaffGroup } from "../../src/domain/staffGroups";
import { STAFF_TYPES } from "../../src/domain/staffTypes";
import { randomSource, STAFF_CATALOGUE } from "../seeds/staff";
import {
  STAFF_HEADER,
  templateWorkbook,
  type ReturnRowKey,
  type ReturnSheetSpec,
} from "../../test/support/workbook";
import { AGGREGATE_PLANTERS, buildBlocks, type Block, type Series } from "./aggregatePlants";
import type { Footprint, PlantedFinding } from "./planted";
import { choose, r2, shuffled, uniform } from "./random";
import { cleanStaff, STAFF_CODES, staffPlant, type StaffDraft } from "./staffPlants";

export type { Footprint, PlantedFinding } from "./planted";

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
