/**
 * Excel on the web refuses a request over 5 MB: the findings sheet of a 100,000-row Staff sheet
 * is written in requests under the budget, with progress, and still all or nothing.
 */
import sampleJson from "../../seeds/llr-m7-sample.snapshot.json";
import { reconcile, type ReconcileResult } from "../../src/domain/reconcile";
import { findingsPlan } from "../../src/domain/reconcile/findingsSheet";
import { applyPlan } from "../../src/excel/write/applyPlan";
import { createExcelSession } from "../../src/excel/session";
import type { ReadProgress } from "../../src/workbook/host";
import type { WritePlan } from "../../src/workbook/plan";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { fakeExcel, type FakeExcel } from "./fakeExcel";

const ROWS = 100_000;
/** Writing and checking 1.3 million cells takes seconds on a busy machine: room, not a budget. */
const SLOW = 120_000;

/**
 * The sample's own staff-level findings (554 of them, from its 26,361-row Staff sheet), repeated
 * down a 100,000-row Staff sheet: real wording and shape, at the size of a large provider.
 */
function largeFindings(): ReconcileResult {
  const result = reconcile(sampleJson as unknown as WorkbookSnapshot);
  const staff = result.findings.filter((f) => f.row !== undefined);
  const findings = Array.from({ length: ROWS }, (_, i) => {
    const f = staff[i % staff.length];
    const row = i + 1;
    return { ...f, row, cells: f.cells.map((c) => c.replace(/\d+$/, String(row + 1))) };
  });
  return { ...result, findings };
}

let plan: WritePlan;
beforeAll(() => {
  plan = findingsPlan(largeFindings(), { maxRows: ROWS });
}, SLOW);

function write(fake: FakeExcel, onProgress?: (p: ReadProgress) => void) {
  return applyPlan(fake.newContext(), createExcelSession(fake.requirements), plan, onProgress);
}

const STAFF = {
  name: "Staff",
  used: "A1:B2",
  values: [
    ["Assignment", "WTE"],
    ["20040709", 0.6],
  ],
};

describe("a 100,000-row findings sheet on Excel on the web", () => {
  it(
    "is written in requests under 5 MB, one sync each, with progress",
    async () => {
      const fake = fakeExcel({ sheets: [STAFF] }, { flavour: "web" });
      const progress: ReadProgress[] = [];
      const result = await write(fake, (p) => progress.push(p));
      expect(result.sheets).toEqual(["LLR Coding Mismatches"]);

      const writes = fake.syncLog.filter((s) => s.requestBytes > 0);
      expect(writes.length).toBeGreaterThan(5);
      expect(fake.syncLog.every((s) => s.outcome === "ok" && s.requestBytes <= 5_000_000)).toBe(
        true
      );
      const total = writes.reduce((n, s) => n + s.requestBytes, 0);
      expect(total).toBeGreaterThan(5_000_000 * 5); // so the split is needed, not an accident
      expect(progress.map((p) => p.stage)).toContain(
        `Writing values and formulas (part 2 of ${writes.length})`
      );

      // Every row arrived, in its place, under the table that covers them all.
      const table = fake.model.tables.find((t) => t.name === "LLR_CodingFindings")!;
      const [, first, last] = /^A(\d+):M(\d+)$/.exec(table.address)!.map(Number);
      expect(last - first).toBe(ROWS);
      const block = plan.sheets[0].blocks.find((b) => b.rows.length === ROWS + 1)!;
      const lastRow = block.rows[ROWS] as readonly unknown[];
      expect(fake.read("LLR Coding Mismatches", `A${last}:C${last}`)).toEqual([
        lastRow.slice(0, 3),
      ]);
    },
    SLOW
  );

  it(
    "fails part-way through the parts and leaves the workbook as it was",
    async () => {
      const fake = fakeExcel({ sheets: [STAFF] }, { flavour: "web" });
      const before = fake.state();
      fake.failAt(4, "GeneralException", 1);
      await expect(write(fake)).rejects.toThrow(/^Nothing was changed/);
      expect(fake.state()).toEqual(before);
    },
    SLOW
  );
});
