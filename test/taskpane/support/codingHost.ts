/** A scriptable WorkbookHost for the Coding tab: records plans, highlights, clears and selections. */
import type { ApplyResult, ReadProgress, WorkbookHost } from "../../../src/workbook/host";
import type { HighlightPlan } from "../../../src/workbook/highlight";
import type { WritePlan } from "../../../src/workbook/plan";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";

export interface CodingHost extends WorkbookHost {
  readonly reads: number;
  readonly plans: WritePlan[];
  readonly highlights: (readonly HighlightPlan[])[];
  readonly clears: string[];
  readonly selections: { sheet: string; address: string }[];
}

export interface CodingHostOptions {
  readonly snapshot: WorkbookSnapshot;
  readonly readError?: unknown;
  readonly readProgress?: readonly ReadProgress[];
  readonly selectError?: unknown;
  readonly applyError?: unknown;
  readonly applyResult?: (plan: WritePlan) => ApplyResult;
  readonly highlightError?: unknown;
  readonly clearError?: unknown;
  /** What clearHighlights answers (default: 0). */
  readonly removed?: number;
  /** Holds every call until the test resolves it. */
  readonly gate?: Promise<void>;
}

export function codingHost(options: CodingHostOptions): CodingHost {
  const plans: WritePlan[] = [];
  const highlights: (readonly HighlightPlan[])[] = [];
  const clears: string[] = [];
  const selections: { sheet: string; address: string }[] = [];
  let reads = 0;
  const wait = async () => {
    if (options.gate) await options.gate;
  };
  return {
    kind: "excel",
    plans,
    highlights,
    clears,
    selections,
    get reads() {
      return reads;
    },
    async readSnapshot(onProgress) {
      reads++;
      for (const p of options.readProgress ?? []) onProgress?.(p);
      await wait();
      if (options.readError !== undefined) throw options.readError;
      return options.snapshot;
    },
    async select(sheet, address) {
      if (options.selectError !== undefined) throw options.selectError;
      selections.push({ sheet, address });
    },
    async applyPlan(plan) {
      plans.push(plan);
      await wait();
      if (options.applyError !== undefined) throw options.applyError;
      return options.applyResult
        ? options.applyResult(plan)
        : { sheets: plan.sheets.map((s) => s.name), messages: [] };
    },
    async highlight(p) {
      highlights.push(p);
      await wait();
      if (options.highlightError !== undefined) throw options.highlightError;
    },
    async clearHighlights(marker) {
      clears.push(marker);
      await wait();
      if (options.clearError !== undefined) throw options.clearError;
      return options.removed ?? 0;
    },
  };
}
