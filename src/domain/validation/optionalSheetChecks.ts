/**
 * Row checks of the optional Vacancies and Agency sheets: duplicates, incomplete vacancy rows,
 * negative WTE, and the Vacancies Total rows.
 */
import { VACANCY_MEASURES } from "../measures";
import type { AgencyRow, AgencySheet, VacancyRow, VacancySheet } from "../template/model";
import {
  groupValue,
  keyRows,
  matchValue,
  orgValue,
  wildcardMatches,
  type CheckContext,
  type KeyedSheet,
} from "./context";
import { formatQuantity, monthLabel } from "./format";
import { negativeWte } from "./numberChecks";

function checkDuplicates<R extends { row: number; organisation: string }>(
  ctx: CheckContext,
  sheetName: string,
  col: number,
  keyed: KeyedSheet<R>,
  describe: (r: R, measure: string) => string
): void {
  for (const k of keyed.duplicates) {
    const firstRow = keyed.first.get(k.key as string)?.row.row ?? 0;
    ctx.sink.at(
      "DUPLICATE_ROW",
      sheetName,
      k.row.row,
      col,
      `${describe(k.row, k.measure as string)} appears again (first in row ${firstRow + 1}); only the first row is used. Merge the rows or delete this one.`,
      k.row.organisation
    );
  }
}

export function checkVacancies(ctx: CheckContext, sheet: VacancySheet): void {
  const keyed = keyRows<VacancyRow>(sheet.rows, (r) => ({
    entity: [orgValue(r.orgKey, ctx.allowedOrgs), "-", groupValue(r.staffGroup)],
    measure: matchValue(r.measure),
    isTotal: r.staffGroup.kind === "total",
  }));
  const name = (r: VacancyRow, measure: string) =>
    `${r.organisation} ${groupValue(r.staffGroup)} ${measure}`;
  checkDuplicates(ctx, sheet.name, sheet.columns.organisation ?? 0, keyed, name);

  // Any two of Establishment, In post and Vacancies give the third.
  const measures = new Map<string, string[]>();
  for (const k of keyed.first.values()) {
    const list = measures.get(k.entityKey as string) ?? [];
    list.push(k.measure as string);
    measures.set(k.entityKey as string, list);
  }
  for (const k of keyed.first.values()) {
    const present = measures.get(k.entityKey as string) as string[];
    if (present.length !== 1 || wildcardMatches(keyed, k.entity)) continue;
    const others = VACANCY_MEASURES.filter((m) => m !== k.measure);
    ctx.sink.at(
      "MISSING_ROW",
      sheet.name,
      k.row.row,
      sheet.columns.measure ?? 0,
      `${k.row.organisation} ${k.entity[2]} has only ${/^[AEIOU]/i.test(k.measure as string) ? "an" : "a"} ${k.measure} row; vacancy figures need two of Establishment, In post and Vacancies. Add ${/^[AEIOU]/i.test(others[0]) ? "an" : "a"} ${others.join(" or ")} row.`,
      k.measure
    );
  }

  for (const r of sheet.rows) {
    if (r.measure.kind === "unknown" || r.measure.value === "Vacancies") continue; // over-establishment is a negative vacancy
    r.values.forEach((v, i) => {
      if (v !== null && v < 0) {
        negativeWte(
          ctx,
          sheet.name,
          r.row,
          sheet.months[i].col,
          v,
          `${r.organisation}'s ${r.measure.kind === "unknown" ? "" : r.measure.value} for ${monthLabel(sheet.months[i].month, ctx.fy)}`
        );
      }
    });
  }

  // Total rows against their groups, as on PWR.
  const tol = ctx.settings.toleranceWte;
  for (const total of keyed.first.values()) {
    if (!total.isTotal) continue;
    const parts = [...keyed.first.values()].filter(
      (k) => !k.isTotal && k.entity[0] === total.entity[0] && k.measure === total.measure
    );
    if (
      parts.length === 0 ||
      wildcardMatches(keyed, [total.entity[0], "-", null], total.measure as string)
    )
      continue;
    sheet.months.forEach((m, i) => {
      const t = total.row.values[i];
      if (t === null) return;
      let sum = 0;
      for (const p of parts) {
        const v = p.row.values[i];
        if (v === null) return;
        sum += v;
      }
      const diff = t - sum;
      if (Math.abs(diff) <= tol + 1e-9) return;
      const q = { kind: "wte" } as const;
      ctx.sink.at(
        "TOTAL_MISMATCH",
        sheet.name,
        total.row.row,
        m.col,
        `${total.row.organisation} Total ${total.measure} for ${monthLabel(m.month, ctx.fy)} is ${formatQuantity(t, q)} but its ${parts.length} staff group rows add up to ${formatQuantity(sum, q)}: the total is ${formatQuantity(Math.abs(diff), q)} ${diff > 0 ? "more" : "less"} (tolerance ${formatQuantity(tol, q)}). Correct the total or the groups.`,
        t
      );
    });
  }
}

export function checkAgency(ctx: CheckContext, sheet: AgencySheet): void {
  const keyed = keyRows<AgencyRow>(sheet.rows, (r) => ({
    entity: [orgValue(r.orgKey, ctx.allowedOrgs), "-", "-"],
    measure: matchValue(r.measure),
    isTotal: false,
  }));
  checkDuplicates(
    ctx,
    sheet.name,
    sheet.columns.organisation ?? 0,
    keyed,
    (r, measure) => `${r.organisation} ${measure}`
  );
}
