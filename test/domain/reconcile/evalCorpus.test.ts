/**
 * A small fixed evaluation corpus (the generator of `npm run eval`, fewer and smaller workbooks):
 * every code must reach 0.95 precision and recall, and workbooks with nothing planted must raise
 * nothing at all.
 */
import { buildCorpus } from "../../../scripts/eval/corpus";
import { score } from "../../../scripts/eval/score";
import { FINDING_CODES } from "../../../src/domain/reconcile/codes";
import { reconcile } from "../../../src/domain/reconcile";

describe("evaluation corpus", () => {
  const report = score(buildCorpus({ seed: 11, workbooks: 60, staffRows: [40, 120] }));

  it("plants every code", () => {
    for (const spec of FINDING_CODES) {
      const s = report.scores.find((x) => x.code === spec.code)!;
      expect({ code: spec.code, enough: s.planted >= 20 }).toEqual({
        code: spec.code,
        enough: true,
      });
    }
  });

  it.each(FINDING_CODES.map((s) => [s.code]))("%s: precision and recall at least 0.95", (code) => {
    const s = report.scores.find((x) => x.code === code)!;
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("tells whether the PFR followed each recoding it finds", () => {
    expect(report.pfrFollows.right / report.pfrFollows.of).toBeGreaterThanOrEqual(0.95);
  });

  it("finds nothing in workbooks with nothing planted, bar a rare small recoding false alarm", () => {
    const clean = buildCorpus({ seed: 12, workbooks: 30, staffRows: [100, 200], plant: [] });
    const findings = clean.flatMap((wb) =>
      reconcile(wb.snapshot).findings.map((f) => ({ name: wb.name, code: f.code, wte: f.wte }))
    );
    // Staff rows and pay that follows WTE raise nothing, by construction.
    expect(findings.filter((f) => f.code !== "RECODING_SHIFT")).toEqual([]);
    // Month-to-month noise can line two groups up by chance: about one small move in 100 workbooks
    // on the full corpus (scripts/eval), never a large one.
    expect(findings.length).toBeLessThanOrEqual(clean.length / 10);
    for (const f of findings) expect(f.wte).toBeLessThan(20);
  });

  it("is the same corpus every time (fixed seed)", () => {
    const a = buildCorpus({ seed: 11, workbooks: 2, staffRows: [40, 60] });
    const b = buildCorpus({ seed: 11, workbooks: 2, staffRows: [40, 60] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
