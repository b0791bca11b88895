import { jsonSize, packRows, utf8Length } from "../../src/excel/write/payload";

const rowsOf = (n: number, from = 0) =>
  Array.from({ length: n }, (_, r) => [`Assignment ${from + r}`, r, '=HYPERLINK("#Staff!A1")']);

describe("request payload estimates", () => {
  it("counts UTF-8 bytes as a request carries them", () => {
    expect(utf8Length("Nursing")).toBe(7);
    expect(utf8Length("£3.0m")).toBe(6); // £ is two bytes
    expect(utf8Length("–")).toBe(3); // an en dash is three
    expect(utf8Length("😀")).toBe(4); // a surrogate pair is one four-byte character
    expect(jsonSize([["£1", 2]])).toBe(Buffer.byteLength(JSON.stringify([["£1", 2]])));
  });
});

describe("packing cell writes into requests", () => {
  it("fills each request under the budget before the next, cutting between rows, losing none", () => {
    const writes = [
      { top: 0, left: 0, rows: rowsOf(3) },
      { top: 10, left: 2, rows: rowsOf(100, 3) },
    ];
    const budget = 1_000;
    const requests = packRows(writes, budget);
    expect(requests.length).toBeGreaterThan(2);
    for (const request of requests) {
      const bytes = request.reduce((n, p) => n + p.bytes, 0);
      expect(bytes).toBeLessThanOrEqual(budget);
      expect(request.every((p) => jsonSize(p.rows) <= p.bytes)).toBe(true);
    }
    // The first request holds the small write and the start of the large one.
    expect(requests[0].map((p) => [p.top, p.left])).toEqual([
      [0, 0],
      [10, 2],
    ]);
    const pieces = requests.flat();
    expect(pieces.flatMap((p) => p.rows)).toEqual([...writes[0].rows, ...writes[1].rows]);
    const large = pieces.filter((p) => p.left === 2);
    expect(large.map((p) => p.top)).toEqual(
      large.map((_, i) => 10 + large.slice(0, i).reduce((n, p) => n + p.rows.length, 0))
    );
  });

  it("gives a row larger than the budget a request of its own", () => {
    const rows = [["a"], ["x".repeat(500)], ["b"]];
    const requests = packRows([{ top: 0, left: 0, rows }], 100);
    expect(requests.map((r) => r.map((p) => p.rows))).toEqual([
      [[["a"]]],
      [[["x".repeat(500)]]],
      [[["b"]]],
    ]);
  });

  it("leaves room for what follows the cells, or gives it a request of its own", () => {
    const writes = [{ top: 0, left: 0, rows: rowsOf(5) }];
    const bytes = packRows(writes, 10_000)[0].reduce((n, p) => n + p.bytes, 0);
    expect(packRows(writes, 10_000, 10_000 - bytes)).toHaveLength(1);
    const apart = packRows(writes, 10_000, 10_000 - bytes + 1);
    expect(apart.map((r) => r.length)).toEqual([1, 0]);
    expect(packRows([], 10_000, 500)).toEqual([[]]);
  });
});
