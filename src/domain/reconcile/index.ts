/** Staff-group coding reconciliation: PWR against PFR, and the Staff sheet against occupation codes. */
export {
  reconcile,
  reconcileParsed,
  type ReconcileOptions,
  type ReconcileResult,
  type StaffSheetInfo,
} from "./reconcile";
export {
  FINDING_CODES,
  FINDING_CODE_SPECS,
  FINDING_CODE_ORDER,
  STAFF_LEVEL_CODES,
  AGGREGATE_CODES,
  severityOfFinding,
  type FindingCode,
  type FindingCodeSpec,
  type FindingLevel,
  type FindingSeverity,
} from "./codes";
export {
  cellRef,
  parseCellRef,
  moneyText,
  wteText,
  type Finding,
  type GroupPair,
  type RollupLine,
} from "./finding";
export {
  DEFAULT_THRESHOLDS,
  THRESHOLD_SETTINGS,
  resolveThresholds,
  type ReconcileThresholds,
  type ThresholdKey,
  type ThresholdSource,
  type ResolvedThresholds,
} from "./thresholds";
export {
  TITLE_RULES,
  normaliseTitle,
  titleRulesFor,
  type TitleRule,
  type Contradiction,
} from "./titleRules";
export { normaliseOccupationCode } from "./staffChecks";
export { rollUp } from "./rollup";
export {
  findingsPlan,
  FINDINGS_SHEET_NAME,
  FINDINGS_OWNER_MARKER,
  FINDINGS_TABLE_NAME,
  FINDINGS_COLUMNS,
  DEFAULT_MAX_FINDING_ROWS,
  type FindingsPlanOptions,
} from "./findingsSheet";
export {
  highlightPlan,
  highlightAreas,
  highlightFormula,
  isHighlightFormula,
  HIGHLIGHT_MARKER,
  HIGHLIGHT_FILL,
  MAX_AREA_ADDRESS_LENGTH,
  type HighlightPlan,
  type HighlightOptions,
} from "./highlight";
export { findingSeries, type FindingSeries, type SeriesLine } from "./findingSeries";
