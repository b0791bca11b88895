/**
 * Every coding-mismatch code, once: its level (aggregate figures of PWR and PFR, or rows of the
 * Staff sheet), severity, what it means, what to do, and which thresholds decide it. The
 * reconciler, the findings sheet, the CLI and the task pane's legend all read this table.
 */
import type { ThresholdKey } from "./thresholds";

export type FindingSeverity = "error" | "warning";
export type FindingLevel = "aggregate" | "staff";

export interface FindingCodeSpec {
  readonly code: string;
  readonly level: FindingLevel;
  readonly severity: FindingSeverity;
  /** One line: what was found. */
  readonly description: string;
  /** One line: what the user should do (findings refine it with their own figures). */
  readonly action: string;
  /** The thresholds that decide it (see thresholds.ts for their defaults). */
  readonly thresholds: readonly ThresholdKey[];
}

export const FINDING_CODES = [
  {
    code: "COST_WTE_DIRECTION",
    level: "aggregate",
    severity: "error",
    description:
      "A group's WTE variance to plan (PWR) and pay variance to plan (PFR) point opposite ways, both material, e.g. over plan on WTE but under plan on pay.",
    action:
      "Check that the PWR and PFR put the same staff in this group; a group over plan on WTE but under on pay usually has staff counted in it on the PWR and paid in another group on the PFR.",
    thresholds: ["materialWte", "materialThousands"],
  },
  {
    code: "UNIT_COST_SHIFT",
    level: "aggregate",
    severity: "error",
    description:
      "A group's actual pay per WTE differs from its planned pay per WTE by more than the threshold (15%).",
    action:
      "Check the group's coding on both returns (staff paid in this group but counted elsewhere, or the reverse), then skill mix, arrears and one-off payments.",
    thresholds: ["unitCostShift", "materialWte", "materialThousands"],
  },
  {
    code: "RECODING_SHIFT",
    level: "aggregate",
    severity: "error",
    description:
      "Between two months one group's actual WTE falls by about as much as another's rises while the organisation's total barely moves: staff were recoded from one group to the other. An error when the PFR's pay did not make the same move; a warning when it did.",
    action:
      "Confirm the recoding is intended; then make the PFR follow it (or reverse it on the PWR) so both returns count these staff in the same group.",
    thresholds: [
      "materialWte",
      "recodingMatch",
      "recodingNoise",
      "recodingTotalMove",
      "pfrFollows",
    ],
  },
  {
    code: "OCCUPATION_GROUP_MISMATCH",
    level: "staff",
    severity: "error",
    description:
      "An assignment's occupation code belongs to a different staff group from its Staff group (PWR) (e.g. ward assistants on H1A counted as Infrastructure Support).",
    action:
      "Count the assignment in the occupation code's group, or correct the occupation code if it is the code that is wrong.",
    thresholds: [],
  },
  {
    code: "PWR_PFR_GROUP_MISMATCH",
    level: "staff",
    severity: "error",
    description:
      "An assignment's Staff group (PWR) differs from its Staff group (PFR): the two returns count it in different groups.",
    action:
      "Code the assignment's pay (PFR) to the group it is counted in on the PWR, or the reverse.",
    thresholds: [],
  },
  {
    code: "UNKNOWN_OCCUPATION_CODE",
    level: "staff",
    severity: "error",
    description:
      "An assignment's occupation code is blank or not in the NHS Occupation Code Manual (v22.1).",
    action: "Enter the assignment's three-character NHS occupation code (e.g. N6A, H1A, G2D).",
    thresholds: [],
  },
  {
    code: "RETIRED_OCCUPATION_CODE",
    level: "staff",
    severity: "warning",
    description:
      "An assignment's occupation code has been retired from the NHS Occupation Code Manual.",
    action: "Move the assignment to the code that replaced it in the current manual.",
    thresholds: [],
  },
  {
    code: "JOB_TITLE_SUSPECT",
    level: "staff",
    severity: "warning",
    description:
      "An assignment's job title contradicts its occupation code (e.g. a healthcare assistant on an estates code H1R, a ward clerk on G2A).",
    action:
      "Check the occupation code's area of work against the job: the area letter decides the staff group.",
    thresholds: [],
  },
] as const satisfies readonly FindingCodeSpec[];

export type FindingCode = (typeof FINDING_CODES)[number]["code"];

export const FINDING_CODE_SPECS: Readonly<Record<FindingCode, FindingCodeSpec>> =
  Object.fromEntries(FINDING_CODES.map((spec) => [spec.code, spec])) as unknown as Record<
    FindingCode,
    FindingCodeSpec
  >;

/** Codes in table order, for sorting and for tables with one row per code. */
export const FINDING_CODE_ORDER: ReadonlyMap<FindingCode, number> = new Map(
  FINDING_CODES.map((s, i) => [s.code, i])
);

export const STAFF_LEVEL_CODES: readonly FindingCode[] = FINDING_CODES.filter(
  (s) => s.level === "staff"
).map((s) => s.code);
export const AGGREGATE_CODES: readonly FindingCode[] = FINDING_CODES.filter(
  (s) => s.level === "aggregate"
).map((s) => s.code);

export function severityOfFinding(code: FindingCode): FindingSeverity {
  return FINDING_CODE_SPECS[code].severity;
}
