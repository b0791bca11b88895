/**
 * What a face needs from "the open workbook", whoever provides it: Excel through Office.js, or
 * the browser preview's in-memory workbook. The task pane talks only to this interface.
 */
import type { WorkbookSnapshot } from "./snapshot";
import type { WritePlan } from "./plan";
import type { HighlightPlan } from "./highlight";

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
  /**
   * Marks cells with conditional formats the add-in owns (see highlight.ts). Removes every
   * highlight of the plans' markers first, on every sheet, so highlighting again replaces
   * rather than piles up. Fails, changing nothing, when a plan's sheet is missing or protected.
   */
  highlight(plans: readonly HighlightPlan[]): Promise<void>;
  /**
   * Removes the add-in's highlights of this marker from every sheet, and nothing else: the
   * user's own conditional formats and fills stay. Resolves to how many highlight formats were
   * removed (0 when there were none).
   */
  clearHighlights(marker: string): Promise<number>;
}
