import { err } from "../result";
import { BLANK_IS_ZERO, FunctionSpec, helpAnchorFor } from "./spec";
import { divide, finiteInputs, metricError, MetricResult } from "./metricError";

/** Agenda for Change full-time week. */
export const DEFAULT_FULL_TIME_HOURS = 37.5;

export const WTE_SPEC: FunctionSpec = {
  id: "WTE",
  description:
    "Whole-time equivalent: contracted hours divided by full-time hours (37.5 a week unless you give another figure).",
  definition: "WTE = hours / full-time hours (37.5 by default)",
  params: [
    {
      name: "hours",
      description: "Contracted hours per week: a value or a range.",
      optional: false,
    },
    {
      name: "fullTimeHours",
      description: "Full-time hours per week: a value or a range. Default 37.5.",
      optional: true,
    },
  ],
  helpAnchor: helpAnchorFor("WTE"),
  example: { formula: "=LLR.WTE(22.5)", result: "0.6" },
  errors: [
    {
      display: "#VALUE!",
      when: "a value is text that is not a number, or hours or full-time hours are negative",
    },
    { display: "#DIV/0!", when: "full-time hours is 0, or refers to a blank cell" },
    { display: "#N/A", when: "a cell holds empty text" },
  ],
  blanks: `${BLANK_IS_ZERO} Leaving fullTimeHours out uses 37.5, but pointing it at a blank cell gives #DIV/0!.`,
};

/** hours / fullTimeHours. */
export function wholeTimeEquivalent(
  hours: number,
  fullTimeHours: number = DEFAULT_FULL_TIME_HOURS
): MetricResult {
  const bad = finiteInputs({ hours, "full-time hours": fullTimeHours });
  if (bad) return err(bad);
  if (hours < 0) return err(metricError("VALUE", `hours cannot be negative (${hours})`));
  if (fullTimeHours < 0)
    return err(metricError("VALUE", `full-time hours cannot be negative (${fullTimeHours})`));
  return divide(hours, fullTimeHours, "full-time hours");
}
