import { err, ok } from "../result";
import { BLANK_IS_ZERO, FunctionSpec, helpAnchorFor } from "./spec";
import { finiteInputs, metricError, MetricResult } from "./metricError";

export const RAG_STATUSES = ["Green", "Amber", "Red"] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

export const RAG_SPEC: FunctionSpec = {
  id: "RAG",
  description:
    "Red, Amber or Green against two thresholds. By default higher is worse: Red at or above red, Amber at or above amber. Set higherIsWorse to FALSE when lower is worse.",
  definition:
    "higher is worse: Red if value >= red, else Amber if value >= amber, else Green; lower is worse: Red if value <= red, else Amber if value <= amber, else Green",
  params: [
    { name: "value", description: "The measure to rate: a value or a range.", optional: false },
    {
      name: "amber",
      description: "Threshold where Amber starts: a value or a range.",
      optional: false,
    },
    {
      name: "red",
      description: "Threshold where Red starts: a value or a range.",
      optional: false,
    },
    {
      name: "higherIsWorse",
      description:
        "TRUE (default) when higher values are worse; FALSE when lower values are worse.",
      optional: true,
    },
  ],
  helpAnchor: helpAnchorFor("RAG"),
  example: {
    formula: "=LLR.RAG(0.116, 0.1, 0.15)",
    result: "Amber",
    note: "vacancy rate 11.6% against a 10% target",
  },
  errors: [
    {
      display: "#VALUE!",
      when: "a value is text that is not a number, higherIsWorse is not TRUE/FALSE, or amber is above red when higher is worse (below red when lower is worse)",
    },
    { display: "#N/A", when: "a cell holds empty text" },
  ],
  blanks: `${BLANK_IS_ZERO} Note: an omitted higherIsWorse means TRUE, but pointing it at a blank cell reads FALSE on Excel desktop; type TRUE or FALSE.`,
};

/**
 * Thresholds are inclusive: reaching the red threshold is Red. Thresholds in the wrong order for the
 * chosen direction are refused rather than silently giving a band that can never be reached.
 */
export function ragStatus(
  value: number,
  amber: number,
  red: number,
  higherIsWorse = true
): MetricResult<RagStatus> {
  const bad = finiteInputs({ value, amber, red });
  if (bad) return err(bad);
  if (higherIsWorse && amber > red) {
    return err(
      metricError(
        "VALUE",
        `amber (${amber}) is above red (${red}) but higher is worse; swap them or set higherIsWorse to FALSE`
      )
    );
  }
  if (!higherIsWorse && amber < red) {
    return err(
      metricError(
        "VALUE",
        `amber (${amber}) is below red (${red}) but lower is worse; swap them or set higherIsWorse to TRUE`
      )
    );
  }
  const worseOrEqual = (threshold: number) =>
    higherIsWorse ? value >= threshold : value <= threshold;
  if (worseOrEqual(red)) return ok("Red");
  if (worseOrEqual(amber)) return ok("Amber");
  return ok("Green");
}
