import { err, ok, Result } from "../result";

/**
 * Why a metric has no value. The codes are the spreadsheet errors an analyst already knows
 * (#DIV/0!, #NUM!, #VALUE!), so every face can show the failure the way Excel would.
 * - DIV0: the divisor (plan, base, cap, establishment, average staff, full-time hours) is zero.
 * - NUM: an input or the result is not a finite number.
 * - VALUE: an argument outside its allowed range (month 13, negative staff, thresholds in the wrong order).
 */
export interface MetricError {
  readonly code: "DIV0" | "NUM" | "VALUE";
  readonly message: string;
}

export type MetricResult<T = number> = Result<T, MetricError>;

export const metricError = (code: MetricError["code"], message: string): MetricError => ({
  code,
  message,
});

/** Rejects NaN and infinities so no metric ever hands back a number a sheet cannot show. */
export function finite(value: number, what: string): MetricResult {
  return Number.isFinite(value)
    ? ok(value)
    : err(metricError("NUM", `${what} is not a finite number (${value})`));
}

/** Checks every named input is finite; the first offender is reported. */
export function finiteInputs(inputs: Readonly<Record<string, number>>): MetricError | undefined {
  for (const [name, value] of Object.entries(inputs)) {
    if (!Number.isFinite(value))
      return metricError("NUM", `${name} is not a finite number (${value})`);
  }
  return undefined;
}

/** numerator / denominator, with a zero divisor named in the message. */
export function divide(numerator: number, denominator: number, divisorName: string): MetricResult {
  if (denominator === 0)
    return err(metricError("DIV0", `${divisorName} is 0, so the ratio cannot be calculated`));
  return finite(numerator / denominator, "the result");
}

/** Whole months in 1..monthsInYear; months are periods, not amounts, so fractions are refused. */
export function checkMonth(
  month: number,
  monthsInYear: number,
  name = "month"
): MetricError | undefined {
  if (!Number.isInteger(monthsInYear) || monthsInYear < 1) {
    return metricError(
      "VALUE",
      `months in year must be a whole number of at least 1, not ${monthsInYear}`
    );
  }
  if (!Number.isInteger(month) || month < 1 || month > monthsInYear) {
    return metricError(
      "VALUE",
      `${name} must be a whole number from 1 to ${monthsInYear}, not ${month}`
    );
  }
  return undefined;
}
