/**
 * Excel desktop passes a blank cell as 0 and Excel on the web passes null (office-js#4702). Every
 * function must give the same answer for both; BLANK marks where the blank goes in each call.
 */
import * as fns from "../../src/functions/functions";
import { showAll } from "./excelCells";

const BLANK = Symbol("blank");
type Call = (fill: (cell: unknown) => unknown) => unknown[][];

/** Substitutes the platform's blank for every BLANK in a matrix. */
const m = (rows: unknown[][]) => (fill: (cell: unknown) => unknown) =>
  rows.map((r) => r.map(fill)) as any[][];

const cases: [name: string, call: Call, expected: unknown[][]][] = [
  ["VARIANCE actual", (f) => fns.variance(m([[BLANK], [5]])(f), m([[2]])(f)), [[-2], [3]]],
  [
    "VARIANCE plan, as percent",
    (f) => fns.variance(m([[5], [5]])(f), m([[BLANK], [4]])(f), true),
    [["#DIV/0!"], [0.25]],
  ],
  ["GROWTH base", (f) => fns.growth(m([[5]])(f), m([[BLANK]])(f)), [["#DIV/0!"]]],
  ["GROWTH current", (f) => fns.growth(m([[BLANK]])(f), m([[4]])(f)), [[-1]]],
  ["PRICECAP cap", (f) => fns.priceCap(m([[5]])(f), m([[BLANK]])(f)), [["#DIV/0!"]]],
  ["VACANCYRATE vacancies", (f) => fns.vacancyRate(m([[BLANK]])(f), m([[100]])(f)), [[0]]],
  [
    "VACANCYRATE establishment",
    (f) => fns.vacancyRate(m([[3]])(f), m([[BLANK]])(f)),
    [["#DIV/0!"]],
  ],
  [
    "RUNRATE month",
    (f) => fns.runRate(m([[10]])(f), m([[BLANK]])(f)),
    [["#VALUE!: month must be a whole number from 1 to 12, not 0"]],
  ],
  ["RUNRATE yearToDate", (f) => fns.runRate(m([[BLANK]])(f), m([[6]])(f)), [[0]]],
  [
    "TURNOVER staff",
    (f) => fns.turnover(m([[1]])(f), m([[BLANK]])(f), m([[BLANK]])(f)),
    [["#DIV/0!"]],
  ],
  ["WTE hours", (f) => fns.wte(m([[BLANK]])(f)), [[0]]],
  ["WTE fullTimeHours cell", (f) => fns.wte(m([[10]])(f), m([[BLANK]])(f)), [["#DIV/0!"]]],
  [
    "FYMONTH",
    (f) => fns.fyMonth(m([["M7"], [BLANK]])(f)),
    [[7], ["#N/A: dateOrLabel (row 2): missing value"]],
  ],
  [
    "STAFFGROUP",
    (f) => fns.staffGroup(m([[BLANK]])(f)),
    [["#N/A: labelOrOccupationCode: missing value"]],
  ],
  ["RAG value", (f) => fns.rag(m([[BLANK]])(f), m([[1]])(f), m([[2]])(f)), [["Green"]]],
];

const desktop = (cell: unknown) => (cell === BLANK ? 0 : cell);
const web = (cell: unknown) => (cell === BLANK ? null : cell);

describe.each(cases)("%s", (_name, call, expected) => {
  it("a blank reads the same as 0 (desktop) and null (web)", () => {
    expect(showAll(call(web))).toEqual(showAll(call(desktop)));
  });
  it("and gives the documented result", () => {
    expect(showAll(call(web))).toEqual(expected);
  });
});

it('empty text (a formula returning "") is #N/A missing value on every platform', () => {
  expect(showAll(fns.growth([[""]], [[1]]))).toEqual([
    ["#N/A: current: missing value (the cell holds empty text)"],
  ]);
});
