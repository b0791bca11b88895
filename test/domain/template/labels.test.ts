/** Staff types, measures and sheet names: the label vocabularies of the template. */
import { resolveStaffType } from "../../../src/domain/staffTypes";
import {
  resolveAgencyMeasure,
  resolvePlanMeasure,
  resolveVacancyMeasure,
} from "../../../src/domain/measures";
import { closestName, editDistance } from "../../../src/domain/template/sheetNames";
import { labelKey } from "../../../src/domain/labels";

describe("resolveStaffType", () => {
  it.each([
    ["Substantive", { kind: "canonical", value: "Substantive" }],
    [" substantive ", { kind: "canonical", value: "Substantive" }],
    ["SUB", { kind: "alias", value: "Substantive", alias: "SUB" }],
    ["Substantive staff", { kind: "alias", value: "Substantive", alias: "Substantive staff" }],
    ["Bank staff", { kind: "alias", value: "Bank", alias: "Bank staff" }],
    ["agency", { kind: "canonical", value: "Agency" }],
    ["Overtime", { kind: "unknown", text: "Overtime" }],
    ["", { kind: "unknown", text: "" }],
    [null, { kind: "unknown", text: "" }],
  ])("%p -> %p", (label, expected) => {
    expect(resolveStaffType(label)).toEqual(expected);
  });
});

describe("measures", () => {
  it.each([
    [resolvePlanMeasure, "plan", "Plan"],
    [resolvePlanMeasure, "Actuals", "Actual"],
    [resolvePlanMeasure, "Budget", "Plan"],
    [resolveVacancyMeasure, "Staff in post", "In post"],
    [resolveVacancyMeasure, "Funded establishment", "Establishment"],
    [resolveVacancyMeasure, "vacancies", "Vacancies"],
    [resolveAgencyMeasure, "Price cap", "Price cap spend"],
    [resolveAgencyMeasure, "Actual Spend", "Actual spend"],
    [resolveAgencyMeasure, "Shifts over cap", "Shifts above cap"],
  ])("%p(%p) -> %p", (resolve, label, value) => {
    const m = resolve(label);
    expect(m.kind === "unknown" ? null : m.value).toBe(value);
  });

  it("keeps each sheet's measures apart", () => {
    expect(resolvePlanMeasure("Vacancies").kind).toBe("unknown");
    expect(resolveVacancyMeasure("Plan").kind).toBe("unknown");
    expect(resolveAgencyMeasure("Actual").kind).toBe("unknown");
  });
});

describe("labelKey", () => {
  it.each([
    ["  Staff  Type: ", "stafftype"],
    ["staff_group", "staffgroup"],
    ["Organisation\u00a0", "organisation"],
    [7, "7"],
    [null, ""],
  ])("%p -> %p", (input, key) => expect(labelKey(input)).toBe(key));
});

describe("sheet names", () => {
  it.each([
    ["pwr", "pwr", 0],
    ["pwr", "prw", 1],
    ["pwr", "pfr", 1],
    ["vacancies", "vacancy", 3],
    ["", "abc", 3],
  ])("editDistance(%p, %p) = %p", (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it.each([
    ["PWR", ["Settings", "PRW", "Notes"], true, "PRW"],
    ["PWR", ["Settings", "M7 PWR"], true, "M7 PWR"],
    ["PWR", ["Settings", "M7 PWR"], false, null],
    ["Vacancies", ["Vacancy"], false, "Vacancy"],
    ["Staff", ["Stuff list", "Summary"], true, null],
    ["PFR", [], true, null],
  ])("closestName(%p, %p, contains=%p) = %p", (target, candidates, contains, expected) => {
    expect(closestName(target, candidates, contains)).toBe(expected);
  });
});
