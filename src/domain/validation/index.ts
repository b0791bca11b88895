/** Validation of a workbook against the LLR PWR/PFR template. */
export { validate, validateParsed, type ValidateOptions } from "./validate";
export type { ValidationIssue } from "./issueSink";
export {
  ISSUE_CODES,
  ISSUE_CODE_SPECS,
  severityOf,
  type IssueCode,
  type IssueCodeSpec,
  type Severity,
} from "./issueCodes";
export { validationCodesMarkdown } from "./docs";
