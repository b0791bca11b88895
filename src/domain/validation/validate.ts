/**
 * validate: a workbook snapshot against the LLR PWR/PFR template. Reads the workbook once with
 * parseTemplate, runs the checks, and returns the issues in a stable order (sheet, row, column).
 * Every issue names a real cell of the snapshot, except a missing sheet's.
 */
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { AGENCY_MEASURES, PLAN_MEASURES, VACANCY_MEASURES } from "../measures";
import type { ParsedTemplate } from "../template/model";
import { parseTemplate, organisationKey } from "../template/parse";
import { reportingMonth } from "../template/reporting";
import type { CheckContext } from "./context";
import { checkCoverage, checkUnits } from "./crossChecks";
import { checkLabels } from "./labelChecks";
import { checkFlaws } from "./numberChecks";
import { checkAgency, checkVacancies } from "./optionalSheetChecks";
import { checkReturnSheet } from "./returnChecks";
import { checkStaff } from "./staffChecks";
import { checkStructure } from "./structureChecks";
import { IssueSink, type ValidationIssue } from "./issueSink";

export type { ValidationIssue } from "./issueSink";
export type { IssueCode, Severity } from "./issueCodes";

export interface ValidateOptions {
  /** The reporting month (FY month 1-12); overrides Settings and the data. */
  readonly month?: number;
}

export function validate(snapshot: WorkbookSnapshot, options?: ValidateOptions): ValidationIssue[] {
  return validateParsed(parseTemplate(snapshot), options);
}

/** The same checks over a template already parsed (the pack and reconciliation parse once too). */
export function validateParsed(
  parsed: ParsedTemplate,
  options?: ValidateOptions
): ValidationIssue[] {
  const settings = parsed.settings.values;
  const ctx: CheckContext = {
    parsed,
    sink: new IssueSink(parsed.snapshot),
    settings,
    fy: parsed.financialYear,
    reporting: reportingMonth(parsed, options?.month),
    allowedOrgs:
      settings.organisations.length > 0
        ? new Set(settings.organisations.map(organisationKey))
        : null,
    money: { kind: "money", unit: settings.financeUnit },
  };

  checkStructure(ctx);
  const { pwr, pfr, vacancies, agency, staff } = parsed;
  const returns = [pwr, pfr].map((sheet) => {
    if (!sheet) return null;
    if (sheet.rows.length === 0) {
      // An empty return is not "valid with nothing wrong": say so once, at its header (the last
      // used row, so the cell exists).
      ctx.sink.at(
        "NO_DATA_ROWS",
        sheet.name,
        sheet.headerRow,
        sheet.columns.organisation ?? sheet.snapshot.origin.col,
        `${sheet.name} has a header row but no data rows under it. Paste the return's rows below the header; nothing on ${sheet.name} can be checked until then.`
      );
    }
    checkLabels(ctx, sheet, PLAN_MEASURES);
    checkFlaws(ctx, sheet);
    return { sheet, keyed: checkReturnSheet(ctx, sheet) };
  });
  const [pwrSide, pfrSide] = returns;
  // With one return empty, NO_DATA_ROWS says it all: comparing the two would flag every row.
  if (pwrSide && pfrSide && pwrSide.sheet.rows.length > 0 && pfrSide.sheet.rows.length > 0) {
    checkCoverage(ctx, pwrSide, pfrSide);
    checkUnits(ctx, pwrSide, pfrSide);
  }
  if (vacancies) {
    checkLabels(ctx, vacancies, VACANCY_MEASURES);
    checkFlaws(ctx, vacancies);
    checkVacancies(ctx, vacancies);
  }
  if (agency) {
    checkLabels(ctx, agency, AGENCY_MEASURES);
    checkFlaws(ctx, agency);
    checkAgency(ctx, agency);
  }
  if (staff) {
    checkFlaws(ctx, staff, true);
    checkStaff(ctx, staff);
  }
  return ctx.sink.issues();
}
