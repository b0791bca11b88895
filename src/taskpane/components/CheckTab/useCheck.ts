/** The Check tab's state and actions for one host. */
import { useCallback, useMemo, useReducer } from "react";
import type { WorkbookHost } from "../../../workbook/host";
import type { ValidationIssue } from "../../../domain/validation/validate";
import {
  checkReducer,
  initialCheckState,
  issueCounts,
  issueSheets,
  visibleIssues,
  type SeverityFilter,
} from "./checkState";
import { runCheck, selectIssue, type Validator } from "./runCheck";

export function useCheck(host: WorkbookHost, validate: Validator) {
  const [state, dispatch] = useReducer(checkReducer, initialCheckState);
  const visible = useMemo(() => visibleIssues(state), [state]);
  const counts = useMemo(() => issueCounts(state.issues), [state.issues]);
  const sheets = useMemo(() => issueSheets(state.issues), [state.issues]);
  const run = useCallback(() => runCheck(host, validate, dispatch), [host, validate]);
  const activate = useCallback(
    (key: string, issue: ValidationIssue) => selectIssue(host, key, issue, dispatch),
    [host]
  );
  const setSeverity = useCallback(
    (severity: SeverityFilter) => dispatch({ type: "severityFilter", severity }),
    []
  );
  const setSheet = useCallback(
    (sheet: string | null) => dispatch({ type: "sheetFilter", sheet }),
    []
  );
  const dismissSelectError = useCallback(() => dispatch({ type: "selectErrorDismissed" }), []);
  return {
    state,
    visible,
    counts,
    sheets,
    run,
    activate,
    setSeverity,
    setSheet,
    dismissSelectError,
  };
}
