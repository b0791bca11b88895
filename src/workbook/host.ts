/**
 * What a face needs from "the open workbook", whoever provides it: Excel through Office.js, or
 * the browser preview's in-memory workbook. The task pane talks only to this interface.
 */
import type { WorkbookSnapshot } from "./snapshot";
import type { WritePlan } from "./plan";

export interface ReadProgress {
  readonly stage: string;
  /** 0..1 when known. */
  readonly fraction?: number;
}

export interface ApplyResult {
  /** Names of the sheets written, after any renaming to avoid the user's own sheets. */
  readonly sheets: readonly string[];
  readonly messages: readonly string[];
}

export interface WorkbookHost {
  /** "excel" inside Office, "preview" in a plain browser. */
  readonly kind: "excel" | "preview";
  readSnapshot(onProgress?: (p: ReadProgress) => void): Promise<WorkbookSnapshot>;
  /** Selects a cell or range (A1 style) on a sheet and brings it into view. */
  select(sheet: string, address: string): Promise<void>;
  applyPlan(plan: WritePlan, onProgress?: (p: ReadProgress) => void): Promise<ApplyResult>;
}
