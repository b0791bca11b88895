/**
 * reconcile on random workbooks, with random thresholds: it never throws, never writes to its
 * input, and every finding points at real cells of the workbook with counts that add up.
 */
import fc from "fast-check";
import { DEFAULT_THRESHOLDS, THRESHOLD_SETTINGS, reconcile, type ReconcileThresholds } from "../../src/domain/reconcile";
import { anyNumber, cellValue } from "./arbitraries";
import { findingProblems } from "./invariants";
import { anyWorkbook, deepFreeze } from "./snapshotArbitraries";
import { fuzz, pureRuns } from "./fuzzRunner";

const FILE = "test/hardening/fuzz.reconcile.test.ts";

const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as (keyof ReconcileThresholds)[];

const thresholds = fc.option(
  fc.dictionary(fc.constantFrom(...THRESHOLD_KEYS), fc.oneof(anyNumber, fc.integer({ min: 0, max: 100 }))),
  { nil: undefined }
);

/** Some workbooks also carry the reconciler's own settings rows, with any value. */
const withThresholdSettings = fc
  .tuple(anyWorkbook, fc.array(fc.tuple(fc.constantFrom(...THRESHOLD_SETTINGS.map((s) => s.label)), cellValue), { maxLength: 3 }))
  .map(([snapshot, rows]) =>
    rows.length === 0
      ? snapshot
      : {
          ...snapshot,
          sheets: snapshot.sheets.map((s) =>
            s.name === "Settings" ? { ...s, values: [...s.values, ...rows.map(([k, v]) => [k, v])] } : s
          ),
        }
  );

describe("reconcile", () => {
  it("never throws on any workbook and every finding names real cells", async () => {
    await fuzz(
      FILE,
      fc.property(withThresholdSettings, fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), thresholds, (snapshot, month, t) => {
        deepFreeze(snapshot);
        const result = reconcile(snapshot, {
          ...(month === undefined ? {} : { month }),
          ...(t === undefined ? {} : { thresholds: t as Partial<ReconcileThresholds> }),
        });
        expect(findingProblems(snapshot, result)).toEqual([]);
      }),
      pureRuns(2000)
    );
  });
});
