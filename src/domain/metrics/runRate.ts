import { err } from "../result";
import { BLANK_IS_ZERO, FunctionSpec, helpAnchorFor } from "./spec";
import { checkMonth, finite, finiteInputs, MetricResult } from "./metricError";

export const RUNRATE_SPEC: FunctionSpec = {
  id: "RUNRATE",
  description:
    "Year-end forecast at the current run rate: year to date / months elapsed x 12. Month 1 is April.",
  definition: "run rate = year to date / months elapsed x months in year (12)",
  params: [
    { name: "yearToDate", description: "Year-to-date total: a value or a range.", optional: false },
    {
      name: "month",
      description:
        "Months elapsed, 1 (April) to 12 (March); labels such as M7 or Oct 23 also work: a value or a range.",
      optional: false,
    },
    { name: "monthsInYear", description: "Months in the year. Default 12.", optional: true },
  ],
  helpAnchor: helpAnchorFor("RUNRATE"),
  example: {
    formula: "=LLR.RUNRATE(37.9, 7)",
    result: "64.97",
    note: "agency £m forecast from the October YTD",
  },
  errors: [
    {
      display: "#VALUE!",
      when: "a value is text that is not a number or month label, or month is not a whole number from 1 to monthsInYear",
    },
    { display: "#N/A", when: "a cell holds empty text" },
  ],
  blanks: `${BLANK_IS_ZERO} A blank month is month 0 and gives #VALUE!.`,
};

/** yearToDate / month x monthsInYear; months outside 1..monthsInYear are refused, not extrapolated. */
export function yearEndRunRate(yearToDate: number, month: number, monthsInYear = 12): MetricResult {
  const bad =
    finiteInputs({ "year to date": yearToDate, month, "months in year": monthsInYear }) ??
    checkMonth(month, monthsInYear);
  return bad ? err(bad) : finite((yearToDate / month) * monthsInYear, "the forecast");
}
