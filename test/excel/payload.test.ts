import { jsonSize, packRequests, splitRows, utf8Length } from "../../src/excel/write/payload";

describe("request payload estimates", () => {
  it("counts UTF-8 bytes as a request carries them", () => {
    expect(utf8Length("Nursing")).toBe(7);
    expect(utf8Length("£3.0m")).toBe(6); // £ is two bytes
    expect(utf8Length("–")).toBe(3); // an en dash is three
    expect(utf8Length("😀")).toBe(4); // a surrogate pair is one four-byte character
    expect(jsonSize([["£1", 2]])).toBe(Buffer.byteLength(JSON.stringify([["£1", 2]])));
  });

  it("cuts rows into pieces under the budget, losing none and keeping their places", () => {
    const rows = Array.from({ length: 100 }, (_, r) => [
      `Assignment ${r}`,
      r,
      '=HYPERLINK("#Staff!A1")',
    ]);
    const budget = 1_000;
    const pieces = splitRows(10, 2, rows, budget);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.bytes <= budget && jsonSize(p.rows) <= p.bytes)).toBe(true);
    expect(pieces.flatMap((p) => p.rows)).toEqual(rows);
    expect(pieces.map((p) => p.top)).toEqual(
      pieces.map((_, i) => 10 + pieces.slice(0, i).reduce((n, p) => n + p.rows.length, 0))
    );
    expect(pieces.every((p) => p.left === 2)).toBe(true);
  });

  it("gives a row larger than the budget a piece of its own", () => {
    const rows = [["a"], ["x".repeat(500)], ["b"]];
    expect(splitRows(0, 0, rows, 100).map((p) => p.rows)).toEqual([
      [["a"]],
      [["x".repeat(500)]],
      [["b"]],
    ]);
  });

  it("packs items in order into requests under the budget", () => {
    const items = [40, 50, 20, 90, 10, 200, 5].map((bytes) => ({ bytes }));
    expect(packRequests(items, 100).map((r) => r.map((i) => i.bytes))).toEqual([
      [40, 50],
      [20],
      [90, 10],
      [200],
      [5],
    ]);
  });
});
