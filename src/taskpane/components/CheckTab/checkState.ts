/**
 * The Check tab's state as a pure reducer, so every transition is unit-tested without a DOM.
 */
import type { Severity, ValidationIssue } from "../../../domain/validation/validate";

export type SeverityFilter = "all" | Severity;

export interface KeyedIssue {
  /** Stable within one check: the issue's position in validate()'s list. */
  readonly key: string;
  readonly issue: ValidationIssue;
}

export type CheckStatus = "idle" | "running" | "done" | "failed";

export interface CheckState {
  readonly status: CheckStatus;
  readonly stage: string;
  /** 0..1 when the host reports it; undefined shows an indeterminate bar. */
  readonly fraction?: number;
  readonly issues: readonly KeyedIssue[];
  readonly sheetsChecked: number;
  readonly source?: string;
  readonly error?: string;
  readonly severityFilter: SeverityFilter;
  /** null = all sheets. */
  readonly sheetFilter: string | null;
  readonly activeKey: string | null;
  readonly selectError?: string;
}

export type CheckAction =
  | { readonly type: "started" }
  | { readonly type: "progress"; readonly stage: string; readonly fraction?: number }
  | {
      readonly type: "succeeded";
      readonly issues: readonly ValidationIssue[];
      readonly sheetsChecked: number;
      readonly source?: string;
    }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "severityFilter"; readonly severity: SeverityFilter }
  | { readonly type: "sheetFilter"; readonly sheet: string | null }
  | { readonly type: "activated"; readonly key: string }
  | { readonly type: "selectFailed"; readonly message: string }
  | { readonly type: "selectErrorDismissed" };

export const initialCheckState: CheckState = {
  status: "idle",
  stage: "",
  issues: [],
  sheetsChecked: 0,
  severityFilter: "all",
  sheetFilter: null,
  activeKey: null,
};

export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case "started":
      return {
        ...state,
        status: "running",
        stage: "Reading the workbook",
        fraction: undefined,
        issues: [],
        activeKey: null,
        error: undefined,
        selectError: undefined,
      };
    case "progress":
      return state.status === "running"
        ? { ...state, stage: action.stage, fraction: action.fraction }
        : state;
    case "succeeded": {
      const issues = action.issues.map((issue, i) => ({ key: String(i), issue }));
      const sheets = issueSheets(issues);
      return {
        ...state,
        status: "done",
        stage: "",
        fraction: undefined,
        issues,
        sheetsChecked: action.sheetsChecked,
        source: action.source,
        // A sheet filter that matches nothing any more would hide every result.
        sheetFilter:
          state.sheetFilter !== null && sheets.includes(state.sheetFilter)
            ? state.sheetFilter
            : null,
        activeKey: null,
      };
    }
    case "failed":
      return { ...state, status: "failed", stage: "", fraction: undefined, error: action.message };
    case "severityFilter":
      return { ...state, severityFilter: action.severity };
    case "sheetFilter":
      return { ...state, sheetFilter: action.sheet };
    case "activated":
      return { ...state, activeKey: action.key, selectError: undefined };
    case "selectFailed":
      return { ...state, selectError: action.message };
    case "selectErrorDismissed":
      return { ...state, selectError: undefined };
  }
}

export function visibleIssues(state: CheckState): readonly KeyedIssue[] {
  return state.issues.filter(
    ({ issue }) =>
      (state.severityFilter === "all" || issue.severity === state.severityFilter) &&
      (state.sheetFilter === null || issue.sheet === state.sheetFilter)
  );
}

export function issueCounts(issues: readonly KeyedIssue[]): {
  readonly errors: number;
  readonly warnings: number;
} {
  let errors = 0;
  for (const { issue } of issues) if (issue.severity === "error") errors++;
  return { errors, warnings: issues.length - errors };
}

/** The sheets named by issues, in the order they first appear. */
export function issueSheets(issues: readonly KeyedIssue[]): string[] {
  return [...new Set(issues.map(({ issue }) => issue.sheet))];
}
