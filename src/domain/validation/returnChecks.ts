/**
 * Row-level checks of PWR and PFR: duplicates, missing Plan/Actual partners, negative WTE,
 * totals, missing and future actuals, and month-on-month outliers.
 */
import type { ReturnRow, ReturnSheet } from "../template/model";
import { THOUSANDS_PER_UNIT } from "../template/settingsDefinition";
import {
  groupValue,
  keyRows,
  matchValue,
  orgValue,
  wildcardMatches,
  type CheckContext,
  type KeyedRow,
  type KeyedSheet,
} from "./context";
import { formatPercent, formatQuantity, monthLabel, type Quantity } from "./format";
import { negativeWte } from "./numberChecks";
import { isBlank, cellAt } from "../template/cells";

export function keyReturnRows(ctx: CheckContext, sheet: ReturnSheet): KeyedSheet<ReturnRow> {
  return keyRows(sheet.rows, (r) => ({
    entity: [
      orgValue(r.orgKey, ctx.allowedOrgs),
      matchValue(r.staffType),
      groupValue(r.staffGroup),
    ],
    measure: matchValue(r.measure),
    isTotal: r.staffGroup.kind === "total",
  }));
}

/** "UHL Substantive Nursing, Midwifery" for messages. */
export function entityName(k: KeyedRow<ReturnRow>): string {
  return `${k.row.organisation} ${k.entity[1]} ${k.entity[2]}`;
}

function labelOf(m: { kind: string; text?: string; value?: string; group?: string }): string {
  if (m.kind === "total") return "Total";
  return m.value ?? m.group ?? m.text ?? "";
}

/** "UHL Bank Clinical Support Actual", from whatever the row's labels say (readable or not). */
export function rowName(r: ReturnRow): string {
  return [r.organisation, labelOf(r.staffType), labelOf(r.staffGroup), labelOf(r.measure)]
    .filter((t) => t !== "")
    .join(" ");
}

interface SheetFacts {
  readonly sheet: ReturnSheet;
  readonly keyed: KeyedSheet<ReturnRow>;
  readonly quantity: Quantity;
  readonly isWte: boolean;
}

function facts(ctx: CheckContext, sheet: ReturnSheet, keyed: KeyedSheet<ReturnRow>): SheetFacts {
  const isWte = sheet.key === "PWR";
  return { sheet, keyed, quantity: isWte ? { kind: "wte" } : ctx.money, isWte };
}

function checkDuplicates(ctx: CheckContext, f: SheetFacts): void {
  const col = f.sheet.columns.organisation ?? 0;
  for (const k of f.keyed.duplicates) {
    const firstRow = f.keyed.first.get(k.key as string)?.row.row ?? 0;
    ctx.sink.at(
      "DUPLICATE_ROW",
      f.sheet.name,
      k.row.row,
      col,
      `${entityName(k)} ${k.measure} appears again (first in row ${firstRow + 1}); only the first row is used. Merge the rows or delete this one.`,
      k.row.organisation
    );
  }
}

function checkMissingPartners(ctx: CheckContext, f: SheetFacts): void {
  const measures = new Map<string, Set<string>>();
  for (const k of f.keyed.first.values()) {
    const set = measures.get(k.entityKey as string) ?? new Set<string>();
    set.add(k.measure as string);
    measures.set(k.entityKey as string, set);
  }
  const col = f.sheet.columns.measure ?? 0;
  for (const k of f.keyed.first.values()) {
    const present = measures.get(k.entityKey as string) as Set<string>;
    if (present.size !== 1) continue;
    const missing = k.measure === "Plan" ? "Actual" : "Plan";
    if (wildcardMatches(f.keyed, k.entity, missing)) continue;
    ctx.sink.at(
      "MISSING_ROW",
      f.sheet.name,
      k.row.row,
      col,
      `${entityName(k)} has ${k.measure === "Actual" ? "an" : "a"} ${k.measure} row but no ${missing} row in ${f.sheet.name}. Add ${missing === "Actual" ? "an" : "a"} ${missing} row${missing === "Actual" ? " (future months blank)" : ""}.`,
      k.measure
    );
  }
}

function checkNegativeWte(ctx: CheckContext, f: SheetFacts): void {
  if (!f.isWte) return;
  const { sheet } = f;
  for (const r of sheet.rows) {
    if (r.base !== null && r.base < 0 && sheet.columns.base !== undefined) {
      negativeWte(ctx, sheet.name, r.row, sheet.columns.base, r.base, `${rowName(r)} for Base`);
    }
    for (let i = 0; i < r.values.length; i++) {
      const v = r.values[i];
      if (v !== null && v < 0) {
        const what = `${rowName(r)} for ${monthLabel(sheet.months[i].month, ctx.fy)}`;
        negativeWte(ctx, sheet.name, r.row, sheet.months[i].col, v, what);
      }
    }
  }
}

/** A value other checks may rely on: present and, for WTE, not negative (that is its own error). */
function usable(v: number | null, isWte: boolean): v is number {
  return v !== null && (!isWte || v >= 0);
}

function tolerance(ctx: CheckContext, isWte: boolean): number {
  if (isWte) return ctx.settings.toleranceWte;
  return ctx.settings.toleranceThousands / THOUSANDS_PER_UNIT[ctx.settings.financeUnit];
}

function checkTotals(ctx: CheckContext, f: SheetFacts): void {
  const { sheet, keyed, isWte } = f;
  const tol = tolerance(ctx, isWte);
  const componentsOf = new Map<string, KeyedRow<ReturnRow>[]>();
  for (const k of keyed.first.values()) {
    if (k.isTotal) continue;
    const key = `${k.entity[0]}|${k.entity[1]}|${k.measure}`;
    const list = componentsOf.get(key) ?? [];
    list.push(k);
    componentsOf.set(key, list);
  }
  for (const total of keyed.first.values()) {
    if (!total.isTotal) continue;
    const parts = componentsOf.get(`${total.entity[0]}|${total.entity[1]}|${total.measure}`);
    if (!parts || parts.length === 0) continue;
    if (wildcardMatches(keyed, [total.entity[0], total.entity[1], null], total.measure as string))
      continue;
    const cells: { month: number; col: number; get: (r: ReturnRow) => number | null }[] = [];
    if (sheet.columns.base !== undefined)
      cells.push({ month: 0, col: sheet.columns.base, get: (r) => r.base });
    sheet.months.forEach((m, i) =>
      cells.push({ month: m.month, col: m.col, get: (r) => r.values[i] })
    );
    for (const cell of cells) {
      const t = cell.get(total.row);
      if (!usable(t, isWte)) continue;
      let sum = 0;
      let complete = true;
      for (const p of parts) {
        const v = cell.get(p.row);
        if (!usable(v, isWte)) {
          complete = false;
          break;
        }
        sum += v;
      }
      if (!complete) continue;
      const diff = t - sum;
      if (Math.abs(diff) <= tol + 1e-9) continue;
      const q = f.quantity;
      ctx.sink.at(
        "TOTAL_MISMATCH",
        sheet.name,
        total.row.row,
        cell.col,
        `${total.row.organisation} ${total.entity[1]} Total ${total.measure} for ${monthLabel(cell.month, ctx.fy)} is ${formatQuantity(t, q)} but its ${parts.length} staff group rows add up to ${formatQuantity(sum, q)}: the total is ${formatQuantity(Math.abs(diff), q)} ${diff > 0 ? "more" : "less"} (tolerance ${formatQuantity(tol, q)}). Correct the total or the groups; a missing group row is the usual cause.`,
        t
      );
    }
  }
}

function isActual(r: ReturnRow): boolean {
  return r.measure.kind !== "unknown" && r.measure.value === "Actual";
}

function checkActualsAgainstMonth(ctx: CheckContext, f: SheetFacts): void {
  const rm = ctx.reporting;
  if (!rm) return;
  const { sheet } = f;
  const rmName = monthLabel(rm.month, ctx.fy);
  const source =
    rm.source === "option"
      ? "the month asked for"
      : rm.source === "settings"
        ? "Settings › Reporting month"
        : "the last month with actuals";
  const skip = new Set([...f.keyed.duplicates].map((k) => k.row));
  for (const r of sheet.rows) {
    if (!isActual(r) || skip.has(r)) continue;
    for (let i = 0; i < r.values.length; i++) {
      const m = sheet.months[i];
      const v = r.values[i];
      if (m.month <= rm.month) {
        if (v === null && isBlank(cellAt(sheet.snapshot, r.row, m.col))) {
          ctx.sink.at(
            "MISSING_ACTUAL",
            sheet.name,
            r.row,
            m.col,
            `${rowName(r)} for ${monthLabel(m.month, ctx.fy)} is blank, but the reporting month is ${rmName} (${source}). Enter the actual (0 if none).`
          );
        }
      } else if (v !== null && v !== 0) {
        ctx.sink.at(
          "FUTURE_ACTUAL",
          sheet.name,
          r.row,
          m.col,
          `${rowName(r)} has a figure for ${monthLabel(m.month, ctx.fy)}, after the reporting month ${rmName} (${source}). Clear it, or set Settings › Reporting month.`,
          v
        );
      }
    }
  }
}

function checkOutliers(ctx: CheckContext, f: SheetFacts): void {
  const { sheet, isWte } = f;
  const threshold = ctx.settings.outlierChange;
  const floor = isWte
    ? ctx.settings.outlierFloorWte
    : ctx.settings.outlierFloorThousands / THOUSANDS_PER_UNIT[ctx.settings.financeUnit];
  const q = f.quantity;
  // Months after the reporting month are not actuals yet (returns often zero-fill them).
  const lastMonth = ctx.reporting?.month ?? 12;
  for (const k of f.keyed.first.values()) {
    if (k.isTotal || k.measure !== "Actual") continue;
    const r = k.row;
    let prevMonth = -1;
    let prev: number | null = null;
    if (sheet.columns.base !== undefined) {
      prevMonth = 0;
      prev = r.base;
    }
    for (let i = 0; i < r.values.length; i++) {
      const m = sheet.months[i];
      if (m.month > lastMonth) break;
      const cur = r.values[i];
      if (usable(cur, isWte) && usable(prev, isWte) && prevMonth === m.month - 1) {
        const diff = cur - prev;
        const change = prev === 0 ? Infinity : Math.abs(diff) / Math.abs(prev);
        if (Math.abs(diff) >= floor && change > threshold) {
          const pct =
            prev === 0 ? "up from zero" : `${diff > 0 ? "+" : "-"}${formatPercent(change)}`;
          ctx.sink.at(
            "OUTLIER_CHANGE",
            sheet.name,
            r.row,
            m.col,
            `${entityName(k)} actual moved from ${formatQuantity(prev, q)} (${monthLabel(prevMonth, ctx.fy)}) to ${formatQuantity(cur, q)} (${monthLabel(m.month, ctx.fy)}), ${pct}. Check the figure; moves over ${formatPercent(threshold)} are flagged unless smaller than ${formatQuantity(floor, q)}.`,
            cur
          );
        }
      }
      prevMonth = m.month;
      prev = cur;
    }
  }
}

/** Runs the PWR or PFR checks; returns the keyed view for the cross-sheet checks. */
export function checkReturnSheet(ctx: CheckContext, sheet: ReturnSheet): KeyedSheet<ReturnRow> {
  const keyed = keyReturnRows(ctx, sheet);
  const f = facts(ctx, sheet, keyed);
  checkDuplicates(ctx, f);
  checkMissingPartners(ctx, f);
  checkNegativeWte(ctx, f);
  checkTotals(ctx, f);
  checkActualsAgainstMonth(ctx, f);
  checkOutliers(ctx, f);
  return keyed;
}
