/*
 * The =LLR.* custom functions. Each is a thin wrapper: the NHS rule lives in src/domain/metrics,
 * and the range, blank-cell and error handling lives in spill.ts / cellReaders.ts (decision table there).
 *
 * Rules the metadata generator (custom-functions-metadata) imposes on this file:
 * - top-level `function` declarations only; the JSDoc description comes before @customfunction;
 * - literal any[][] types (an alias or a union element type is a build error);
 * - optional parameters as `name?: type`, never default values (Excel passes null, not the default);
 * - no CustomFunctions.associate: the webpack plugin appends it.
 * Descriptions and @param texts repeat the specs in FUNCTION_SPECS word for word (a test checks).
 */
import * as metrics from "../domain/metrics";
import { ok } from "../domain/result";
import { readMonth, readNumber, readPeriodMonth, readStaffGroup } from "./cellReaders";
import { spill, spillNumbers, withFlag } from "./spill";

/**
 * Variance to plan: actual minus plan, or as a percentage of plan. Positive means over plan. This is plan variance, not statistical variance.
 * @customfunction VARIANCE
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrvariance
 * @param actual Actual WTE or spend: a value or a range.
 * @param plan Planned WTE or spend: a value or a range the same size as actual.
 * @param asPercent TRUE to return (actual - plan) / plan instead of actual - plan. Default FALSE.
 * @returns The variance for each cell.
 */
export function variance(actual: any[][], plan: any[][], asPercent?: boolean): any[][] {
  return withFlag(asPercent, "asPercent", false, (percent) =>
    spillNumbers(
      { actual, plan },
      (v) => (percent ? metrics.planVariancePercent : metrics.planVariance)(v.actual, v.plan),
      percent ? metrics.planVariancePercentOf : metrics.planVarianceOf
    )
  );
}

/**
 * Cumulative growth against a baseline, usually the March before the financial year: (current - base) / base.
 * @customfunction GROWTH
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrgrowth
 * @param current This period's WTE or spend: a value or a range.
 * @param base The baseline (e.g. March 23): a value or a range.
 * @returns Growth as a fraction (0.025 = 2.5%).
 */
export function growth(current: any[][], base: any[][]): any[][] {
  return spillNumbers({ current, base }, (v) => metrics.cumulativeGrowth(v.current, v.base));
}

/**
 * How far agency spend is over the price-cap ceiling: actual spend / price-cap spend - 1. Negative when under the ceiling.
 * @customfunction PRICECAP
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrpricecap
 * @param actualSpend Actual agency spend (cumulative or in month): a value or a range.
 * @param capSpend Price-cap ceiling for the same period: a value or a range.
 * @returns The fraction over the ceiling (0.43 = 43% over).
 */
export function priceCap(actualSpend: any[][], capSpend: any[][]): any[][] {
  return spillNumbers({ actualSpend, capSpend }, (v) =>
    metrics.priceCapExcess(v.actualSpend, v.capSpend)
  );
}

/**
 * Vacancy rate: vacancies as a share of establishment. Give the establishment, or staff in post with isInPost TRUE (establishment = in post + vacancies).
 * @customfunction VACANCYRATE
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrvacancyrate
 * @param vacancies Vacant WTE: a value or a range.
 * @param establishmentOrInPost Funded establishment WTE, or staff in post WTE when isInPost is TRUE: a value or a range.
 * @param isInPost TRUE when the second argument is staff in post, not establishment. Default FALSE.
 * @returns The vacancy rate as a fraction (0.116 = 11.6%).
 */
export function vacancyRate(
  vacancies: any[][],
  establishmentOrInPost: any[][],
  isInPost?: boolean
): any[][] {
  return withFlag(isInPost, "isInPost", false, (inPost) =>
    spillNumbers({ vacancies, establishmentOrInPost }, (v) =>
      (inPost ? metrics.vacancyRateFromInPost : metrics.vacancyRate)(
        v.vacancies,
        v.establishmentOrInPost
      )
    )
  );
}

/**
 * Year-end forecast at the current run rate: year to date / months elapsed x 12. Month 1 is April.
 * @customfunction RUNRATE
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrrunrate
 * @param yearToDate Year-to-date total: a value or a range.
 * @param month Months elapsed, 1 (April) to 12 (March); labels such as M7 or Oct 23 also work: a value or a range.
 * @param monthsInYear Months in the year. Default 12.
 * @returns The year-end forecast.
 */
export function runRate(yearToDate: any[][], month: any[][], monthsInYear?: any[][]): any[][] {
  const args = { yearToDate, month, monthsInYear: monthsInYear ?? 12 };
  return spill(
    args,
    (arg) => (arg === "month" ? readMonth : readNumber),
    (v) => metrics.yearEndRunRate(v.yearToDate, v.month, v.monthsInYear)
  );
}

/**
 * Staff turnover: leavers in the period divided by the average of staff at the start and at the end.
 * @customfunction TURNOVER
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrturnover
 * @param leavers Leavers (headcount or WTE) in the period: a value or a range.
 * @param staffStart Staff in post at the start of the period: a value or a range.
 * @param staffEnd Staff in post at the end of the period: a value or a range.
 * @returns Turnover as a fraction (0.1 = 10%).
 */
export function turnover(leavers: any[][], staffStart: any[][], staffEnd: any[][]): any[][] {
  return spillNumbers({ leavers, staffStart, staffEnd }, (v) =>
    metrics.turnoverRate(v.leavers, v.staffStart, v.staffEnd)
  );
}

/**
 * Whole-time equivalent: contracted hours divided by full-time hours (37.5 a week unless you give another figure).
 * @customfunction WTE
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrwte
 * @param hours Contracted hours per week: a value or a range.
 * @param fullTimeHours Full-time hours per week: a value or a range. Default 37.5.
 * @returns WTE for each cell.
 */
export function wte(hours: any[][], fullTimeHours?: any[][]): any[][] {
  const args = { hours, fullTimeHours: fullTimeHours ?? metrics.DEFAULT_FULL_TIME_HOURS };
  return spillNumbers(args, (v) => metrics.wholeTimeEquivalent(v.hours, v.fullTimeHours));
}

/**
 * Financial-year month number of a date or period label: April is 1 and March is 12.
 * @customfunction FYMONTH
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrfymonth
 * @param dateOrLabel A date, or a label such as M7, Month 7, Oct 23, Oct-23, October 2023 or 2023-10: a value or a range.
 * @returns The month number, 1 (April) to 12 (March).
 */
export function fyMonth(dateOrLabel: any[][]): any[][] {
  return spill(
    { dateOrLabel },
    () => readPeriodMonth,
    (v) => ok(v.dateOrLabel)
  );
}

/**
 * The PWR staff group for a staff-group label, alias or NHS occupation code, e.g. N&MW gives Nursing, Midwifery.
 * @customfunction STAFFGROUP
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrstaffgroup
 * @param labelOrOccupationCode A staff-group label (any common spelling) or an NHS occupation code: a value or a range.
 * @returns The canonical staff group.
 */
export function staffGroup(labelOrOccupationCode: any[][]): any[][] {
  return spill(
    { labelOrOccupationCode },
    () => readStaffGroup,
    (v) => ok(v.labelOrOccupationCode)
  );
}

/**
 * Red, Amber or Green against two thresholds. By default higher is worse: Red at or above red, Amber at or above amber. Set higherIsWorse to FALSE when lower is worse.
 * @customfunction RAG
 * @helpurl https://github.com/llr-workforce/llr-workforce#llrrag
 * @param value The measure to rate: a value or a range.
 * @param amber Threshold where Amber starts: a value or a range.
 * @param red Threshold where Red starts: a value or a range.
 * @param higherIsWorse TRUE (default) when higher values are worse; FALSE when lower values are worse.
 * @returns Green, Amber or Red for each cell.
 */
export function rag(
  value: any[][],
  amber: any[][],
  red: any[][],
  higherIsWorse?: boolean
): any[][] {
  return withFlag(higherIsWorse, "higherIsWorse", true, (higher) =>
    spillNumbers({ value, amber, red }, (v) => metrics.ragStatus(v.value, v.amber, v.red, higher))
  );
}
