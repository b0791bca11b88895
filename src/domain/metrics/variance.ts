import { err } from "../result";
import { BLANK_IS_ZERO, FunctionSpec, helpAnchorFor } from "./spec";
import { divide, finite, finiteInputs, MetricResult } from "./metricError";

export const VARIANCE_SPEC: FunctionSpec = {
  id: "VARIANCE",
  description:
    "Variance to plan: actual minus plan, or as a percentage of plan. Positive means over plan. This is plan variance, not statistical variance.",
  definition: "variance = actual - plan; variance % = (actual - plan) / plan",
  params: [
    { name: "actual", description: "Actual WTE or spend: a value or a range.", optional: false },
    {
      name: "plan",
      description: "Planned WTE or spend: a value or a range the same size as actual.",
      optional: false,
    },
    {
      name: "asPercent",
      description: "TRUE to return (actual - plan) / plan instead of actual - plan. Default FALSE.",
      optional: true,
    },
  ],
  helpAnchor: helpAnchorFor("VARIANCE"),
  example: {
    formula: "=LLR.VARIANCE(21996, 21408)",
    result: "588",
    note: "substantive WTE above plan, Month 7",
  },
  errors: [
    {
      display: "#VALUE!",
      when: "a value is text that is not a number, or asPercent is not TRUE/FALSE",
    },
    { display: "#DIV/0!", when: "asPercent is TRUE and the plan is 0 or blank" },
    { display: "#N/A", when: "a cell holds empty text" },
  ],
  blanks: `${BLANK_IS_ZERO} A blank plan with asPercent TRUE gives #DIV/0!.`,
};

/**
 * The two formulas as bare arithmetic, for callers that run them over whole ranges. A finite
 * answer is exactly what planVariance / planVariancePercent return; anything else (NaN, an
 * infinity: a non-finite input, or a plan of 0) means "ask the checked version for the error".
 */
export const planVarianceOf = (actual: number, plan: number): number => actual - plan;
export const planVariancePercentOf = (actual: number, plan: number): number =>
  planVarianceOf(actual, plan) / plan;

/** actual - plan: positive when over plan (the provider WTE and £ convention). */
export function planVariance(actual: number, plan: number): MetricResult {
  const bad = finiteInputs({ actual, plan });
  return bad ? err(bad) : finite(planVarianceOf(actual, plan), "the variance");
}

/** (actual - plan) / plan as a fraction (0.05 = 5% over plan). */
export function planVariancePercent(actual: number, plan: number): MetricResult {
  const bad = finiteInputs({ actual, plan });
  return bad ? err(bad) : divide(planVarianceOf(actual, plan), plan, "plan");
}
