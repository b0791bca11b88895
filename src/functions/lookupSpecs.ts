import { FunctionSpec, helpAnchorFor } from "../domain/metrics/spec";

/** Specs of the two lookup functions; their rules live in src/domain/periods.ts and staffGroups.ts. */
export const FYMONTH_SPEC: FunctionSpec = {
  id: "FYMONTH",
  description: "Financial-year month number of a date or period label: April is 1 and March is 12.",
  definition: "FY month = calendar month - 3, wrapping so that April = 1 ... March = 12",
  params: [
    {
      name: "dateOrLabel",
      description:
        "A date, or a label such as M7, Month 7, Oct 23, Oct-23, October 2023 or 2023-10: a value or a range.",
      optional: false,
    },
  ],
  helpAnchor: helpAnchorFor("FYMONTH"),
  example: { formula: '=LLR.FYMONTH("Oct 23")', result: "7" },
  errors: [
    {
      display: "#VALUE!",
      when: "the value is not a date or a recognised period label (the message quotes it)",
    },
    {
      display: "#N/A",
      when: "the cell is blank (0 on Excel desktop, empty on the web) or holds empty text",
    },
  ],
  blanks:
    'A blank cell gives #N/A "missing value" on every platform: 0 is not a date, so the 0 that Excel desktop passes for a blank is treated as blank too.',
};

export const STAFFGROUP_SPEC: FunctionSpec = {
  id: "STAFFGROUP",
  description:
    "The PWR staff group for a staff-group label, alias or NHS occupation code, e.g. N&MW gives Nursing, Midwifery.",
  definition:
    "canonical PWR groups: Nursing, Midwifery; Scientific, Therapeutic, Technical; Clinical Support; Infrastructure Support; Medical, Dental; Other. Occupation codes map through the NHS Occupation Code Manual.",
  params: [
    {
      name: "labelOrOccupationCode",
      description:
        "A staff-group label (any common spelling) or an NHS occupation code: a value or a range.",
      optional: false,
    },
  ],
  helpAnchor: helpAnchorFor("STAFFGROUP"),
  example: { formula: '=LLR.STAFFGROUP("Support to clinical staff")', result: "Clinical Support" },
  errors: [
    {
      display: "#N/A",
      when: "the label or code is not recognised (the message quotes it), or the cell is blank",
    },
  ],
  blanks:
    'A blank cell gives #N/A "missing value" on every platform: the 0 that Excel desktop passes for a blank is treated as blank too.',
};
