/**
 * reconcile: staff-group coding mismatches between the PWR and the PFR (aggregate figures, up to
 * the reporting month) and between the Staff sheet's groups, occupation codes and job titles.
 * Reads the workbook once with parseTemplate; what cannot be read is left to the validator and
 * noted, never thrown.
 */
import { oneLine } from "../validation/format";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { ParsedTemplate } from "../template/model";
import { parseTemplate, organisationKey } from "../template/parse";
import { reportingMonth } from "../template/reporting";
import { STAFF_TYPES } from "../staffTypes";
import { FINDING_CODE_ORDER } from "./codes";
import type { Finding, RollupLine } from "./finding";
import { checkRecoding } from "./recoding";
import { rollUp } from "./rollup";
import { cubeOf } from "./series";
import { checkStaffSheet } from "./staffChecks";
import {
  resolveThresholds,
  type ReconcileThresholds,
  type ThresholdKey,
  type ThresholdSource,
} from "./thresholds";
import { checkVariances } from "./varianceChecks";

export interface ReconcileOptions {
  /** The reporting month (FY month 1-12); overrides Settings and the data. */
  readonly month?: number;
  /** Overrides of the thresholds (see thresholds.ts); they win over the Settings sheet. */
  readonly thresholds?: Partial<ReconcileThresholds>;
}

/** Where the Staff sheet's table sits, for highlighting its rows. Zero-based, absolute. */
export interface StaffSheetInfo {
  readonly name: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

export interface ReconcileResult {
  readonly source?: string;
  /** Sorted by code (table order), organisation, staff type, month, then Staff row. */
  readonly findings: readonly Finding[];
  readonly rollup: readonly RollupLine[];
  readonly reportingMonth: number | null;
  readonly financialYear: number | null;
  readonly thresholds: ReconcileThresholds;
  readonly thresholdSources: Readonly<Record<ThresholdKey, ThresholdSource>>;
  readonly staffSheet: StaffSheetInfo | null;
  readonly summary: { readonly errors: number; readonly warnings: number };
  /** What could not be checked and why, and threshold settings that could not be read. */
  readonly notes: readonly string[];
}

export function reconcile(snapshot: WorkbookSnapshot, options?: ReconcileOptions): ReconcileResult {
  return reconcileParsed(parseTemplate(snapshot), options);
}

const TYPE_ORDER: ReadonlyMap<string, number> = new Map(STAFF_TYPES.map((t, i) => [t, i]));

/** Sorts by code, Staff row, organisation, staff type, month and groups; keys are built once per finding. */
function sortFindings(findings: Finding[]): Finding[] {
  const orgKeys = new Map<string, string>();
  const keyed = findings.map((f) => {
    let org = orgKeys.get(f.organisation);
    if (org === undefined) orgKeys.set(f.organisation, (org = organisationKey(f.organisation)));
    return {
      f,
      code: FINDING_CODE_ORDER.get(f.code) ?? 0,
      row: f.row ?? -1,
      org,
      type: TYPE_ORDER.get(f.staffType ?? "") ?? 9,
      month: f.month ?? 0,
      groups: `${f.groups[0]}|${f.groups[1]}`,
    };
  });
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  keyed.sort(
    (a, b) =>
      a.code - b.code ||
      a.row - b.row ||
      text(a.org, b.org) ||
      a.type - b.type ||
      a.month - b.month ||
      text(a.groups, b.groups)
  );
  return keyed.map((k) => k.f);
}

/** The same over a template already parsed (the task pane parses once for all its tabs). */
export function reconcileParsed(
  parsed: ParsedTemplate,
  options?: ReconcileOptions
): ReconcileResult {
  const resolved = resolveThresholds(parsed, options?.thresholds);
  const t = resolved.values;
  const notes: string[] = [...resolved.problems];
  const findings: Finding[] = [];
  const reporting = reportingMonth(parsed, options?.month);
  const fy = parsed.financialYear;

  if (!parsed.pwr || !parsed.pfr) {
    const missing = [!parsed.pwr ? "PWR" : null, !parsed.pfr ? "PFR" : null]
      .filter(Boolean)
      .join(" and ");
    notes.push(
      `The ${missing} could not be read, so PWR and PFR figures were not compared (run Check for the reason).`
    );
  } else if (!reporting) {
    notes.push(
      "No month has actuals and Settings gives no reporting month, so PWR and PFR figures were not compared."
    );
  } else {
    const cube = cubeOf(parsed);
    findings.push(...checkVariances(cube, reporting.month, fy, t));
    findings.push(...checkRecoding(cube, reporting.month, fy, t));
  }

  let staffSheet: StaffSheetInfo | null = null;
  if (parsed.staff) {
    const cols = Object.values(parsed.staff.columns).filter(
      (c): c is number => typeof c === "number"
    );
    staffSheet = {
      name: parsed.staff.name,
      headerRow: parsed.staff.headerRow,
      firstCol: Math.min(...cols),
      lastCol: Math.max(...cols),
    };
    findings.push(...checkStaffSheet(parsed.staff));
  } else {
    notes.push(
      "The workbook has no readable Staff sheet, so assignments were not checked against occupation codes."
    );
  }

  // Findings quote cells as typed; a line break (Alt+Enter) must not split a message's line.
  const sorted = sortFindings(findings).map((f) => {
    const message = oneLine(f.message);
    const suggestion = oneLine(f.suggestion);
    return message === f.message && suggestion === f.suggestion ? f : { ...f, message, suggestion };
  });
  let errors = 0;
  for (const f of sorted) if (f.severity === "error") errors++;
  return {
    ...(parsed.snapshot.source !== undefined ? { source: parsed.snapshot.source } : {}),
    findings: sorted,
    rollup: rollUp(sorted).map((line) => ({ ...line, message: oneLine(line.message) })),
    reportingMonth: reporting?.month ?? null,
    financialYear: fy,
    thresholds: t,
    thresholdSources: resolved.sources,
    staffSheet,
    summary: { errors, warnings: findings.length - errors },
    notes: notes.map(oneLine),
  };
}
