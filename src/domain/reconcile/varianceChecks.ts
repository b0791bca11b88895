/**
 * COST_WTE_DIRECTION and UNIT_COST_SHIFT: each group's PWR variance to plan against its PFR
 * variance to plan, month by month up to the reporting month.
 *
 * A condition that holds for several months in a row is one finding, dated at the last month of
 * the run (usually the reporting month) with that month's figures, and the message says since
 * when. A condition that ended before the reporting month is still reported, at its last month.
 */
import { formatPercent, monthLabel } from "../validation/format";
import { severityOfFinding, FINDING_CODE_SPECS } from "./codes";
import { moneyText, signedWte, unitCostText, wteText, type Finding } from "./finding";
import { refs, type GroupSeries, type ReturnCube } from "./series";
import type { ReconcileThresholds } from "./thresholds";

interface MonthFigures {
  readonly planWte: number;
  readonly actualWte: number;
  readonly planCost: number;
  readonly actualCost: number;
}

function figures(cube: ReturnCube, s: GroupSeries, m: number): MonthFigures | null {
  const planWte = cube.value(s, "pwr", "Plan", m);
  const actualWte = cube.value(s, "pwr", "Actual", m);
  const planCost = cube.value(s, "pfr", "Plan", m);
  const actualCost = cube.value(s, "pfr", "Actual", m);
  if (planWte === null || actualWte === null || planCost === null || actualCost === null)
    return null;
  return { planWte, actualWte, planCost, actualCost };
}

/** +1 when the condition holds one way, -1 the other, 0 when it does not hold. */
type Test = (f: MonthFigures) => number;

function directionTest(t: ReconcileThresholds): Test {
  return (f) => {
    const vw = f.actualWte - f.planWte;
    const vc = f.actualCost - f.planCost;
    if (Math.abs(vw) < t.materialWte || Math.abs(vc) < t.materialThousands) return 0;
    if (vw > 0 && vc < 0) return 1;
    if (vw < 0 && vc > 0) return -1;
    return 0;
  };
}

function unitCostTest(t: ReconcileThresholds): Test {
  return (f) => {
    const shift = unitShift(f);
    if (shift === null || Math.abs(shift.relative) <= t.unitCostShift) return 0;
    if (Math.abs(shift.effect) < t.materialThousands) return 0;
    return shift.relative > 0 ? 1 : -1;
  };

  function unitShift(
    f: MonthFigures
  ): { relative: number; effect: number; planUnit: number; actualUnit: number } | null {
    // Pay per WTE of a handful of staff swings with any one person; below material WTE it says nothing.
    if (f.planWte < t.materialWte || f.actualWte < t.materialWte || f.planCost <= 0) return null;
    const planUnit = f.planCost / f.planWte;
    const actualUnit = f.actualCost / f.actualWte;
    return {
      relative: actualUnit / planUnit - 1,
      effect: f.actualCost - f.actualWte * planUnit,
      planUnit,
      actualUnit,
    };
  }
}

interface Run {
  readonly first: number;
  readonly last: number;
  readonly sign: number;
}

/** Maximal runs of consecutive months where the test holds with the same sign. */
function runs(
  cube: ReturnCube,
  s: GroupSeries,
  lastMonth: number,
  test: Test
): { run: Run; at: MonthFigures }[] {
  const out: { run: Run; at: MonthFigures }[] = [];
  let open: { first: number; sign: number; at: MonthFigures; last: number } | null = null;
  for (let m = 1; m <= lastMonth + 1; m++) {
    const f = m <= lastMonth ? figures(cube, s, m) : null;
    const sign = f ? test(f) : 0;
    if (open && (sign !== open.sign || !f)) {
      out.push({ run: { first: open.first, last: open.last, sign: open.sign }, at: open.at });
      open = null;
    }
    if (sign !== 0 && f) {
      if (!open) open = { first: m, sign, at: f, last: m };
      else {
        open.last = m;
        open.at = f;
      }
    }
  }
  return out;
}

function since(run: Run, fy: number | null): string {
  if (run.first === run.last) return "";
  return ` (every month since ${monthLabel(run.first, fy)})`;
}

function monthCells(cube: ReturnCube, s: GroupSeries, m: number): string[] {
  return refs(
    cube.cell(s, "pwr", "Actual", m),
    cube.cell(s, "pfr", "Actual", m),
    cube.cell(s, "pwr", "Plan", m),
    cube.cell(s, "pfr", "Plan", m)
  );
}

export function checkVariances(
  cube: ReturnCube,
  lastMonth: number,
  fy: number | null,
  t: ReconcileThresholds
): Finding[] {
  const findings: Finding[] = [];
  const direction = directionTest(t);
  const unitCost = unitCostTest(t);
  for (const block of cube.blocks) {
    for (const s of block.groups) {
      const who = `${s.organisation} ${s.staffType} ${s.group}`;
      for (const { run, at } of runs(cube, s, lastMonth, direction)) {
        const vw = at.actualWte - at.planWte;
        const vc = at.actualCost - at.planCost;
        const month = monthLabel(run.last, fy);
        const over = (v: number) => (v > 0 ? "over" : "under");
        findings.push({
          code: "COST_WTE_DIRECTION",
          severity: severityOfFinding("COST_WTE_DIRECTION"),
          organisation: s.organisation,
          staffType: s.staffType,
          month: run.last,
          groups: [s.group, s.group],
          wte: vw,
          cost: vc,
          cells: monthCells(cube, s, run.last),
          message:
            `${who} in ${month}: ${wteText(Math.abs(vw))} ${over(vw)} plan on the PWR (${signedWte(vw)}) ` +
            `but ${moneyText(Math.abs(vc))} ${over(vc)} plan on the PFR${since(run, fy)}. ` +
            `Pay and WTE should move together; when they point opposite ways, staff are usually counted in this group on one return and in another group on the other.`,
          suggestion: FINDING_CODE_SPECS.COST_WTE_DIRECTION.action,
        });
      }
      for (const { run, at } of runs(cube, s, lastMonth, unitCost)) {
        const planUnit = at.planCost / at.planWte;
        const actualUnit = at.actualCost / at.actualWte;
        const relative = actualUnit / planUnit - 1;
        const effect = at.actualCost - at.actualWte * planUnit;
        const month = monthLabel(run.last, fy);
        findings.push({
          code: "UNIT_COST_SHIFT",
          severity: severityOfFinding("UNIT_COST_SHIFT"),
          organisation: s.organisation,
          staffType: s.staffType,
          month: run.last,
          groups: [s.group, s.group],
          wte: at.actualWte,
          cost: effect,
          cells: monthCells(cube, s, run.last),
          message:
            `${who} in ${month}: pay per WTE is ${unitCostText(actualUnit)} a month against ${unitCostText(planUnit)} planned ` +
            `(${relative > 0 ? "+" : ""}${formatPercent(relative)})${since(run, fy)}; its ${wteText(at.actualWte)} cost ` +
            `${moneyText(Math.abs(effect))} ${effect > 0 ? "more" : "less"} than at the planned rate. ` +
            (relative > 0
              ? "More pay than staff suggests pay coded to this group on the PFR for staff counted in another group on the PWR."
              : "Less pay than staff suggests staff counted in this group on the PWR whose pay is coded to another group on the PFR.") +
            (s.staffType === "Substantive"
              ? ""
              : ` For ${s.staffType.toLowerCase()} staff, rates (premium shifts, agency rates above the price cap) move pay per WTE too.`),
          suggestion: FINDING_CODE_SPECS.UNIT_COST_SHIFT.action,
        });
      }
    }
  }
  return findings;
}
