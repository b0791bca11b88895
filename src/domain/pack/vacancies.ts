/**
 * Table 5, Vacancies: "Vacancies (WTE), Oct 23" (docs/published-pack.md, Table 5), from the Vacancies sheet.
 * Rows: each staff group, their total, and the vacancy rate = vacancies / establishment.
 *
 * The sheet needs any two of Establishment, In post and Vacancies: a group's vacancies are its
 * Vacancies rows, else Establishment - In post; an organisation's establishment is its
 * Establishment rows, else In post + vacancies (the form the Month 7 pack used, docs/published-pack.md, Table 5).
 */
import { vacancyRate } from "../metrics/vacancy";
import type { StaffGroup } from "../staffGroups";
import type { VacancyRow } from "../template/model";
import { orgSets, packGroups, type PackContext } from "./context";
import { cell, emptyCell, TableDraft, total, uniqueHeaders } from "./draft";
import { add, atom, blankOnError, call, div, sub, sumOf, type Expr } from "./expr";
import type { PackCell, PackCellAddress, PackTable } from "./model";
import { vacancyRows, type Query, type VacancySource } from "./source";

interface Amount {
  readonly value: number;
  readonly expr: Expr;
}

export function vacanciesTable(
  ctx: PackContext,
  vac: VacancySource,
  at: PackCellAddress
): PackTable {
  const m = ctx.month;
  const columns = uniqueHeaders(
    ["Staff group", "Total"],
    ctx.orgs.map((o) => o.label)
  );
  const t = new TableDraft("Vacancies", `Vacancies (WTE), ${ctx.label}`, columns, at);
  const perOrg = orgSets(ctx);
  const lastOrgCol = ctx.orgs.length;
  const amount = (q: Query<VacancyRow>): Amount => ({ value: q.value(m), expr: q.expr(m) });

  /** One organisation's vacancies in a group: Vacancies rows, else Establishment - In post. */
  const vacancies = (orgs: ReadonlySet<string>, group: StaffGroup): Amount => {
    const direct = vacancyRows(vac, orgs, "Vacancies", group);
    const est = vacancyRows(vac, orgs, "Establishment", group);
    const inPost = vacancyRows(vac, orgs, "In post", group);
    if (!direct.isEmpty || est.isEmpty || inPost.isEmpty) return amount(direct);
    const e = amount(est);
    const p = amount(inPost);
    return { value: e.value - p.value, expr: sub(e.expr, p.expr) };
  };

  const hasOther = vac.rows.some(
    (r) =>
      ctx.orgKeys.has(r.record.orgKey) &&
      r.record.staffGroup.kind !== "total" &&
      r.record.staffGroup.kind !== "unknown" &&
      r.record.staffGroup.group === "Other"
  );
  const groups = packGroups(hasOther);
  for (const group of groups) {
    const r = t.size;
    const orgCells = perOrg.map((orgs) => {
      const v = vacancies(orgs, group);
      return cell(v.value, v.expr, "wte");
    });
    t.add(group, "group", [
      cell(
        total(orgCells.map((c) => c.value)),
        call("SUM", [atom(t.rowRange(r, 1, lastOrgCol))]),
        "wte"
      ),
      ...orgCells,
    ]);
  }
  const totalRow = t.add("Total WTE", "total", t.sumRows(0, groups.length - 1, "wte"));

  // Establishment of one organisation, with its total vacancies (the Total WTE cell) where needed.
  const establishment = (orgs: ReadonlySet<string>, vacanciesCell: Amount): Amount | null => {
    const est = vacancyRows(vac, orgs, "Establishment", "all");
    if (!est.isEmpty) return amount(est);
    const inPost = vacancyRows(vac, orgs, "In post", "all");
    if (inPost.isEmpty) return null;
    const p = amount(inPost);
    return { value: p.value + vacanciesCell.value, expr: add(p.expr, vacanciesCell.expr) };
  };
  const orgEstablishments = perOrg.map((orgs, i) =>
    establishment(orgs, {
      value: t.cellAt(totalRow, i + 1).value ?? 0,
      expr: atom(t.ref(totalRow, i + 1)),
    })
  );
  const rateCell = (vacancyCol: number, est: Amount | null): PackCell => {
    if (est === null) return emptyCell("percent");
    const vacancies = t.cellAt(totalRow, vacancyCol).value ?? 0;
    const rate = vacancyRate(vacancies, est.value);
    // A negative establishment is nonsense the Check tab reports; the formula still divides.
    const value = rate.ok ? rate.value : rate.error.code === "DIV0" ? null : vacancies / est.value;
    return cell(value, blankOnError(div(atom(t.ref(totalRow, vacancyCol)), est.expr)), "percent");
  };
  // A cell may hold 32,767 characters; a message quotes the start of a label, not all of it.
  const missing = ctx.orgs
    .filter((_, i) => orgEstablishments[i] === null)
    .map((o) => (o.label.length > 60 ? `${o.label.slice(0, 57)}...` : o.label));
  if (missing.length > 0) {
    ctx.messages.push(
      `Vacancies: no vacancy rate for ${missing.join(", ")}: the ${vac.name} sheet has neither Establishment nor In post rows for ${missing.length === 1 ? "it" : "them"}.`
    );
  }
  const known = orgEstablishments.filter((e): e is Amount => e !== null);
  const all: Amount | null =
    missing.length > 0 || known.length === 0
      ? null
      : { value: total(known.map((e) => e.value)), expr: sumOf(known.map((e) => e.expr)) };
  t.add("Vacancy rate", "ratio", [
    rateCell(0, all),
    ...orgEstablishments.map((e, i) => rateCell(i + 1, e)),
  ]);
  return t.build([vac.name]);
}
