import { err } from "../result";
import { BLANK_IS_ZERO, FunctionSpec, helpAnchorFor } from "./spec";
import { divide, finiteInputs, metricError, MetricResult } from "./metricError";

export const VACANCYRATE_SPEC: FunctionSpec = {
  id: "VACANCYRATE",
  description:
    "Vacancy rate: vacancies as a share of establishment. Give the establishment, or staff in post with isInPost TRUE (establishment = in post + vacancies).",
  definition:
    "vacancy rate = vacancies / establishment, where establishment = staff in post + vacancies",
  params: [
    { name: "vacancies", description: "Vacant WTE: a value or a range.", optional: false },
    {
      name: "establishmentOrInPost",
      description:
        "Funded establishment WTE, or staff in post WTE when isInPost is TRUE: a value or a range.",
      optional: false,
    },
    {
      name: "isInPost",
      description:
        "TRUE when the second argument is staff in post, not establishment. Default FALSE.",
      optional: true,
    },
  ],
  helpAnchor: helpAnchorFor("VACANCYRATE"),
  example: {
    formula: "=LLR.VACANCYRATE(2879, 21996, TRUE)",
    result: "0.1157",
    note: "11.6%: UHL and LPT combined, Month 7",
  },
  errors: [
    {
      display: "#VALUE!",
      when: "a value is text that is not a number, staff in post or establishment is negative, or isInPost is not TRUE/FALSE",
    },
    { display: "#DIV/0!", when: "the establishment (or in post + vacancies) is 0" },
    { display: "#N/A", when: "a cell holds empty text" },
  ],
  blanks: `${BLANK_IS_ZERO} A blank establishment gives #DIV/0!.`,
};

/** vacancies / establishment. Negative vacancies (over-establishment) are allowed; the establishment must be positive. */
export function vacancyRate(vacancies: number, establishment: number): MetricResult {
  const bad = finiteInputs({ vacancies, establishment });
  if (bad) return err(bad);
  if (establishment < 0)
    return err(metricError("VALUE", `establishment cannot be negative (${establishment})`));
  return divide(vacancies, establishment, "establishment");
}

/** vacancies / (in post + vacancies): the form the Month 7 pack uses (2,879 / (21,996 + 2,879) = 11.6%). */
export function vacancyRateFromInPost(vacancies: number, inPost: number): MetricResult {
  const bad = finiteInputs({ vacancies, "staff in post": inPost });
  if (bad) return err(bad);
  if (inPost < 0) return err(metricError("VALUE", `staff in post cannot be negative (${inPost})`));
  return vacancyRate(vacancies, inPost + vacancies);
}
