/**
 * An office-addin-mock workbook for the Excel adapter's tests.
 *
 * office-addin-mock keeps load/sync semantics (a property read before load+sync is an error
 * string, so a missing load shows up as a wrong value) but has no collections and no methods:
 * those are plain functions here, looking sheets, names and tables up by name (toolchain §4.1).
 * Objects the code only writes to (added sheets, ranges, tables, charts) are plain recorders.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface FakeSheet {
  readonly name: string;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** The used range's address without the sheet, e.g. "B2:D4"; absent for an empty sheet. */
  readonly used?: string;
  readonly values?: unknown[][];
  readonly formulas?: unknown[][];
  /** Conditional formats already on the sheet (the user's, or the add-in's from an earlier run). */
  readonly conditionalFormats?: readonly FakeConditionalFormat[];
  readonly protected?: boolean;
}

export interface FakeConditionalFormat {
  /** Excel.ConditionalFormatType: "Custom", "CellValue", "ColorScale", ... */
  readonly type: string;
  /** The rule formula of a "Custom" format. */
  readonly formula?: string;
  readonly address: string;
}

/** A conditional format the code added through sheet.getRanges(area).conditionalFormats.add(type). */
export interface AddedConditionalFormat {
  readonly sheet: string;
  readonly address: string;
  readonly type: string;
  readonly formula: unknown;
  readonly fill: unknown;
}

export interface FakeName {
  readonly name: string;
  readonly formula: string;
}

export interface FakeTable {
  readonly name: string;
  readonly sheet: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly FakeSheet[];
  readonly names?: readonly FakeName[];
  readonly tables?: readonly FakeTable[];
}

export interface RangeRecord {
  readonly address: string;
  formulas?: unknown[][];
  values?: unknown[][];
  numberFormat?: unknown[][];
  format: {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    columnWidth?: number;
    wrapText?: boolean;
    horizontalAlignment?: string;
  };
  dataValidation: Record<string, unknown>;
  selected?: boolean;
}

export interface WrittenSheet {
  readonly name: string;
  position?: number;
  visibility?: string;
  activated?: boolean;
  readonly ranges: RangeRecord[];
  readonly tables: { address: string; hasHeaders: boolean; name?: string; style?: string }[];
  readonly charts: Record<string, unknown>[];
  freeze?: { kind: string; arg: unknown };
}

export interface FakeExcel {
  /** Use as the `Excel` global: has `run(cb)` and `context`. */
  readonly excel: any;
  readonly context: any;
  readonly syncs: jest.SpyInstance;
  readonly added: WrittenSheet[];
  readonly deletedSheets: string[];
  readonly addedNames: { name: string; reference: string }[];
  readonly deletedNames: string[];
  readonly chunkReads: { row: number; col: number; rows: number; cols: number }[];
  readonly calls: { suspendCalculation: number; activated: string[]; selected: string[] };
  /** Conditional formats deleted, as "<sheet>#<index in its spec>". */
  readonly deletedFormats: string[];
  /** Conditional formats added, with what was set on them (read when called). */
  addedFormats(): AddedConditionalFormat[];
  /** Every sheet's conditional formats now: the spec's minus those deleted, plus those added. */
  formatsNow(): { sheet: string; type: string; formula: unknown; address: string }[];
}

/**
 * office-addin-mock has no collections: a hand-made `load` that hands "items/<path>" to every
 * item (mock nodes of the same tree, so sync() reaches them) and an `items` array.
 */
function makeCollection(node: any, items: any[]): void {
  node.items = items;
  node.load = function (props: string) {
    const paths = props
      .split(",")
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter((p) => p !== "");
    for (const item of items) item.load(paths.join(","));
    return node;
  };
}

function rangeRecord(address: string): RangeRecord {
  return { address, format: { font: {}, fill: {} }, dataValidation: {} };
}

function parseCell(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)/.exec(address.replace(/\$/g, ""))!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function writtenSheet(
  name: string,
  calls: FakeExcel["calls"]
): WrittenSheet & Record<string, unknown> {
  const sheet: WrittenSheet & Record<string, any> = {
    name,
    ranges: [],
    tables: [],
    charts: [],
    getRange(address: string) {
      const r = rangeRecord(address) as RangeRecord & Record<string, unknown>;
      r.select = () => {
        r.selected = true;
        calls.selected.push(`${name}!${address}`);
      };
      sheet.ranges.push(r);
      return r;
    },
    getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
      const r = sheet.getRange(`R${row}C${col}:${rows}x${cols}`);
      r.getEntireColumn = () => sheet.getRange(`column ${col}`);
      return r;
    },
    activate() {
      sheet.activated = true;
      calls.activated.push(name);
    },
  };
  (sheet.tables as any).add = (address: string, hasHeaders: boolean) => {
    const t = { address, hasHeaders };
    sheet.tables.push(t);
    return t;
  };
  (sheet.charts as any).add = (type: string, source: RangeRecord, seriesBy: string) => {
    const newSeries = (name: string, values?: string) => {
      const s: Record<string, any> = {
        name,
        values,
        setValues: (r: RangeRecord) => (s.values = r.address),
        setXAxisValues: (r: RangeRecord) => (s.categories = r.address),
      };
      return s;
    };
    const series: Record<string, any>[] = [newSeries("", source.address)];
    const c: Record<string, any> = {
      type,
      source: source.address,
      seriesBy,
      seriesList: series,
      series: {
        getItemAt: (i: number) => series[i],
        add: (name: string) => {
          const s = newSeries(name);
          series.push(s);
          return s;
        },
      },
      title: {},
      legend: {},
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      setPosition(at: string) {
        c.at = at;
      },
    };
    sheet.charts.push(c);
    return c;
  };
  sheet.freezePanes = {
    freezeAt: (arg: unknown) => (sheet.freeze = { kind: "at", arg }),
    freezeRows: (arg: unknown) => (sheet.freeze = { kind: "rows", arg }),
    freezeColumns: (arg: unknown) => (sheet.freeze = { kind: "columns", arg }),
  };
  return sheet;
}

export function fakeExcel(spec: WorkbookSpec): FakeExcel {
  const added: WrittenSheet[] = [];
  const deletedSheets: string[] = [];
  const addedNames: { name: string; reference: string }[] = [];
  const deletedNames: string[] = [];
  const chunkReads: FakeExcel["chunkReads"] = [];
  const calls = { suspendCalculation: 0, activated: [] as string[], selected: [] as string[] };
  const deletedFormats: string[] = [];
  const addedFormatRecords: any[] = [];
  const sheetKey = new Map(spec.sheets.map((s, i) => [s.name.toUpperCase(), `s${i}`]));
  const nameKey = new Map((spec.names ?? []).map((n, i) => [n.name.toUpperCase(), `n${i}`]));
  const tableKey = new Map((spec.tables ?? []).map((t, i) => [t.name.toUpperCase(), `t${i}`]));
  let mock: any;
  const worksheets = () => mock.context.workbook.worksheets;

  const sheetNodes: Record<string, any> = {};
  spec.sheets.forEach((s, i) => {
    const node: any = {
      name: s.name,
      visibility: s.visibility ?? "Visible",
      position: i,
      used: {
        address: s.used ? `'${s.name}'!${s.used}` : "",
        values: s.values ?? [],
        formulas: s.formulas ?? s.values ?? [],
      },
      chunk: { address: "", values: [], formulas: [] },
      protection: { protected: s.protected ?? false },
      whole: {
        conditionalFormats: Object.fromEntries(
          (s.conditionalFormats ?? []).map((cf, k) => [
            `c${k}`,
            {
              type: cf.type,
              // Office.js answers customOrNullObject of a non-custom format with a null object.
              customOrNullObject: {
                rule: { formula: cf.type === "Custom" ? (cf.formula ?? "") : "" },
              },
              ...(cf.type === "Custom" ? { custom: { rule: { formula: cf.formula ?? "" } } } : {}),
              delete() {
                deletedFormats.push(`${s.name}#${k}`);
              },
            },
          ])
        ),
      },
      getRange(address?: string) {
        if (address !== undefined)
          throw new Error("the fake's seeded sheets only give the whole-sheet range");
        return this.whole;
      },
      getRanges(address: string) {
        const record: any = {
          sheet: s.name,
          address,
          type: "",
          custom: { rule: {}, format: { fill: {} } },
        };
        addedFormatRecords.push(record);
        return {
          address,
          conditionalFormats: {
            add(type: string) {
              record.type = type;
              return record;
            },
          },
        };
      },
      getUsedRangeOrNullObject(valuesOnly: boolean) {
        if (valuesOnly !== true)
          throw new Error("the adapter must ask for the values-only used range");
        return s.used ? this.used : worksheets().nullRange;
      },
      getNextOrNullObject() {
        return worksheets()[`s${i + 1}`] ?? worksheets().nullSheet;
      },
      getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
        chunkReads.push({ row, col, rows, cols });
        const origin = parseCell(s.used!);
        const slice = (grid: unknown[][] | undefined) =>
          (grid ?? [])
            .slice(row - origin.row, row - origin.row + rows)
            .map((r) => r.slice(col - origin.col, col - origin.col + cols));
        this.chunk.setValue("values", slice(s.values));
        this.chunk.setValue("formulas", slice(s.formulas ?? s.values));
        return this.chunk;
      },
      delete() {
        deletedSheets.push(s.name);
      },
    };
    sheetNodes[`s${i}`] = node;
  });

  const seed: any = {
    host: "excel",
    context: {
      workbook: {
        worksheets: {
          ...sheetNodes,
          nullSheet: {
            name: "",
            visibility: "",
            position: -1,
            getUsedRangeOrNullObject() {
              return worksheets().nullRange;
            },
            getNextOrNullObject() {
              return this;
            },
          },
          nullRange: { address: "", values: [], formulas: [] },
          getFirst(this: any) {
            return this.s0;
          },
          getItemOrNullObject(this: any, name: string): any {
            return this[sheetKey.get(name.toUpperCase()) ?? "nullSheet"];
          },
          getItem(name: string) {
            const key = sheetKey.get(name.toUpperCase());
            const found = key ? spec.sheets[Number(key.slice(1))] : undefined;
            const sheet = writtenSheet(found?.name ?? name, calls);
            if (!found) (sheet as any).missing = true;
            return sheet;
          },
          add(name: string) {
            const sheet = writtenSheet(name, calls);
            added.push(sheet);
            return sheet;
          },
        },
        names: {
          ...Object.fromEntries(
            (spec.names ?? []).map((n, i) => [
              `n${i}`,
              {
                name: n.name,
                formula: n.formula,
                delete() {
                  deletedNames.push(n.name);
                },
              },
            ])
          ),
          nullName: { name: "", formula: "" },
          getItemOrNullObject(this: any, name: string): any {
            return this[nameKey.get(name.toUpperCase()) ?? "nullName"];
          },
          add(name: string, reference: RangeRecord) {
            const sheet = added.find((s) => s.ranges.includes(reference));
            addedNames.push({ name, reference: `${sheet?.name}!${reference.address}` });
          },
        },
        tables: {
          ...Object.fromEntries(
            (spec.tables ?? []).map((t, i) => [
              `t${i}`,
              { name: t.name, worksheet: { name: t.sheet } },
            ])
          ),
          nullTable: { name: "", worksheet: { name: "" } },
          getItemOrNullObject(this: any, name: string): any {
            return this[tableKey.get(name.toUpperCase()) ?? "nullTable"];
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync() {
          calls.suspendCalculation++;
        },
      },
    },
    run: async function (cb: (context: unknown) => Promise<unknown>) {
      return cb(this.context);
    },
  };

  mock = new OfficeMockObject(seed) as any;
  // isNullObject is loaded by every sync in Office.js, so it is a plain property here.
  const wb = mock.context.workbook;
  spec.sheets.forEach((s, i) => {
    wb.worksheets[`s${i}`].isNullObject = false;
    wb.worksheets[`s${i}`].used.isNullObject = false;
  });
  wb.worksheets.nullSheet.isNullObject = true;
  wb.worksheets.nullRange.isNullObject = true;
  (spec.names ?? []).forEach((_n, i) => (wb.names[`n${i}`].isNullObject = false));
  wb.names.nullName.isNullObject = true;
  (spec.tables ?? []).forEach((_t, i) => (wb.tables[`t${i}`].isNullObject = false));
  wb.tables.nullTable.isNullObject = true;
  makeCollection(
    wb.worksheets,
    spec.sheets.map((_s, i) => wb.worksheets[`s${i}`])
  );
  spec.sheets.forEach((s, i) => {
    const formats = wb.worksheets[`s${i}`].whole.conditionalFormats;
    const items = (s.conditionalFormats ?? []).map((cf, k) => {
      const item = formats[`c${k}`];
      item.customOrNullObject.isNullObject = cf.type !== "Custom";
      return item;
    });
    makeCollection(formats, items);
  });

  const syncs = jest.spyOn(mock.context, "sync");
  return {
    excel: mock,
    context: mock.context,
    syncs,
    added,
    deletedSheets,
    addedNames,
    deletedNames,
    chunkReads,
    calls,
    deletedFormats,
    addedFormats: () =>
      addedFormatRecords.map((r) => ({
        sheet: r.sheet,
        address: r.address,
        type: r.type,
        formula: r.custom.rule.formula,
        fill: r.custom.format.fill.color,
      })),
    formatsNow: () => [
      ...spec.sheets.flatMap((s) =>
        (s.conditionalFormats ?? [])
          .map((cf, k) => ({ key: `${s.name}#${k}`, sheet: s.name, ...cf }))
          .filter((cf) => !deletedFormats.includes(cf.key))
          .map(({ sheet, type, formula, address }) => ({ sheet, type, formula, address }))
      ),
      ...addedFormatRecords.map((r) => ({
        sheet: r.sheet,
        type: r.type,
        formula: r.custom.rule.formula,
        address: r.address,
      })),
    ],
  };
}
