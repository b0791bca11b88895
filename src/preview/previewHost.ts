/**
 * The WorkbookHost of the browser preview: an in-memory workbook the task pane can read, select
 * in and write plans to, with a tiny store (subscribe/getState) so the sheet viewer can show it.
 */
import type { ApplyResult, ReadProgress, WorkbookHost } from "../workbook/host";
import type { WritePlan } from "../workbook/plan";
import type { HighlightPlan } from "../workbook/highlight";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import {
  emptyGrid,
  gridFromSnapshot,
  gridToSnapshot,
  planNumberFormats,
  writeBlock,
  type SheetGrid,
} from "./sheetGrid";
import { parseAddress, type CellRect } from "./selection";
import { findSheetIndex } from "./sheetNames";
import { applyGridHighlights, clearGridHighlights } from "./highlights";
import { candidateSheetNames, chooseSheetTarget } from "../workbook/ownership";
import { PREVIEW_WORKBOOKS, type PreviewWorkbookId } from "./workbookChoices";
import { nameTables } from "./tableNames";

export interface PreviewSelection {
  readonly sheet: string;
  readonly address: string;
  readonly rect: CellRect;
}

export interface PreviewState {
  readonly workbookId: PreviewWorkbookId;
  readonly source: string;
  readonly sheets: readonly SheetGrid[];
  /** The workbook's own defined names (the add-in's owner markers are on their sheets). */
  readonly definedNames: readonly string[];
  /** The workbook's date system, handed on with every read (absent means 1900). */
  readonly dateSystem?: WorkbookSnapshot["dateSystem"];
  readonly selection: PreviewSelection | null;
  /** Bumped on every change, so views can key on it. */
  readonly version: number;
}

export interface PreviewHost extends WorkbookHost {
  readonly kind: "preview";
  getState(): PreviewState;
  subscribe(listener: () => void): () => void;
  /** Replaces the open workbook (the user picked another sample). */
  openWorkbook(id: PreviewWorkbookId): void;
}

/** A workbook the preview opens: a snapshot, and the defined names a table may not take. */
export type PreviewWorkbook = WorkbookSnapshot & { readonly definedNames?: readonly string[] };

export interface PreviewHostOptions {
  readonly workbook?: PreviewWorkbookId;
  /** Where workbooks come from: the samples in the page (sampleWorkbooks.ts), or a test's own. */
  readonly open: (id: PreviewWorkbookId) => PreviewWorkbook;
}

/** Lets the browser paint progress between steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function labelOf(id: PreviewWorkbookId): string {
  return PREVIEW_WORKBOOKS.find((w) => w.id === id)?.label ?? id;
}

export function createPreviewHost(options: PreviewHostOptions): PreviewHost {
  const open = options.open;
  const listeners = new Set<() => void>();
  let state: PreviewState = stateFor(options.workbook ?? "sample", 0);

  function stateFor(id: PreviewWorkbookId, version: number): PreviewState {
    const snapshot = open(id);
    const sheets = snapshot.sheets.map(gridFromSnapshot);
    const first = sheets.find((s) => !s.hidden) ?? sheets[0];
    return {
      workbookId: id,
      source: snapshot.source ?? labelOf(id),
      sheets,
      definedNames: snapshot.definedNames ?? [],
      ...(snapshot.dateSystem ? { dateSystem: snapshot.dateSystem } : {}),
      selection: first
        ? { sheet: first.name, address: "A1", rect: { top: 0, left: 0, bottom: 0, right: 0 } }
        : null,
      version,
    };
  }

  function update(next: Omit<PreviewState, "version">): void {
    state = { ...next, version: state.version + 1 };
    listeners.forEach((l) => l());
  }

  return {
    kind: "preview",
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openWorkbook(id) {
      update(stateFor(id, state.version));
    },

    async readSnapshot(onProgress?: (p: ReadProgress) => void): Promise<WorkbookSnapshot> {
      const { sheets, source, dateSystem } = state;
      const out = [];
      for (let i = 0; i < sheets.length; i++) {
        onProgress?.({ stage: `Reading ${sheets[i].name}`, fraction: i / sheets.length });
        await nextTask();
        out.push(gridToSnapshot(sheets[i]));
      }
      onProgress?.({ stage: "Read all sheets", fraction: 1 });
      return { source: `Preview: ${source}`, sheets: out, ...(dateSystem ? { dateSystem } : {}) };
    },

    async select(sheet: string, address: string): Promise<void> {
      const index = findSheetIndex(
        state.sheets.map((s) => s.name),
        sheet
      );
      if (index < 0) throw new Error(`There is no sheet named "${sheet}" in this workbook.`);
      const parsed = parseAddress(address.trim() === "" ? "A1" : address);
      if (!parsed)
        throw new Error(`"${address}" is not a cell address on sheet ${state.sheets[index].name}.`);
      update({
        ...state,
        selection: { sheet: state.sheets[index].name, address: parsed.address, rect: parsed.rect },
      });
    },

    async applyPlan(plan: WritePlan, onProgress?: (p: ReadProgress) => void): Promise<ApplyResult> {
      let sheets = [...state.sheets];
      let selection = state.selection;
      const written: string[] = [];
      const messages: string[] = [];
      for (let i = 0; i < plan.sheets.length; i++) {
        const sheetPlan = plan.sheets[i];
        onProgress?.({ stage: `Writing ${sheetPlan.name}`, fraction: i / plan.sheets.length });
        await nextTask();
        // The same ownership rule as the Excel and file adapters: never write over a sheet the
        // add-in did not make; its own sheet (same marker) is replaced.
        const target = chooseSheetTarget(
          sheetPlan.name,
          candidateSheetNames(sheetPlan.name).map((name) => {
            const found =
              sheets[
                findSheetIndex(
                  sheets.map((s) => s.name),
                  name
                )
              ];
            const owned =
              found !== undefined &&
              sheetPlan.ownerMarker !== undefined &&
              found.ownerMarker === sheetPlan.ownerMarker;
            return { name: found?.name ?? name, exists: found !== undefined, owned };
          })
        );
        if (!target.ok) throw new Error(target.message);
        if (target.message) messages.push(target.message);
        const name = target.name;
        const existing = findSheetIndex(
          sheets.map((s) => s.name),
          name
        );
        // The same table-name policy as Excel and files; a refusal throws before any update.
        const tables = nameTables(
          sheetPlan.tables ?? [],
          name,
          {
            sheets,
            replaced: target.replaces ? existing : -1,
            definedNames: state.definedNames,
          },
          messages
        );
        let grid: SheetGrid = {
          ...emptyGrid(name, sheetPlan.ownerMarker),
          tables,
          charts: sheetPlan.charts ?? [],
          numberFormats: planNumberFormats(sheetPlan.formats),
        };
        for (const block of sheetPlan.blocks) grid = writeBlock(grid, block.at, block.rows);
        if (target.replaces && existing >= 0) sheets[existing] = grid;
        else sheets = [...sheets, grid];
        written.push(name);
        if (sheetPlan.activate)
          selection = {
            sheet: name,
            address: "A1",
            rect: { top: 0, left: 0, bottom: 0, right: 0 },
          };
      }
      onProgress?.({ stage: "Written", fraction: 1 });
      update({ ...state, sheets, selection });
      return { sheets: written, messages };
    },

    async highlight(plans: readonly HighlightPlan[]): Promise<void> {
      if (plans.length === 0) return;
      await nextTask();
      update({ ...state, sheets: applyGridHighlights(state.sheets, plans) });
    },

    async clearHighlights(marker: string): Promise<number> {
      await nextTask();
      const { sheets, removed } = clearGridHighlights(state.sheets, marker);
      if (removed > 0) update({ ...state, sheets });
      return removed;
    },
  };
}
