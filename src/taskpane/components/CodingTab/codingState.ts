/**
 * The Coding tab's state as a pure reducer, so every transition is unit-tested without a DOM:
 * a run (read, reconcile), the filters and paging of the findings, the finding selected, and
 * the three workbook actions (write the findings sheet, highlight, clear highlights).
 */
import type { Finding, FindingCode, ReconcileResult } from "../../../domain/reconcile";
import type { ParsedTemplate } from "../../../domain/template/model";
import { organisationKey } from "../../../domain/template/parse";

/** Findings listed at first, and added by each "Show more". */
export const PAGE_SIZE = 100;

export interface CodingRun {
  readonly result: ReconcileResult;
  /** Kept for the charts of aggregate findings (findingSeries). */
  readonly parsed: ParsedTemplate;
  readonly source?: string;
}

export interface KeyedFinding {
  /** The finding's position in reconcile()'s list: stable within one run. */
  readonly key: string;
  readonly finding: Finding;
}

export type CodingAction = "write" | "highlight" | "clear";

export interface ActionOutcome {
  readonly action: CodingAction;
  readonly intent: "success" | "info" | "error";
  readonly title: string;
  readonly message: string;
  /** The host's own messages (another sheet name chosen, a table renamed). */
  readonly details: readonly string[];
}

export type CodingStatus = "idle" | "running" | "done" | "failed";

export interface CodingState {
  readonly status: CodingStatus;
  readonly stage: string;
  /** 0..1 when known; undefined shows an indeterminate bar. */
  readonly fraction?: number;
  readonly run: CodingRun | null;
  readonly findings: readonly KeyedFinding[];
  readonly error?: string;
  /** null = every code. */
  readonly codeFilter: FindingCode | null;
  /** An organisationKey; null = every organisation. */
  readonly orgFilter: string | null;
  /** How many of the filtered findings are listed. */
  readonly shown: number;
  readonly activeKey: string | null;
  readonly selectError?: string;
  /** The workbook action under way, if any. */
  readonly busy: CodingAction | null;
  readonly busyStage?: string;
  readonly busyFraction?: number;
  readonly outcome: ActionOutcome | null;
}

export type CodingEvent =
  | { readonly type: "started" }
  | { readonly type: "progress"; readonly stage: string; readonly fraction?: number }
  | { readonly type: "succeeded"; readonly run: CodingRun }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "codeFilter"; readonly code: FindingCode | null }
  | { readonly type: "orgFilter"; readonly organisation: string | null }
  | { readonly type: "showMore" }
  | { readonly type: "activated"; readonly key: string }
  | { readonly type: "selectFailed"; readonly message: string }
  | { readonly type: "selectErrorDismissed" }
  | { readonly type: "actionStarted"; readonly action: CodingAction; readonly stage: string }
  | { readonly type: "actionProgress"; readonly stage: string; readonly fraction?: number }
  | { readonly type: "actionFinished"; readonly outcome: ActionOutcome }
  | { readonly type: "outcomeDismissed" };

export const initialCodingState: CodingState = {
  status: "idle",
  stage: "",
  run: null,
  findings: [],
  codeFilter: null,
  orgFilter: null,
  shown: PAGE_SIZE,
  activeKey: null,
  busy: null,
  outcome: null,
};

export function codingReducer(state: CodingState, event: CodingEvent): CodingState {
  switch (event.type) {
    case "started":
      return {
        ...state,
        status: "running",
        stage: "Reading the workbook",
        fraction: undefined,
        error: undefined,
        activeKey: null,
        selectError: undefined,
        outcome: null,
      };
    case "progress":
      return state.status === "running"
        ? { ...state, stage: event.stage, fraction: event.fraction }
        : state;
    case "succeeded": {
      const findings = event.run.result.findings.map((finding, i) => ({
        key: String(i),
        finding,
      }));
      // Filters that match nothing any more would hide every finding.
      const codeFilter =
        state.codeFilter !== null && findings.some((f) => f.finding.code === state.codeFilter)
          ? state.codeFilter
          : null;
      const orgFilter =
        state.orgFilter !== null &&
        findings.some((f) => organisationKey(f.finding.organisation) === state.orgFilter)
          ? state.orgFilter
          : null;
      return {
        ...state,
        status: "done",
        stage: "",
        fraction: undefined,
        run: event.run,
        findings,
        codeFilter,
        orgFilter,
        shown: PAGE_SIZE,
        activeKey: null,
      };
    }
    case "failed":
      return {
        ...state,
        status: "failed",
        stage: "",
        fraction: undefined,
        error: event.message,
      };
    case "codeFilter":
      return { ...state, codeFilter: event.code, shown: PAGE_SIZE };
    case "orgFilter":
      return { ...state, orgFilter: event.organisation, shown: PAGE_SIZE };
    case "showMore":
      return { ...state, shown: state.shown + PAGE_SIZE };
    case "activated":
      return { ...state, activeKey: event.key, selectError: undefined };
    case "selectFailed":
      return { ...state, selectError: event.message };
    case "selectErrorDismissed":
      return { ...state, selectError: undefined };
    case "actionStarted":
      return {
        ...state,
        busy: event.action,
        busyStage: event.stage,
        busyFraction: undefined,
        outcome: null,
      };
    case "actionProgress":
      return state.busy !== null
        ? { ...state, busyStage: event.stage, busyFraction: event.fraction }
        : state;
    case "actionFinished":
      return {
        ...state,
        busy: null,
        busyStage: undefined,
        busyFraction: undefined,
        outcome: event.outcome,
      };
    case "outcomeDismissed":
      return { ...state, outcome: null };
  }
}

/** The findings the filters let through, in reconcile()'s order. */
export function filteredFindings(state: CodingState): readonly KeyedFinding[] {
  if (state.codeFilter === null && state.orgFilter === null) return state.findings;
  return state.findings.filter(
    ({ finding }) =>
      (state.codeFilter === null || finding.code === state.codeFilter) &&
      (state.orgFilter === null || organisationKey(finding.organisation) === state.orgFilter)
  );
}

/** The page of filtered findings listed now. */
export function listedFindings(
  filtered: readonly KeyedFinding[],
  shown: number
): readonly KeyedFinding[] {
  return filtered.length <= shown ? filtered : filtered.slice(0, shown);
}

export interface FilterOption<T> {
  readonly value: T;
  readonly label: string;
  readonly count: number;
}

/** The codes present, in the code table's order (reconcile() sorts by code), with their counts. */
export function codeOptions(findings: readonly KeyedFinding[]): FilterOption<FindingCode>[] {
  const counts = new Map<FindingCode, number>();
  for (const { finding } of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, label: value, count }));
}

/** The organisations present, as first written, in the order first seen, with their counts. */
export function organisationOptions(findings: readonly KeyedFinding[]): FilterOption<string>[] {
  const seen = new Map<string, { label: string; count: number }>();
  for (const { finding } of findings) {
    const key = organisationKey(finding.organisation);
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { label: finding.organisation || "(blank)", count: 1 });
  }
  return [...seen].map(([value, { label, count }]) => ({ value, label, count }));
}

export function findingCounts(findings: readonly KeyedFinding[]): {
  readonly errors: number;
  readonly warnings: number;
} {
  let errors = 0;
  for (const { finding } of findings) if (finding.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}

export function activeFinding(state: CodingState): KeyedFinding | null {
  if (state.activeKey === null) return null;
  return state.findings[Number(state.activeKey)] ?? null;
}
