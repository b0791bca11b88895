/**
 * Every validation code, once: severity, what it means and what to do. The validator, the docs
 * (validationCodesMarkdown) and the task pane's legend all read this table.
 */

export type Severity = "error" | "warning";

export interface IssueCodeSpec {
  readonly code: string;
  readonly severity: Severity;
  /** One line: what was found. */
  readonly description: string;
  /** One line: what the user should do. */
  readonly action: string;
}

export const ISSUE_CODES = [
  {
    code: "MISSING_SHEET",
    severity: "error",
    description:
      "A template sheet (PWR or PFR, or an optional sheet under a near-miss name) is not in the workbook.",
    action: "Add the sheet, or rename the suggested sheet to the template's name.",
  },
  {
    code: "DUPLICATE_SHEET",
    severity: "error",
    description:
      "Two sheets have the same template name apart from case or surrounding spaces; only one is read.",
    action: "Delete or rename the sheet that is not the return.",
  },
  {
    code: "HEADER_NOT_FOUND",
    severity: "error",
    description: "No header row (Organisation, Staff type, ...) in the first 20 rows of the sheet.",
    action: "Put the template's column headers in one row near the top of the sheet.",
  },
  {
    code: "MISSING_COLUMN",
    severity: "error",
    description: "The header row lacks a required column (or has no month columns).",
    action: "Add the column with the template's header; the sheet is not read until then.",
  },
  {
    code: "BAD_PERIOD_HEADER",
    severity: "error",
    description:
      "A month header is unreadable, out of order, duplicated, in the wrong year, or months are missing.",
    action: "Head the month columns Apr 23 … Mar 24 (or M1 … M12) in order, one column per month.",
  },
  {
    code: "NO_DATA_ROWS",
    severity: "error",
    description:
      "A PWR or PFR sheet has its header row but no data rows under it: the return is empty.",
    action:
      "Paste the return's rows under the header (one row per organisation, staff type, group and measure).",
  },
  {
    code: "BAD_SETTING",
    severity: "error",
    description: "A value on the Settings sheet cannot be read; its default is used instead.",
    action: "Correct the value (the Template reference lists what each setting accepts).",
  },
  {
    code: "UNKNOWN_ORGANISATION",
    severity: "error",
    description: "An organisation is blank, or is not in the Settings sheet's Organisations list.",
    action: "Correct the organisation, or add it to Settings › Organisations.",
  },
  {
    code: "UNKNOWN_STAFF_GROUP",
    severity: "error",
    description: "A staff group label is not a staff group, an accepted alias or Total.",
    action: "Use one of the template's staff groups (the drop-down list in the blank template).",
  },
  {
    code: "STAFF_GROUP_ALIAS",
    severity: "warning",
    description: "A staff group is written as an alias; it is read as the canonical group named.",
    action: "Nothing needed; use the canonical name to silence the warning.",
  },
  {
    code: "UNKNOWN_STAFF_TYPE",
    severity: "error",
    description: "A staff type is not Substantive, Bank or Agency (or an accepted alias).",
    action: "Use Substantive, Bank or Agency.",
  },
  {
    code: "UNKNOWN_MEASURE",
    severity: "error",
    description:
      "A measure is not one the sheet allows (Plan/Actual; Establishment/In post/Vacancies; agency measures).",
    action: "Use one of the sheet's measures (the drop-down list in the blank template).",
  },
  {
    code: "DUPLICATE_ROW",
    severity: "error",
    description:
      "The same organisation x staff type x group x measure appears twice; only the first row is used.",
    action: "Merge the two rows or delete the extra one.",
  },
  {
    code: "MISSING_ROW",
    severity: "error",
    description:
      "An organisation x staff type x group has Plan but no Actual row, or the reverse (Vacancies: only one measure).",
    action: "Add the missing row (leave future actuals blank).",
  },
  {
    code: "NOT_A_NUMBER",
    severity: "error",
    description: "A cell that should hold a number holds text or TRUE/FALSE; it is ignored.",
    action: "Enter a number, or leave the cell blank.",
  },
  {
    code: "TEXT_NUMBER",
    severity: "warning",
    description: "A number is stored as text; it is read as the number shown.",
    action: "Convert the cell to a number (Excel's 'Convert to Number').",
  },
  {
    code: "NEGATIVE_WTE",
    severity: "error",
    description: "A WTE figure is negative.",
    action: "Correct the figure; WTE cannot be below zero.",
  },
  {
    code: "FORMULA_ERROR",
    severity: "error",
    description: "A cell holds an Excel error such as #REF! or #DIV/0!; it is ignored.",
    action: "Fix the formula that produces the error, or enter the value.",
  },
  {
    code: "MISSING_ACTUAL",
    severity: "error",
    description: "An Actual cell is blank in a month up to the reporting month.",
    action: "Enter the month's actual (0 if there were none).",
  },
  {
    code: "FUTURE_ACTUAL",
    severity: "warning",
    description: "An Actual cell after the reporting month holds a non-zero figure.",
    action: "Clear it, or set Settings › Reporting month to the month being reported.",
  },
  {
    code: "TOTAL_MISMATCH",
    severity: "error",
    description: "A Total row differs from the sum of its staff groups by more than the tolerance.",
    action: "Correct the total or the group figures; a missing group row is the usual cause.",
  },
  {
    code: "OUTLIER_CHANGE",
    severity: "warning",
    description:
      "A group's actual moved more than 10% (and more than a small floor) from the month before.",
    action: "Check the figure; if it is right (e.g. a recoding), no action is needed.",
  },
  {
    code: "UNIT_SUSPECT",
    severity: "warning",
    description:
      "PFR cost per WTE is far outside £2k-£15k a month, as when figures are typed in £m or £ instead of £000.",
    action: "Re-enter the figures in the finance unit, or set Settings › Finance unit.",
  },
  {
    code: "RETURN_COVERAGE",
    severity: "error",
    description: "An organisation x staff type x group is in PWR but not PFR, or the reverse.",
    action: "Add the missing rows to the other return (zero if none), or correct the label.",
  },
] as const satisfies readonly IssueCodeSpec[];

export type IssueCode = (typeof ISSUE_CODES)[number]["code"];

export const ISSUE_CODE_SPECS: Readonly<Record<IssueCode, IssueCodeSpec>> = Object.fromEntries(
  ISSUE_CODES.map((spec) => [spec.code, spec])
) as Record<IssueCode, IssueCodeSpec>;

export function severityOf(code: IssueCode): Severity {
  return ISSUE_CODE_SPECS[code].severity;
}
