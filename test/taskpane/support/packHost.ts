/** A scriptable WorkbookHost for the Pack tab: records the plans applied and the ranges selected. */
import type { ApplyResult, ReadProgress, WorkbookHost } from "../../../src/workbook/host";
import type { WritePlan } from "../../../src/workbook/plan";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import sampleJson from "../../../seeds/llr-m7-sample.snapshot.json";

export const sample = sampleJson as unknown as WorkbookSnapshot;

export interface PackHost extends WorkbookHost {
  readonly plans: WritePlan[];
  readonly selections: { sheet: string; address: string }[];
  readonly reads: number;
}

export interface PackHostOptions {
  readonly kind?: WorkbookHost["kind"];
  readonly snapshot?: WorkbookSnapshot;
  /** Each read takes the next snapshot, the last one repeating (a workbook that changes). */
  readonly snapshots?: readonly WorkbookSnapshot[];
  readonly readError?: unknown;
  /** Fails the read with this error from the given read on (1-based). */
  readonly readErrorFrom?: number;
  readonly applyError?: unknown;
  readonly selectError?: unknown;
  /** What applyPlan answers; default: the plan's own sheet names, no messages. */
  readonly applyResult?: (plan: WritePlan) => ApplyResult;
  readonly readProgress?: readonly ReadProgress[];
  readonly applyProgress?: readonly ReadProgress[];
  /** Holds applyPlan until the test resolves it. */
  readonly applyGate?: Promise<void>;
}

export function packHost(options: PackHostOptions = {}): PackHost {
  const plans: WritePlan[] = [];
  const selections: { sheet: string; address: string }[] = [];
  let reads = 0;
  return {
    kind: options.kind ?? "excel",
    plans,
    selections,
    get reads() {
      return reads;
    },
    async readSnapshot(onProgress) {
      reads++;
      for (const p of options.readProgress ?? []) onProgress?.(p);
      if (options.readError !== undefined && reads >= (options.readErrorFrom ?? 1))
        throw options.readError;
      const list = options.snapshots;
      if (list && list.length > 0) return list[Math.min(reads, list.length) - 1];
      return options.snapshot ?? sample;
    },
    async select(sheet, address) {
      if (options.selectError !== undefined) throw options.selectError;
      selections.push({ sheet, address });
    },
    async applyPlan(plan, onProgress) {
      plans.push(plan);
      for (const p of options.applyProgress ?? []) onProgress?.(p);
      if (options.applyGate) await options.applyGate;
      if (options.applyError !== undefined) throw options.applyError;
      return options.applyResult
        ? options.applyResult(plan)
        : { sheets: plan.sheets.map((s) => s.name), messages: [] };
    },
    async highlight() {},
    async clearHighlights() {
      return 0;
    },
  };
}

/** The sample with one organisation renamed everywhere it is written, e.g. to check order and choices. */
export function renameOrganisation(
  snapshot: WorkbookSnapshot,
  from: string,
  to: string
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      values: s.values.map((row) => row.map((v) => (v === from ? to : v))),
    })),
  };
}
