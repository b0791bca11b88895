/**
 * buildPack: the standard Month-N pack from a workbook that follows the template. Every number is
 * computed here with the domain metrics and carries the native formula that recomputes it in
 * Excel. Tables whose sheet is missing are left out with a message; only a workbook with nothing
 * to report (no returns, no month, no organisation, no actuals) is an error.
 */
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { formatMonth } from "../periods";
import { err, ok, type Result } from "../result";
import { labelKey } from "../labels";
import { organisationKey, parseTemplate } from "../template/parse";
import { lastMonthWithActuals, reportingMonth } from "../template/reporting";
import { THOUSANDS_PER_UNIT } from "../template/settingsDefinition";
import { oneLine, quoteValue } from "../validation/format";
import type { ParsedTemplate } from "../template/model";
import { packCharts } from "./charts";
import type { PackContext, PackOrganisation } from "./context";
import type { Pack, PackCellAddress, PackError, PackOptions, PackTable } from "./model";
import { PACK_TABLES, packSources } from "./registry";
import { unknownGroupRows } from "./source";

/** The sheet name prefix; the month label follows: "LLR Pack Oct 23". */
export const PACK_SHEET_PREFIX = "LLR Pack";

export function buildPack(
  snapshot: WorkbookSnapshot,
  options: PackOptions = {}
): Result<Pack, PackError> {
  return buildPackFromTemplate(parseTemplate(snapshot), options);
}

const fail = (code: PackError["code"], message: string): Result<Pack, PackError> =>
  err({ code, message: oneLine(message) });

/** Same as buildPack, for a face that has parsed the workbook already (to validate it). */
export function buildPackFromTemplate(
  parsed: ParsedTemplate,
  options: PackOptions = {}
): Result<Pack, PackError> {
  if (!parsed.pwr && !parsed.pfr) {
    return fail(
      "NO_RETURNS",
      "Neither the PWR nor the PFR sheet could be read, so there is nothing to build a pack from: run Check to see why."
    );
  }
  const fy = parsed.financialYear;
  const name = (m: number) => (fy !== null ? `${formatMonth(m, fy)} (M${m})` : `M${m}`);

  if (
    options.month !== undefined &&
    !(Number.isInteger(options.month) && options.month >= 1 && options.month <= 12)
  ) {
    return fail(
      "BAD_MONTH",
      `The month must be a whole number from 1 (April) to 12 (March), not ${String(options.month)}.`
    );
  }
  const reporting = reportingMonth(parsed, options.month);
  if (!reporting) {
    return fail(
      "NO_MONTH",
      "No reporting month: none was chosen, Settings › Reporting month is blank and PWR and PFR have no actuals."
    );
  }
  const month = reporting.month;
  const returns = [parsed.pwr, parsed.pfr].filter((s) => s !== null);
  if (!returns.some((s) => s.monthIndex[month] >= 0)) {
    return fail(
      "BAD_MONTH",
      `${name(month)} has no column in ${returns.map((s) => s.name).join(" or ")}.`
    );
  }

  const all = organisationsOf(parsed);
  if (all.length === 0)
    return fail(
      "NO_ORGANISATIONS",
      "PWR and PFR name no organisation in their Organisation column."
    );
  let orgs = all;
  if (options.organisations !== undefined) {
    const wanted = new Set(options.organisations.map(organisationKey));
    const unknown = options.organisations.filter(
      (o) => !all.some((a) => a.key === organisationKey(o))
    );
    if (unknown.length > 0) {
      return fail(
        "UNKNOWN_ORGANISATION",
        `${unknown.map((u) => `"${u}"`).join(", ")} ${unknown.length === 1 ? "is" : "are"} not in PWR or PFR; the organisations are ${all.map((o) => o.label).join(", ")}.`
      );
    }
    orgs = all.filter((o) => wanted.has(o.key));
    if (orgs.length === 0)
      return fail("NO_ORGANISATIONS", "No organisation was chosen for the pack.");
  }
  const orgKeys = new Set(orgs.map((o) => o.key));

  if (!hasActuals(parsed, orgKeys, month)) {
    const last = lastMonthWithActuals(parsed);
    return fail(
      "NO_ACTUALS",
      `${name(month)} has no actuals in ${returns.map((s) => s.name).join(" or ")} for ${orgs.map((o) => o.label).join(", ")}` +
        (last !== null ? `; the last month with actuals is ${name(last)}.` : ".")
    );
  }

  const label = fy !== null ? formatMonth(month, fy) : `M${month}`;
  const messages: string[] = [];
  const ctx: PackContext = {
    month,
    label,
    monthLabel: (m) => (fy !== null ? formatMonth(m, fy) : `M${m}`),
    orgs,
    orgKeys,
    toMillions: 1000 / THOUSANDS_PER_UNIT[parsed.settings.values.financeUnit],
    messages,
  };
  const tables = buildTables(ctx, parsed);
  // Labels may hold line breaks (Alt+Enter); every note is shown on one line.
  messages.forEach((m, i) => (messages[i] = oneLine(m)));
  return ok({
    month,
    fyStartYear: fy,
    label,
    sheetName: `${PACK_SHEET_PREFIX} ${label}`,
    organisations: orgs.map((o) => o.label),
    tables,
    charts: packCharts(ctx, tables),
    messages,
  });
}

/** Organisations in PWR order, then any only in PFR; each as first written. */
function organisationsOf(parsed: ParsedTemplate): PackOrganisation[] {
  const seen = new Map<string, string>();
  for (const sheet of [parsed.pwr, parsed.pfr]) {
    for (const row of sheet?.rows ?? []) {
      if (row.orgKey !== "" && !seen.has(row.orgKey)) seen.set(row.orgKey, row.organisation);
    }
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}

function hasActuals(parsed: ParsedTemplate, orgKeys: ReadonlySet<string>, month: number): boolean {
  for (const sheet of [parsed.pwr, parsed.pfr]) {
    if (!sheet) continue;
    const i = sheet.monthIndex[month];
    if (i < 0) continue;
    for (const row of sheet.rows) {
      if (
        !orgKeys.has(row.orgKey) ||
        row.measure.kind === "unknown" ||
        row.measure.value !== "Actual"
      )
        continue;
      const v = row.values[i];
      if (v !== null && v !== 0) return true;
    }
  }
  return false;
}

function buildTables(ctx: PackContext, parsed: ParsedTemplate): PackTable[] {
  const tables: PackTable[] = [];
  let at: PackCellAddress = { row: 0, col: 0 };
  const place = (table: PackTable | null) => {
    if (!table) return;
    tables.push(table);
    at = { row: table.at.row + 2 + table.rows.length + 1, col: 0 };
  };
  const absent = (table: string, sheet: string) =>
    ctx.messages.push(`${table}: left out because ${sheetState(parsed, sheet)}.`);
  const noMonth = (table: string, sheet: string) =>
    ctx.messages.push(`${table}: left out because ${sheet} has no column for ${ctx.label}.`);

  const sources = packSources(parsed);
  for (const spec of PACK_TABLES) {
    const src = sources[spec.sheet];
    if (!src) absent(spec.name, spec.sheet);
    else if (spec.needsMonth && !src.hasPeriod(ctx.month)) noMonth(spec.name, src.name);
    // The registry pairs each builder with its own sheet's source (see spec() in registry.ts).
    else place(spec.build(ctx, src as never, at));
  }
  const { PWR: pwr, PFR: pfr, Vacancies: vac, Agency: agency } = sources;

  for (const src of [pwr, pfr, vac, agency]) {
    if (!src || src.skippedCells.length === 0) continue;
    const cells = src.skippedCells;
    ctx.messages.push(
      `${src.name}: ${cells.length} cell${cells.length === 1 ? "" : "s"} (${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ", …" : ""}) ${cells.length === 1 ? "holds" : "hold"} text or an error instead of a number. Excel's SUMIFS does not add them, so the pack leaves them out: enter them as numbers.`
    );
  }
  for (const src of [pwr, pfr]) {
    if (!src) continue;
    const unknown = unknownGroupRows(src, ctx.orgKeys);
    if (unknown.length === 0) continue;
    ctx.messages.push(
      `${src.name}: ${unknown.length} row${unknown.length === 1 ? "" : "s"} with a staff group the pack does not know (${[...new Set(unknown.map((r) => quoteValue(r.record.staffGroup.kind === "unknown" ? r.record.staffGroup.text : "")))].slice(0, 5).join(", ")}) ${unknown.length === 1 ? "is" : "are"} left out of every figure.`
    );
  }
  const long = tables.flatMap((t) =>
    t.rows.flatMap((r) =>
      r.cells.filter((c) => (c.formula?.length ?? 0) > MAX_FORMULA_LENGTH).map(() => t.name)
    )
  );
  if (long.length > 0) {
    ctx.messages.push(
      `${long.length} formula${long.length === 1 ? " is" : "s are"} longer than Excel's ${MAX_FORMULA_LENGTH} characters (in ${[...new Set(long)].join(", ")}): the data spells its labels too many ways; use the template's labels.`
    );
  }
  return tables;
}

/** Excel refuses longer formulas. */
const MAX_FORMULA_LENGTH = 8192;

/** Why a template sheet is not there: absent, or present but unreadable. */
function sheetState(parsed: ParsedTemplate, expected: string): string {
  const present = parsed.snapshot.sheets.some((s) => labelKey(s.name) === labelKey(expected));
  return present
    ? `the ${expected} sheet could not be read (its header row or a required column is missing: run Check)`
    : `the workbook has no ${expected} sheet`;
}
