import { err } from "../result";
import { BLANK_IS_ZERO, FunctionSpec, helpAnchorFor } from "./spec";
import { divide, finiteInputs, MetricResult } from "./metricError";

export const GROWTH_SPEC: FunctionSpec = {
  id: "GROWTH",
  description:
    "Cumulative growth against a baseline, usually the March before the financial year: (current - base) / base.",
  definition: "growth = (current - base) / base",
  params: [
    {
      name: "current",
      description: "This period's WTE or spend: a value or a range.",
      optional: false,
    },
    {
      name: "base",
      description: "The baseline (e.g. March 23): a value or a range.",
      optional: false,
    },
  ],
  helpAnchor: helpAnchorFor("GROWTH"),
  example: {
    formula: "=LLR.GROWTH(3413, 3280)",
    result: "0.0405",
    note: "4.1%: primary-care total, Sep 23 against March 23",
  },
  errors: [
    { display: "#VALUE!", when: "a value is text that is not a number" },
    {
      display: "#DIV/0!",
      when: "the base is 0 or blank (some tables print 0% here; wrap in IFERROR to do the same)",
    },
    { display: "#N/A", when: "a cell holds empty text" },
  ],
  blanks: `${BLANK_IS_ZERO} A blank base gives #DIV/0!.`,
};

/** (current - base) / base as a fraction. */
export function cumulativeGrowth(current: number, base: number): MetricResult {
  const bad = finiteInputs({ current, base });
  return bad ? err(bad) : divide(current - base, base, "base");
}
