/**
 * Checks across PWR and PFR: every organisation x staff type x group in one return is in the
 * other, and the PFR's cost per WTE is plausible for pay in £000.
 */
import type { ReturnRow, ReturnSheet } from "../template/model";
import { toThousands } from "../template/reporting";
import { wildcardMatches, type CheckContext, type KeyedRow, type KeyedSheet } from "./context";
import { formatNumber, formatQuantity, monthLabel } from "./format";
import { entityName } from "./returnChecks";

/**
 * Monthly pay cost per WTE, in £000: substantive staff cost roughly £2k-£15k a month. Only
 * figures a factor of four outside that band are flagged, so expensive agency doctors and cheap
 * part-month starters pass while £m (1000x too small) and £ (1000x too large) do not.
 */
export const PLAUSIBLE_COST_PER_WTE = { low: 2, high: 15 } as const;
export const SUSPECT_COST_PER_WTE = { low: 0.5, high: 60 } as const;
/** Below this many WTE the ratio says little (a handful of staff, part-month). */
export const MIN_WTE_FOR_UNIT_CHECK = 1;

interface Side {
  readonly sheet: ReturnSheet;
  readonly keyed: KeyedSheet<ReturnRow>;
}

export function checkCoverage(ctx: CheckContext, pwr: Side, pfr: Side): void {
  const report = (from: Side, to: Side) => {
    const present = new Set<string>();
    for (const k of to.keyed.first.values()) if (!k.isTotal) present.add(k.entityKey as string);
    const reported = new Set<string>();
    for (const k of from.keyed.first.values()) {
      const e = k.entityKey as string;
      if (k.isTotal || present.has(e) || reported.has(e)) continue;
      reported.add(e);
      if (wildcardMatches(to.keyed, k.entity)) continue;
      ctx.sink.at(
        "RETURN_COVERAGE",
        from.sheet.name,
        k.row.row,
        from.sheet.columns.staffGroup ?? 0,
        `${entityName(k)} is in ${from.sheet.name} but has no rows in ${to.sheet.name}. Add its ${to.sheet.name} rows (0 if there is nothing to report) or correct the labels so the two returns match.`,
        k.entity[2]
      );
    }
  };
  report(pwr, pfr);
  report(pfr, pwr);
}

export function checkUnits(ctx: CheckContext, pwr: Side, pfr: Side): void {
  const unit = ctx.settings.financeUnit;
  for (const cost of pfr.keyed.first.values()) {
    if (cost.isTotal) continue;
    const staff = pwr.keyed.first.get(cost.key as string);
    if (!staff) continue;
    const pairs: { month: number; col: number; cost: number | null; wte: number | null }[] = [];
    if (pfr.sheet.columns.base !== undefined && pwr.sheet.columns.base !== undefined) {
      pairs.push({
        month: 0,
        col: pfr.sheet.columns.base,
        cost: cost.row.base,
        wte: staff.row.base,
      });
    }
    pfr.sheet.months.forEach((m, i) => {
      const j = pwr.sheet.monthIndex[m.month];
      pairs.push({
        month: m.month,
        col: m.col,
        cost: cost.row.values[i],
        wte: j >= 0 ? staff.row.values[j] : null,
      });
    });
    let first: { month: number; col: number; cost: number; wte: number; perWte: number } | null =
      null;
    let count = 0;
    for (const p of pairs) {
      if (p.cost === null || p.wte === null || p.cost <= 0 || p.wte < MIN_WTE_FOR_UNIT_CHECK)
        continue;
      const perWte = toThousands(p.cost, unit) / p.wte;
      if (perWte >= SUSPECT_COST_PER_WTE.low && perWte <= SUSPECT_COST_PER_WTE.high) continue;
      count++;
      if (!first) first = { month: p.month, col: p.col, cost: p.cost, wte: p.wte, perWte };
    }
    if (first) report(ctx, pfr.sheet, cost, first, count);
  }
}

function report(
  ctx: CheckContext,
  sheet: ReturnSheet,
  k: KeyedRow<ReturnRow>,
  f: { month: number; col: number; cost: number; wte: number; perWte: number },
  count: number
): void {
  const unit = ctx.settings.financeUnit;
  const tooHigh = f.perWte > SUSPECT_COST_PER_WTE.high;
  const guess = tooHigh
    ? unit === "£000"
      ? "the figures look typed in £ rather than £000"
      : `the figures look too large for ${unit}`
    : unit === "£000"
      ? "the figures look typed in £m rather than £000"
      : `the figures look too small for ${unit}`;
  const perWte = `£${formatNumber(f.perWte, f.perWte < 10 ? 3 : 1)}k`;
  const others =
    count > 1 ? ` (and ${count - 1} other month${count > 2 ? "s" : ""} of this row)` : "";
  ctx.sink.at(
    "UNIT_SUSPECT",
    sheet.name,
    k.row.row,
    f.col,
    `${entityName(k)} ${k.measure} for ${monthLabel(f.month, ctx.fy)} is ${formatQuantity(f.cost, ctx.money)} for ${formatQuantity(f.wte, { kind: "wte" })}: ${perWte} per WTE a month, far outside the plausible £${PLAUSIBLE_COST_PER_WTE.low}k-£${PLAUSIBLE_COST_PER_WTE.high}k${others}; ${guess}. Re-enter the figures in ${unit} or set Settings › Finance unit.`,
    f.cost
  );
}
