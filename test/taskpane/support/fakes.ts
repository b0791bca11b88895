/** Test doubles for the task pane: a scriptable WorkbookHost and hand-made issues. */
import type { ApplyResult, ReadProgress, WorkbookHost } from "../../../src/workbook/host";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import type { ValidationIssue } from "../../../src/domain/validation/validate";

export interface FakeHost extends WorkbookHost {
  readonly selections: { sheet: string; address: string }[];
  readonly reads: number;
}

export interface FakeHostOptions {
  readonly snapshot?: WorkbookSnapshot;
  /** Makes readSnapshot reject with this error. */
  readonly readError?: unknown;
  /** Makes select reject with this error. */
  readonly selectError?: unknown;
  readonly progress?: readonly ReadProgress[];
  /** Holds readSnapshot until the test calls release(). */
  readonly gate?: Promise<void>;
}

export const tinySnapshot: WorkbookSnapshot = {
  source: "fake.xlsx",
  sheets: [
    { name: "PWR", origin: { row: 0, col: 0 }, values: [["Organisation"]] },
    { name: "PFR", origin: { row: 0, col: 0 }, values: [["Organisation"]] },
  ],
};

export function fakeHost(options: FakeHostOptions = {}): FakeHost {
  const selections: { sheet: string; address: string }[] = [];
  let reads = 0;
  return {
    kind: "excel",
    selections,
    get reads() {
      return reads;
    },
    async readSnapshot(onProgress?: (p: ReadProgress) => void) {
      reads++;
      for (const p of options.progress ?? []) onProgress?.(p);
      if (options.gate) await options.gate;
      if (options.readError !== undefined) throw options.readError;
      return options.snapshot ?? tinySnapshot;
    },
    async select(sheet: string, address: string) {
      if (options.selectError !== undefined) throw options.selectError;
      selections.push({ sheet, address });
    },
    async applyPlan(): Promise<ApplyResult> {
      return { sheets: [], messages: [] };
    },
    async highlight() {},
    async clearHighlights() {
      return 0;
    },
  };
}

export function issue(
  partial: Partial<ValidationIssue> & Pick<ValidationIssue, "sheet" | "cell">
): ValidationIssue {
  return {
    code: "NOT_A_NUMBER",
    severity: "error",
    message: `${partial.sheet}!${partial.cell}: something to fix`,
    ...partial,
  } as ValidationIssue;
}

/** Four issues over two sheets and both severities. */
export const sampleIssues: readonly ValidationIssue[] = [
  issue({
    code: "NOT_A_NUMBER",
    severity: "error",
    sheet: "PWR",
    cell: "H14",
    message: 'PWR!H14 holds "n/a", not a number.',
  }),
  issue({
    code: "TEXT_NUMBER",
    severity: "warning",
    sheet: "PWR",
    cell: "J9",
    message: "PWR!J9 is a number stored as text.",
  }),
  issue({
    code: "FORMULA_ERROR",
    severity: "error",
    sheet: "PFR",
    cell: "E7",
    message: "PFR!E7 shows #REF!.",
  }),
  issue({
    code: "OUTLIER_CHANGE",
    severity: "warning",
    sheet: "PFR",
    cell: "F12",
    message: "PFR!F12 moved 23% in a month.",
  }),
  issue({
    code: "MISSING_SHEET",
    severity: "error",
    sheet: "Vacancies",
    cell: "",
    message: "There is no sheet Vacancies.",
  }),
];
