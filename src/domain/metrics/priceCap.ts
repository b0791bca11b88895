import { err } from "../result";
import { BLANK_IS_ZERO, FunctionSpec, helpAnchorFor } from "./spec";
import { checkMonth, divide, finite, finiteInputs, MetricResult } from "./metricError";

export const PRICECAP_SPEC: FunctionSpec = {
  id: "PRICECAP",
  description:
    "How far agency spend is over the price-cap ceiling: actual spend / price-cap spend - 1. Negative when under the ceiling.",
  definition:
    "price-cap excess = actual spend / price-cap spend - 1; the cap to date is usually the full-year ceiling / 12 x month (straight-line phasing)",
  params: [
    {
      name: "actualSpend",
      description: "Actual agency spend (cumulative or in month): a value or a range.",
      optional: false,
    },
    {
      name: "capSpend",
      description: "Price-cap ceiling for the same period: a value or a range.",
      optional: false,
    },
  ],
  helpAnchor: helpAnchorFor("PRICECAP"),
  example: {
    formula: "=LLR.PRICECAP(37.9, 45.392/12*7)",
    result: "0.431",
    note: "43% over the ceiling, cumulative to Oct 23",
  },
  errors: [
    { display: "#VALUE!", when: "a value is text that is not a number" },
    { display: "#DIV/0!", when: "the cap spend is 0 or blank" },
    { display: "#N/A", when: "a cell holds empty text" },
  ],
  blanks: `${BLANK_IS_ZERO} A blank cap gives #DIV/0!.`,
};

/** actual / cap - 1: 0.43 means 43% over the ceiling. */
export function priceCapExcess(actualSpend: number, capSpend: number): MetricResult {
  const bad = finiteInputs({ "actual spend": actualSpend, "cap spend": capSpend });
  if (bad) return err(bad);
  const ratio = divide(actualSpend, capSpend, "cap spend");
  return ratio.ok ? finite(ratio.value - 1, "the excess") : ratio;
}

/**
 * The ceiling to date under straight-line phasing: full-year ceiling / 12 x month. Keep the result
 * unrounded: the published percentages only reproduce from the unrounded cap (docs/published-pack.md, Table 4).
 */
export function priceCapCeilingToDate(fullYearCeiling: number, month: number): MetricResult {
  const bad =
    finiteInputs({ "full-year ceiling": fullYearCeiling, month }) ?? checkMonth(month, 12);
  return bad ? err(bad) : finite((fullYearCeiling / 12) * month, "the ceiling to date");
}
