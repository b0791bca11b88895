/** The Coding tab's state and actions for one host. */
import { useCallback, useMemo, useReducer } from "react";
import type { WorkbookHost } from "../../../workbook/host";
import type { Finding, FindingCode } from "../../../domain/reconcile";
import {
  codeOptions,
  codingReducer,
  filteredFindings,
  findingCounts,
  initialCodingState,
  listedFindings,
  organisationOptions,
} from "./codingState";
import {
  clearHighlights,
  findMismatches,
  goToCell,
  highlightFindings,
  selectFinding,
  writeFindingsSheet,
} from "./runCoding";

export function useCoding(host: WorkbookHost) {
  const [state, dispatch] = useReducer(codingReducer, initialCodingState);
  const filtered = useMemo(() => filteredFindings(state), [state]);
  const listed = useMemo(() => listedFindings(filtered, state.shown), [filtered, state.shown]);
  const counts = useMemo(() => findingCounts(state.findings), [state.findings]);
  const codes = useMemo(() => codeOptions(state.findings), [state.findings]);
  const organisations = useMemo(() => organisationOptions(state.findings), [state.findings]);
  const run = state.run;

  const find = useCallback(() => findMismatches(host, dispatch), [host]);
  const activate = useCallback(
    (key: string, finding: Finding) => selectFinding(host, key, finding, dispatch),
    [host]
  );
  const goTo = useCallback((ref: string) => goToCell(host, ref, dispatch), [host]);
  const write = useCallback(
    () => (run ? writeFindingsSheet(host, run, dispatch) : Promise.resolve()),
    [host, run]
  );
  const highlight = useCallback(
    () => (run ? highlightFindings(host, run, dispatch) : Promise.resolve()),
    [host, run]
  );
  const clear = useCallback(() => clearHighlights(host, dispatch), [host]);
  const setCode = useCallback(
    (code: FindingCode | null) => dispatch({ type: "codeFilter", code }),
    []
  );
  const setOrganisation = useCallback(
    (organisation: string | null) => dispatch({ type: "orgFilter", organisation }),
    []
  );
  const showMore = useCallback(() => dispatch({ type: "showMore" }), []);
  const dismissSelectError = useCallback(() => dispatch({ type: "selectErrorDismissed" }), []);
  const dismissOutcome = useCallback(() => dispatch({ type: "outcomeDismissed" }), []);
  return {
    state,
    filtered,
    listed,
    counts,
    codes,
    organisations,
    find,
    activate,
    goTo,
    write,
    highlight,
    clear,
    setCode,
    setOrganisation,
    showMore,
    dismissSelectError,
    dismissOutcome,
  };
}
