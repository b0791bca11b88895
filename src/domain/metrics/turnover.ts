import { err } from "../result";
import { BLANK_IS_ZERO, FunctionSpec, helpAnchorFor } from "./spec";
import { divide, finiteInputs, metricError, MetricResult } from "./metricError";

export const TURNOVER_SPEC: FunctionSpec = {
  id: "TURNOVER",
  description:
    "Staff turnover: leavers in the period divided by the average of staff at the start and at the end.",
  definition: "turnover = leavers / ((staff at start + staff at end) / 2)",
  params: [
    {
      name: "leavers",
      description: "Leavers (headcount or WTE) in the period: a value or a range.",
      optional: false,
    },
    {
      name: "staffStart",
      description: "Staff in post at the start of the period: a value or a range.",
      optional: false,
    },
    {
      name: "staffEnd",
      description: "Staff in post at the end of the period: a value or a range.",
      optional: false,
    },
  ],
  helpAnchor: helpAnchorFor("TURNOVER"),
  example: { formula: "=LLR.TURNOVER(120, 1180, 1220)", result: "0.1", note: "10%" },
  errors: [
    {
      display: "#VALUE!",
      when: "a value is text that is not a number, or leavers or staff are negative",
    },
    { display: "#DIV/0!", when: "staff at start and at end are both 0 or blank" },
    { display: "#N/A", when: "a cell holds empty text" },
  ],
  blanks: `${BLANK_IS_ZERO} Blank start and end staff give #DIV/0!.`,
};

/** leavers / average(staffStart, staffEnd). */
export function turnoverRate(leavers: number, staffStart: number, staffEnd: number): MetricResult {
  const inputs = { leavers, "staff at start": staffStart, "staff at end": staffEnd };
  const bad = finiteInputs(inputs);
  if (bad) return err(bad);
  for (const [name, value] of Object.entries(inputs)) {
    if (value < 0) return err(metricError("VALUE", `${name} cannot be negative (${value})`));
  }
  return divide(leavers, (staffStart + staffEnd) / 2, "average staff");
}
