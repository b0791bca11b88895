/** The LLR PWR/PFR template: definition, reader, docs and blank workbook. */
export * from "./definition";
export * from "./settingsDefinition";
export * from "./model";
export { parseTemplate, organisationKey } from "./parse";
export {
  reportingMonth,
  lastMonthWithActuals,
  valueAt,
  toThousands,
  returnRowKey,
  indexReturnRows,
  type ReportingMonth,
} from "./reporting";
export {
  cellAt,
  isBlank,
  formulaError,
  FORMULA_ERRORS,
  type NumberFlaw,
  type NumberFlawKind,
} from "./cells";
export { templateDocsMarkdown } from "./docs";
export { blankTemplatePlan, monthSerial, type BlankTemplateOptions } from "./blank";
export { locateSheets, closestName, editDistance, type SheetLocation } from "./sheetNames";
