/** The SUMIFS cover: the fewest terms that add exactly the chosen rows, whatever their spelling. */
import {
  coverRows,
  criterionString,
  type CriteriaSheet,
  type SourceRow,
  type Term,
} from "../../../src/domain/pack/criteria";

/** Rows of (org, group) texts; criteria columns A and B. */
function sheet(
  rows: readonly (readonly [string, string])[]
): CriteriaSheet & { rows: SourceRow[] } {
  const out: SourceRow[] = rows.map(([org, group], i) => ({
    row: i + 1,
    texts: [org, group],
    keys: [org.toLowerCase(), group.toLowerCase()],
  }));
  return {
    name: "S",
    criteriaCols: [0, 1],
    exclusionCol: 1,
    top: 1,
    bottom: rows.length,
    rows: out,
  };
}
const show = (terms: readonly Term[]) =>
  terms.map((t) => t.map((c) => `${c.col}${c.op}${c.text}`).join(" & "));
const pick = (s: { rows: SourceRow[] }, ...indexes: number[]) =>
  new Set(indexes.map((i) => s.rows[i]));

describe("coverRows", () => {
  const s = sheet([
    ["UHL", "Nursing, Midwifery"],
    ["UHL", "N&MW"],
    ["UHL", "Total"],
    ["LPT", "Nursing, Midwifery"],
    ["LPT", "Total"],
    ["uhl", "Clinical Support"],
  ]);

  it("one term per spelling actually present, case variants being one", () => {
    expect(show(coverRows(s, pick(s, 0, 1), [0, 1]))).toEqual([
      "0=UHL & 1=Nursing, Midwifery",
      "0=UHL & 1=N&MW",
    ]);
  });

  it("excludes Total rows with <> instead of listing every group", () => {
    expect(show(coverRows(s, pick(s, 0, 1, 5), [0]))).toEqual(["0=UHL & 1<>Total"]);
  });

  it("drops a criterion that is not required when it changes nothing", () => {
    expect(show(coverRows(s, pick(s, 0, 3), [1]))).toEqual(["1=Nursing, Midwifery"]);
    expect(show(coverRows(s, pick(s, 0, 1, 2, 5), []))).toEqual(["0=UHL"]);
  });

  it("keeps a required criterion even when a shorter formula would do today", () => {
    expect(show(coverRows(s, pick(s, 1), [0, 1]))).toEqual(["0=UHL & 1=N&MW"]);
    expect(show(coverRows(s, pick(s, 1), [1]))).toEqual(["1=N&MW"]);
  });

  it("covers nothing with no terms, and duplicate rows with one term", () => {
    expect(coverRows(s, new Set(), [0])).toEqual([]);
    const d = sheet([
      ["UHL", "Total"],
      ["UHL", "Total"],
      ["LPT", "Total"],
    ]);
    expect(show(coverRows(d, pick(d, 0, 1), [0]))).toEqual(["0=UHL"]);
  });
});

describe("criterionString", () => {
  it.each([
    [{ col: 0, op: "=", text: "Nursing, Midwifery" }, "Nursing, Midwifery"],
    [{ col: 0, op: "=", text: "a*b?c~" }, "a~*b~?c~~"],
    [{ col: 0, op: "=", text: "<5" }, "=<5"],
    [{ col: 0, op: "=", text: "=x" }, "==x"],
    [{ col: 0, op: "<>", text: "Total" }, "<>Total"],
    [{ col: 0, op: "<>", text: "" }, "<>"],
  ] as const)("%p -> %p", (c, want) => {
    expect(criterionString(c)).toBe(want);
  });
});
