import { vacancyRate, vacancyRateFromInPost } from "../../../src/domain/metrics/vacancy";
import { expectError, expectValue } from "./expectResult";

describe("vacancyRate (vacancies / establishment)", () => {
  it.each([
    [42, 396, 42 / 396], // maternity, docs/published-pack.md, Table 5
    [0, 100, 0],
    [100, 100, 1],
    [-5, 100, -0.05], // over-establishment shows as negative vacancies
  ])("vacancies %p, establishment %p -> %p", (vacancies, establishment, expected) => {
    expectValue(vacancyRate(vacancies, establishment), expected);
  });

  it("establishment 0 -> DIV0", () => {
    expectError(vacancyRate(3, 0), "DIV0", /establishment is 0/);
  });

  it("negative establishment -> VALUE", () => {
    expectError(vacancyRate(3, -10), "VALUE", /establishment cannot be negative \(-10\)/);
  });

  it("non-finite -> NUM", () => {
    expectError(vacancyRate(Number.NaN, 10), "NUM", /vacancies/);
  });
});

describe("vacancyRateFromInPost (vacancies / (in post + vacancies))", () => {
  it.each([
    [2879, 21996, 2879 / 24875], // combined M7 rate 11.6%, docs/published-pack.md, Table 5
    [42, 354, 42 / 396], // maternity: 396 establishment - 42 vacancies = 354 in post (docs/published-pack.md, Table 5)
    [0, 500, 0],
    [10, 0, 1], // nobody in post: every post vacant
  ])("vacancies %p, in post %p -> %p", (vacancies, inPost, expected) => {
    expectValue(vacancyRateFromInPost(vacancies, inPost), expected);
  });

  it("in post 0 and vacancies 0 -> DIV0", () => {
    expectError(vacancyRateFromInPost(0, 0), "DIV0", /establishment is 0/);
  });

  it("negative in post -> VALUE", () => {
    expectError(vacancyRateFromInPost(5, -1), "VALUE", /staff in post cannot be negative/);
  });

  it("in post + vacancies below zero -> VALUE (negative establishment)", () => {
    expectError(vacancyRateFromInPost(-20, 10), "VALUE", /establishment cannot be negative/);
  });
});
