/**
 * The "Measure" column of each template sheet: a closed list per sheet, with the spellings
 * people use for them.
 */
import { labelResolver, type LabelMatch, type LabelResolver } from "./labels";

export const PLAN_MEASURES = ["Plan", "Actual"] as const;
export type PlanMeasure = (typeof PLAN_MEASURES)[number];

export const VACANCY_MEASURES = ["Establishment", "In post", "Vacancies"] as const;
export type VacancyMeasure = (typeof VACANCY_MEASURES)[number];

export const AGENCY_MEASURES = [
  "Price cap spend",
  "Actual spend",
  "Shifts",
  "Shifts above cap",
] as const;
export type AgencyMeasure = (typeof AGENCY_MEASURES)[number];

export type MeasureMatch<T extends string> = LabelMatch<T>;

export const PLAN_MEASURE_ALIASES: Readonly<Record<PlanMeasure, readonly string[]>> = {
  Plan: ["Planned", "Budget", "Plan WTE", "Plan £000"],
  Actual: ["Actuals", "Act", "Actual WTE", "Actual £000"],
};

export const VACANCY_MEASURE_ALIASES: Readonly<Record<VacancyMeasure, readonly string[]>> = {
  Establishment: ["Funded establishment", "Budgeted establishment", "Establishment WTE"],
  "In post": ["In-post", "Staff in post", "Staff in post WTE", "In post WTE"],
  Vacancies: ["Vacancy", "Vacancies WTE", "Vacancy WTE"],
};

export const AGENCY_MEASURE_ALIASES: Readonly<Record<AgencyMeasure, readonly string[]>> = {
  "Price cap spend": ["Price cap", "Price cap ceiling", "Spend ceiling", "Price cap spend ceiling"],
  "Actual spend": ["Agency spend", "Spend", "Actual agency spend"],
  Shifts: ["Shifts filled", "Total shifts", "Agency shifts"],
  "Shifts above cap": ["Shifts over cap", "Price cap breaches", "Price cap overrides", "Overrides"],
};

const plan = labelResolver<PlanMeasure>(PLAN_MEASURES, PLAN_MEASURE_ALIASES);
const vacancy = labelResolver<VacancyMeasure>(VACANCY_MEASURES, VACANCY_MEASURE_ALIASES);
const agency = labelResolver<AgencyMeasure>(AGENCY_MEASURES, AGENCY_MEASURE_ALIASES);

/** PWR and PFR: "Plan" or "Actual". */
export function resolvePlanMeasure(label: unknown): MeasureMatch<PlanMeasure> {
  return plan.resolve(label);
}

/** Vacancies: "Establishment", "In post" or "Vacancies". */
export function resolveVacancyMeasure(label: unknown): MeasureMatch<VacancyMeasure> {
  return vacancy.resolve(label);
}

/** Agency: "Price cap spend", "Actual spend", "Shifts" or "Shifts above cap". */
export function resolveAgencyMeasure(label: unknown): MeasureMatch<AgencyMeasure> {
  return agency.resolve(label);
}

export const MEASURE_RESOLVERS: {
  readonly plan: LabelResolver<PlanMeasure>;
  readonly vacancy: LabelResolver<VacancyMeasure>;
  readonly agency: LabelResolver<AgencyMeasure>;
} = { plan, vacancy, agency };
