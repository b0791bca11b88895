/**
 * A strict fake Excel for the Office.js adapter's tests (the machinery is in ./fake/):
 *
 * - client objects learn nothing before a sync: reading a property that was not loaded and
 *   synced throws PropertyNotLoaded, and `isNullObject` is readable only after a sync;
 * - operations are queued and run in order at `context.sync()`; a failure keeps what ran before
 *   it (Excel has no rollback), and a test can inject any error code at sync N, after the first
 *   K operations of that batch;
 * - every member is checked against the ExcelApi version the fake is given (ApiNotFound);
 * - the web flavour refuses a request or response over 5 MB of values and formulas;
 * - the workbook (sheets, cells, names, tables, charts, formats) can be read back as plain data.
 */
import { a1Range } from "../../src/workbook/a1";
import { parseRange } from "../../src/workbook/rangeRef";
import { FakeContext } from "./fake/client";
import { CLASSES } from "./fake/classes";
import {
  emptySheet,
  readGrid,
  seedGrid,
  newId,
  type SheetModel,
  type WorkbookModel,
} from "./fake/model";
import { FakeRuntime, type FakeOptions, type SyncRecord } from "./fake/runtime";
import { workbookState, type WorkbookState } from "./fake/state";
import { findSheet } from "./fake/workbookOps";

export type { FakeOptions, SyncRecord, WorkbookState };

export interface FakeConditionalFormat {
  /** Excel.ConditionalFormatType: "Custom", "CellValue", "ColorScale", ... */
  readonly type: string;
  /** The rule formula of a "Custom" format. */
  readonly formula?: string;
  readonly address: string;
}

export interface FakeName {
  readonly name: string;
  readonly formula: string;
}

export interface FakeSheet {
  readonly name: string;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** The used range's address without the sheet, e.g. "B2:D4"; absent for an empty sheet. */
  readonly used?: string;
  readonly values?: unknown[][];
  /** Defaults to the values. */
  readonly formulas?: unknown[][];
  readonly conditionalFormats?: readonly FakeConditionalFormat[];
  readonly protected?: boolean;
  /** Sheet-scoped defined names. */
  readonly names?: readonly FakeName[];
}

export interface FakeTable {
  readonly name: string;
  readonly sheet: string;
  readonly range?: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly FakeSheet[];
  readonly names?: readonly FakeName[];
  readonly tables?: readonly FakeTable[];
  readonly dateSystem?: 1900 | 1904;
}

export interface FakeExcel {
  /** Use as the `Excel` global: `run(cb)` gives cb a new context and syncs what is left queued. */
  readonly excel: { run<T>(cb: (context: any) => Promise<T>): Promise<T> };
  /** A context for calling the adapter's functions directly. */
  readonly context: any;
  newContext(): any;
  readonly runtime: FakeRuntime;
  readonly model: WorkbookModel;
  /** Office.context.requirements as this Excel answers. */
  readonly requirements: FakeRuntime["requirements"];
  readonly syncCount: number;
  readonly syncLog: readonly SyncRecord[];
  /** Fails sync n (counted from 1 over every context) with the code, after `afterOps` operations. */
  failAt(sync: number, code?: string, afterOps?: number): void;
  /** The workbook now, as plain data. */
  state(): WorkbookState;
  sheet(name: string): SheetModel | undefined;
  /** A range of a sheet as `values` or `formulas` would read it. */
  read(sheet: string, address: string, which?: "values" | "formulas"): unknown[][];
  /** The workbook as a spec, to open it again in a new fake ("save and reopen"). */
  saved(): WorkbookSpec;
}

function savedSpec(model: WorkbookModel): WorkbookSpec {
  return {
    dateSystem: model.dateSystem,
    sheets: model.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      names: s.names.map((n) => ({ ...n })),
      conditionalFormats: s.conditionalFormats.map((cf) => ({
        type: cf.type,
        address: cf.address,
        ...(cf.formula !== null ? { formula: cf.formula } : {}),
      })),
      ...(s.used
        ? {
            used: a1Range(s.used.top, s.used.left, s.used.bottom, s.used.right),
            values: readGrid(s, s.used, "values"),
            formulas: readGrid(s, s.used, "formulas"),
          }
        : {}),
    })),
    names: model.names.map((n) => ({ ...n })),
    tables: model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, range: t.address })),
  };
}

function seedModel(spec: WorkbookSpec): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    names: (spec.names ?? []).map((n) => ({ ...n })),
    tables: [],
    activeSheet: null,
    selection: null,
    dateSystem: spec.dateSystem ?? 1900,
    nextId: 0,
  };
  for (const s of spec.sheets) {
    const sheet = emptySheet(model, s.name);
    sheet.visibility = s.visibility ?? "Visible";
    sheet.protected = s.protected ?? false;
    sheet.names.push(...(s.names ?? []).map((n) => ({ ...n })));
    sheet.conditionalFormats.push(
      ...(s.conditionalFormats ?? []).map((cf) => ({
        type: cf.type,
        address: cf.address,
        formula: cf.formula ?? null,
        fill: null,
      }))
    );
    if (s.used) {
      const rect = parseRange(s.used);
      if (!rect) throw new Error(`fake: "${s.used}" is not a range`);
      seedGrid(sheet, rect, s.values ?? [], s.formulas ?? s.values ?? []);
    }
    model.sheets.push(sheet);
  }
  for (const t of spec.tables ?? []) {
    const sheet = findSheet(model, t.sheet);
    if (!sheet) throw new Error(`fake: table ${t.name} is on a sheet that is not in the spec`);
    model.tables.push({
      id: newId(model, "table"),
      name: t.name,
      sheet,
      address: t.range ?? "A1",
      style: "TableStyleMedium2",
    });
  }
  model.activeSheet = model.sheets.find((s) => s.visibility === "Visible") ?? null;
  return model;
}

export function fakeExcel(spec: WorkbookSpec, options: FakeOptions = {}): FakeExcel {
  const model = seedModel(spec);
  const runtime = new FakeRuntime(model, options);
  const newContext = () => new FakeContext(runtime, CLASSES);
  return {
    excel: {
      async run<T>(cb: (context: any) => Promise<T>): Promise<T> {
        const context = newContext();
        const result = await cb(context);
        // Excel.run syncs whatever the callback left queued.
        if (context.queue.length > 0) await context.sync();
        return result;
      },
    },
    context: newContext(),
    newContext,
    runtime,
    model,
    requirements: runtime.requirements,
    get syncCount() {
      return runtime.syncCount;
    },
    syncLog: runtime.syncLog,
    failAt: (sync, code, afterOps) => runtime.failAt(sync, code, afterOps),
    state: () => workbookState(model),
    sheet: (name) => findSheet(model, name),
    read(sheet, address, which = "values") {
      const found = findSheet(model, sheet);
      const rect = parseRange(address);
      if (!found || !rect) throw new Error(`fake: no range ${sheet}!${address}`);
      return readGrid(found, rect, which);
    },
    saved: () => savedSpec(model),
  };
}
