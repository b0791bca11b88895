/**
 * The whole sample as plain data, derived from published-m7.json and assumptions.ts. Pure: no
 * files, no ExcelJS, so tests and later generators (the Staff sheet of issue 5) can reuse it.
 */
import { buildAgencySheet } from "./agencySheet";
import { buildFinance } from "./finance";
import type { SampleModel } from "./types";
import { buildVacancies } from "./vacancies";
import { buildWorkforce } from "./workforce";

export function buildSampleModel(): SampleModel {
  const wf = buildWorkforce();
  const { pfr, agencySpend } = buildFinance(wf);
  return {
    pwr: wf.pwr,
    pfr,
    vacancies: buildVacancies(wf.pwr),
    agency: buildAgencySheet(wf.pwr, pfr, agencySpend),
  };
}
