/**
 * RECODING_SHIFT: staff moved from one PWR group to another between two months.
 *
 * Groups drift (growth, turnover, rotations), so each group's change into month m is compared
 * with its usual change, the median of its changes in the other months (when there are at least
 * three), and the step left over is what moved. A recoding is a pair of opposite steps of about
 * the same size d in one organisation and staff type, while the organisation's total makes no
 * unusual step.
 *
 * Chance coincidences of two noisy groups are kept out with each group's usual wobble: the
 * spread (median absolute deviation) of its other months' changes, floored at 0.25% of the group
 * (and at the block's median wobble for its size), or 0.4% of the group when fewer than three
 * other months are known. d, the two legs averaged with the steadier group weighing more, must
 * be at least `recodingNoise` (6) times its own wobble, each leg at least twice its own group's
 * wobble, and the legs must agree within `recodingMatch` (25%) of the larger or within four
 * joint wobbles. When several pairs qualify in a month, the clearest (d furthest above its
 * wobble) are taken first. These were set on the evaluation corpus (scripts/eval, seeds 1-6):
 * precision 0.998 and recall 0.983 over 1,200 generated workbooks with moves of 15 WTE and up;
 * 4 false alarms of 11-15 WTE in 400 workbooks with nothing planted.
 *
 * Then the PFR: the staff moved cost about d x the from-group's pay per WTE a month. If the PFR's
 * pay made the same step between the same groups (at least half of it), the PFR followed;
 * otherwise the two returns now count those staff in different groups.
 */
import { monthLabel } from "../validation/format";
import { severityOfFinding } from "./codes";
import { moneyText, signedWte, wteText, type Finding } from "./finding";
import { refs, type ReturnCube, type SeriesBlock } from "./series";
import type { ReconcileThresholds } from "./thresholds";

/** Floor of a group's estimated month-to-month wobble, as a share of its WTE. */
const NOISE_FLOOR_SHARE = 0.0025;
/** Wobble assumed when too few months are known to estimate it: 0.4% of the group a month. */
const DEFAULT_NOISE_SHARE = 0.004;
/** Other months needed to estimate a wobble. */
const MIN_MONTHS_FOR_WOBBLE = 3;
/** Each leg of a move must be at least this many times its own group's wobble. */
const LEG_WOBBLES = 2;
/** Legs may differ by this many joint wobbles even when that is more than recodingMatch allows. */
const MATCH_WOBBLES = 4;
/** Groups smaller than this (WTE) do not inform the block's typical wobble: a few people swing them. */
const POOL_MIN_SIZE = 50;
/** Scale of a median absolute deviation to a standard deviation, for normally distributed wobble. */
const MAD_TO_SD = 1.4826;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Months either side of a move whose levels estimate it (medians, so a one-month blip drops out). */
const WINDOW = 3;

/**
 * A series judged month by month against its other months. The step into month m is the level
 * from m on (median of up to three months) less the level before m (median of up to three
 * months), net of the series' usual monthly change estimated from the other months, so a
 * one-month blip either side drops out; it is counted in the month whose own change carries it.
 */
interface Steps {
  /** The move into month m beyond the usual change; NaN when month m or m-1 is blank. */
  step(m: number): number;
  /** The usual size of a month's change (sd) from the spread of the other months; NaN when fewer than three are known. */
  wobble(m: number): number;
}

function stepsOf(values: readonly (number | null)[], last: number): Steps {
  const at = (j: number): number | null => {
    const v = values[j];
    return v === undefined ? null : v;
  };
  const change: number[] = new Array(last + 1).fill(NaN);
  for (let m = 2; m <= last; m++) {
    const a = at(m - 1);
    const b = at(m);
    if (a !== null && b !== null) change[m] = b - a;
  }
  const others = (m: number) => {
    const out: number[] = [];
    for (let j = 2; j <= last; j++) if (j !== m && Number.isFinite(change[j])) out.push(change[j]);
    return out;
  };
  /** The usual monthly change: a median needs three months to shrug off one move among them. */
  const trend = (m: number): number => {
    const o = others(m);
    if (o.length >= MIN_MONTHS_FOR_WOBBLE) return median(o);
    if (o.length === 2) return Math.abs(o[0]) <= Math.abs(o[1]) ? o[0] : o[1];
    return 0;
  };
  return {
    step(m: number): number {
      if (!Number.isFinite(change[m])) return NaN;
      const t = trend(m);
      const before: number[] = [];
      for (let j = m - 1; j >= Math.max(1, m - WINDOW); j--) {
        const v = at(j);
        if (v !== null) before.push(v - t * (j - (m - 1)));
      }
      const after: number[] = [];
      for (let j = m; j <= Math.min(last, m + WINDOW - 1); j++) {
        const v = at(j);
        if (v !== null) after.push(v - t * (j - m));
      }
      const windowed = median(after) - median(before) - t;
      // The levels either side see a move a month early or late too; the move's own month is the
      // one whose change carries it: the same way, at least half of it, and more than its neighbours'.
      const own = change[m] - t;
      if (Math.sign(own) !== Math.sign(windowed) || Math.abs(own) < 0.5 * Math.abs(windowed))
        return 0;
      for (const n of [m - 1, m + 1]) {
        const c = n >= 2 && n <= last && Number.isFinite(change[n]) ? change[n] - trend(n) : 0;
        if (Math.sign(c) === Math.sign(own) && Math.abs(c) > Math.abs(own)) return 0;
      }
      return windowed;
    },
    wobble(m: number): number {
      const o = others(m);
      if (o.length < MIN_MONTHS_FOR_WOBBLE) return NaN;
      const mid = median(o);
      return MAD_TO_SD * median(o.map((c) => Math.abs(c - mid)));
    },
  };
}

interface GroupTrack {
  readonly index: number;
  readonly wte: readonly (number | null)[];
  readonly pay: readonly (number | null)[];
  readonly wteSteps: Steps;
  readonly paySteps: Steps;
}

function track(cube: ReturnCube, block: SeriesBlock, index: number, last: number): GroupTrack {
  const s = block.groups[index];
  const wte: (number | null)[] = [null];
  const pay: (number | null)[] = [null];
  for (let m = 1; m <= last; m++) {
    wte.push(cube.value(s, "pwr", "Actual", m));
    pay.push(cube.value(s, "pfr", "Actual", m));
  }
  return { index, wte, pay, wteSteps: stepsOf(wte, last), paySteps: stepsOf(pay, last) };
}

interface Shift {
  readonly from: GroupTrack;
  readonly to: GroupTrack;
  readonly month: number;
  readonly wte: number;
}

function findShifts(tracks: readonly GroupTrack[], last: number, t: ReconcileThresholds): Shift[] {
  // The organisation's total, in months where every group is known.
  const totals: (number | null)[] = [null];
  for (let m = 1; m <= last; m++) {
    let sum: number | null = 0;
    for (const g of tracks) {
      const v = g.wte[m];
      sum = v === null || sum === null ? null : sum + v;
    }
    totals.push(sum);
  }
  const totalSteps = stepsOf(totals, last);
  const shifts: Shift[] = [];
  for (let m = 2; m <= last; m++) {
    const totalStep = totalSteps.step(m);
    if (!Number.isFinite(totalStep)) continue;
    const wobbles = blockWobbles(tracks, m);
    const steps = new Map<GroupTrack, number>();
    for (const g of tracks) steps.set(g, g.wteSteps.step(m));
    const stepOf = (g: GroupTrack) => steps.get(g) ?? NaN;
    const froms = tracks.filter((g) => stepOf(g) <= -t.materialWte);
    const tos = tracks.filter((g) => stepOf(g) >= t.materialWte);
    const totalWobble = wobbleOf(totalSteps.wobble(m), totals[m - 1] ?? 0, NaN);
    const candidates: { from: GroupTrack; to: GroupTrack; d: number; z: number }[] = [];
    for (const from of froms) {
      const fall = -stepOf(from);
      const wf = wobbles.get(from) ?? 0;
      for (const to of tos) {
        const rise = stepOf(to);
        const wt = wobbles.get(to) ?? 0;
        const joint = Math.sqrt(wf * wf + wt * wt);
        if (
          Math.abs(fall - rise) >
          Math.max(t.recodingMatch * Math.max(fall, rise), MATCH_WOBBLES * joint)
        )
          continue;
        if (fall < LEG_WOBBLES * wf || rise < LEG_WOBBLES * wt) continue;
        // d from both legs, each weighted by how steady its group is; its own wobble follows.
        const pf = 1 / Math.max(wf * wf, 1e-9);
        const pt = 1 / Math.max(wt * wt, 1e-9);
        const d = (fall * pf + rise * pt) / (pf + pt);
        const z = d / Math.sqrt(1 / (pf + pt));
        if (d < t.materialWte || z < t.recodingNoise) continue;
        if (Math.abs(totalStep) > Math.max(t.recodingTotalMove * d, t.recodingNoise * totalWobble))
          continue;
        candidates.push({ from, to, d, z });
      }
    }
    // The clearest pairs first; a group takes part in one move a month.
    candidates.sort((a, b) => b.z - a.z);
    const used = new Set<GroupTrack>();
    for (const c of candidates) {
      if (used.has(c.from) || used.has(c.to)) continue;
      used.add(c.from);
      used.add(c.to);
      shifts.push({ from: c.from, to: c.to, month: m, wte: c.d });
    }
  }
  return shifts;
}

/** A wobble from its own estimate, the block's typical wobble for that size, and the floors. */
function wobbleOf(own: number, size: number, pooledShare: number): number {
  const s = Math.abs(size);
  if (!Number.isFinite(own))
    return Math.max(DEFAULT_NOISE_SHARE * s, Number.isFinite(pooledShare) ? pooledShare * s : 0);
  return Math.max(own, NOISE_FLOOR_SHARE * s, Number.isFinite(pooledShare) ? pooledShare * s : 0);
}

/**
 * Each group's wobble at month m. A spread from a handful of months can come out low by chance,
 * so no group is taken to be steadier, relative to its size, than the block's median group.
 */
function blockWobbles(tracks: readonly GroupTrack[], m: number): Map<GroupTrack, number> {
  const shares: number[] = [];
  for (const g of tracks) {
    const size = g.wte[m - 1] ?? 0;
    const own = g.wteSteps.wobble(m);
    if (size >= POOL_MIN_SIZE && Number.isFinite(own)) shares.push(own / size);
  }
  const pooled = shares.length >= 3 ? median(shares) : NaN;
  const out = new Map<GroupTrack, number>();
  for (const g of tracks) out.set(g, wobbleOf(g.wteSteps.wobble(m), g.wte[m - 1] ?? 0, pooled));
  return out;
}

/** Did the PFR move the pay of the staff moved? Monthly pay expected to move and pay that did. */
function pfrMove(
  cube: ReturnCube,
  block: SeriesBlock,
  shift: Shift
): { expected: number; moved: number } | null {
  const m = shift.month;
  const { from, to } = shift;
  const payBefore = from.pay[m - 1];
  if (payBefore === null || from.pay[m] === null || to.pay[m - 1] === null || to.pay[m] === null)
    return null;
  let unit: number | null = null;
  const wteBefore = from.wte[m - 1];
  if (wteBefore !== null && wteBefore > 0 && payBefore > 0) unit = payBefore / wteBefore;
  if (unit === null) {
    const s = block.groups[from.index];
    const planPay = cube.value(s, "pfr", "Plan", m);
    const planWte = cube.value(s, "pwr", "Plan", m);
    if (planPay !== null && planWte !== null && planWte > 0 && planPay > 0)
      unit = planPay / planWte;
  }
  if (unit === null) return null;
  const fell = -from.paySteps.step(m);
  const rose = to.paySteps.step(m);
  const moved =
    Number.isFinite(fell) && Number.isFinite(rose) ? Math.max(0, Math.min(fell, rose)) : 0;
  return { expected: shift.wte * unit, moved };
}

export function checkRecoding(
  cube: ReturnCube,
  last: number,
  fy: number | null,
  t: ReconcileThresholds
): Finding[] {
  const findings: Finding[] = [];
  if (last < 2) return findings;
  for (const block of cube.blocks) {
    const tracks = block.groups
      .map((_, i) => track(cube, block, i, last))
      .filter((g) => g.wte.some((v) => v !== null));
    if (tracks.length < 2) continue;
    for (const shift of findShifts(tracks, last, t)) {
      const m = shift.month;
      const fromS = block.groups[shift.from.index];
      const toS = block.groups[shift.to.index];
      const change = (g: GroupTrack) => {
        const a = g.wte[m - 1];
        const b = g.wte[m];
        return a !== null && b !== null ? b - a : 0;
      };
      let total = 0;
      for (const g of tracks) total += change(g);
      const pfr = pfrMove(cube, block, shift);
      const follows = pfr === null ? null : pfr.moved >= t.pfrFollows * pfr.expected;
      const before = monthLabel(m - 1, fy);
      const at = monthLabel(m, fy);
      const head =
        `${block.organisation} ${block.staffType}: about ${wteText(shift.wte)} moved from ${fromS.group} to ${toS.group} on the PWR ` +
        `between ${before} and ${at} (${fromS.group} ${signedWte(change(shift.from))}, ${toS.group} ${signedWte(change(shift.to))}; ` +
        `organisation total ${signedWte(total)}).`;
      const tail =
        pfr === null
          ? " The PFR has no actual pay for these groups in both months, so whether it followed is unknown."
          : follows
            ? ` The PFR moved their pay too (${moneyText(pfr.moved)} of about ${moneyText(pfr.expected)} a month), so both returns agree on the new coding.`
            : ` The PFR did not follow: about ${moneyText(pfr.expected)} a month of pay should have moved with them but ${pfr.moved < 0.5 ? "none" : `only ${moneyText(pfr.moved)}`} did, ` +
              `so from ${at} the PWR and the PFR count these staff in different groups.`;
      const wardAssistants =
        fromS.group === "Clinical Support" && toS.group === "Infrastructure Support"
          ? " Ward assistants and healthcare support workers on clinical occupation codes (H1A-H1F, H2A-H2F, N9x) are Clinical Support; only the Hotel, Property & Estates codes (H1R, H2R) are Infrastructure Support."
          : "";
      const suggestion =
        follows === true
          ? `Nothing to reconcile between the returns; check the recoding was intended.${wardAssistants}`
          : `If these staff now belong in ${toS.group}, recode their pay on the PFR the same way from ${at}; if not, reverse the move on the PWR.${wardAssistants}`;
      findings.push({
        code: "RECODING_SHIFT",
        // A recoding both returns follow is a change to note, not a mismatch.
        severity: follows === true ? "warning" : severityOfFinding("RECODING_SHIFT"),
        organisation: block.organisation,
        staffType: block.staffType,
        month: m,
        groups: [fromS.group, toS.group],
        wte: shift.wte,
        cost: pfr === null ? null : pfr.expected,
        cells: refs(
          cube.cell(fromS, "pwr", "Actual", m),
          cube.cell(toS, "pwr", "Actual", m),
          cube.cell(fromS, "pwr", "Actual", m - 1),
          cube.cell(toS, "pwr", "Actual", m - 1),
          cube.cell(fromS, "pfr", "Actual", m),
          cube.cell(toS, "pfr", "Actual", m)
        ),
        message: head + tail,
        suggestion,
        pfrFollows: follows,
      });
    }
  }
  return findings;
}
