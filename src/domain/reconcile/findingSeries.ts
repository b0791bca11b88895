/**
 * The figures behind an aggregate finding, month by month, for the task pane's small chart: the
 * actual WTE (PWR) and actual pay (PFR, £000) of its one or two groups, and their plans when the
 * finding is about one group against its plan.
 */
import type { ParsedTemplate } from "../template/model";
import { organisationKey } from "../template/parse";
import { reportingMonth } from "../template/reporting";
import type { StaffGroup } from "../staffGroups";
import { monthLabel } from "../validation/format";
import type { Finding } from "./finding";
import { cubeOf, type Measure, type Side } from "./series";

export interface SeriesLine {
  readonly group: StaffGroup;
  readonly side: Side;
  readonly measure: Measure;
  /** "WTE" for the PWR, "£000" for the PFR. */
  readonly unit: "WTE" | "£000";
  /** One value per month of `months`; null when blank. */
  readonly values: readonly (number | null)[];
}

export interface FindingSeries {
  /** FY months 1..the reporting month. */
  readonly months: readonly number[];
  readonly labels: readonly string[];
  readonly lines: readonly SeriesLine[];
}

/** null for staff-level findings and when the returns cannot be read. */
export function findingSeries(
  parsed: ParsedTemplate,
  finding: Finding,
  options?: { readonly month?: number }
): FindingSeries | null {
  if (finding.row !== undefined || finding.staffType === null) return null;
  const reporting = reportingMonth(parsed, options?.month);
  if (!reporting) return null;
  const cube = cubeOf(parsed);
  const org = organisationKey(finding.organisation);
  const block = cube.blocks.find((b) => b.orgKey === org && b.staffType === finding.staffType);
  if (!block) return null;
  const months = Array.from({ length: reporting.month }, (_, i) => i + 1);
  const groups = finding.groups.filter(
    (g, i): g is StaffGroup => g !== null && finding.groups.indexOf(g) === i
  );
  const measures: Measure[] = groups.length === 1 ? ["Actual", "Plan"] : ["Actual"];
  const lines: SeriesLine[] = [];
  for (const side of ["pwr", "pfr"] as const) {
    for (const group of groups) {
      const s = block.groups.find((x) => x.group === group);
      if (!s) continue;
      for (const measure of measures) {
        lines.push({
          group,
          side,
          measure,
          unit: side === "pwr" ? "WTE" : "£000",
          values: months.map((m) => cube.value(s, side, measure, m)),
        });
      }
    }
  }
  return { months, labels: months.map((m) => monthLabel(m, parsed.financialYear)), lines };
}
