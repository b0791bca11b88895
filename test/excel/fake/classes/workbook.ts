/** The workbook, its sheet collection, defined names, tables and worksheet functions. */
import { quoteSheet, columnLetters } from "../../../../src/workbook/a1";
import { parseRange } from "../../../../src/workbook/rangeRef";
import { NULL, type ClassDef } from "../classDef";
import { officeError } from "../errors";
import type { NameModel, RangeTarget, SheetModel, TableModel, WorkbookModel } from "../model";
import { addName, addSheet, addTable, deleteName, findSheet, renameTable } from "../workbookOps";
import { ro, rw } from "./helpers";

interface NamesTarget {
  readonly scope: NameModel[];
}
interface TablesTarget {
  readonly model: WorkbookModel;
  readonly sheet: SheetModel | null;
}

function allScopes(model: WorkbookModel): NameModel[][] {
  return [model.names, ...model.sheets.map((s) => s.names)];
}

/** `='My sheet'!$A$1:$B$2`, as Excel gives a name's formula. */
function absoluteReference(range: RangeTarget): string {
  const { rect } = range;
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const area =
    rect.top === rect.bottom && rect.left === rect.right
      ? cell(rect.top, rect.left)
      : `${cell(rect.top, rect.left)}:${cell(rect.bottom, rect.right)}`;
  return `=${quoteSheet(range.sheet.name)}!${area}`;
}

/** Days from the epoch of the date system to the date, as Excel's DATE gives them. */
function dateSerial(system: 1900 | 1904, y: number, m: number, d: number): number {
  const day = Date.UTC(y, m - 1, d);
  const epoch = system === 1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return Math.round((day - epoch) / 86_400_000);
}

export const workbookClasses: Record<string, ClassDef> = {
  Workbook: {
    name: "Workbook",
    nav: {
      worksheets: { api: "1.1", cls: "WorksheetCollection", get: (m: WorkbookModel) => m },
      names: {
        api: "1.1",
        cls: "NamedItemCollection",
        get: (m: WorkbookModel) => ({ scope: m.names }),
      },
      tables: {
        api: "1.1",
        cls: "TableCollection",
        get: (m: WorkbookModel) => ({ model: m, sheet: null }),
      },
      functions: { api: "1.2", cls: "Functions", get: (m: WorkbookModel) => m },
      application: { api: "1.1", cls: "Application", get: (m: WorkbookModel) => m },
    },
  },
  Application: {
    name: "Application",
    methods: {
      suspendApiCalculationUntilNextSync: {
        api: "1.6",
        run: (_m, _a, rt) => {
          rt.calls.suspendCalculation++;
        },
      },
    },
  },
  Functions: {
    name: "Functions",
    methods: {
      date: {
        api: "1.2",
        returns: "FunctionResult",
        run: (m: WorkbookModel, [y, mo, d], rt) => {
          if (rt.options.functionsFail)
            throw officeError(rt.options.functionsFail, "Worksheet functions are not available.");
          return { value: dateSerial(m.dateSystem, Number(y), Number(mo), Number(d)), error: null };
        },
      },
    },
  },
  FunctionResult: {
    name: "FunctionResult",
    props: {
      value: ro("1.2", (r: { value: unknown }) => r.value),
      error: ro("1.2", (r: { error: unknown }) => r.error),
    },
  },
  WorksheetCollection: {
    name: "WorksheetCollection",
    collection: { itemClass: "Worksheet", items: (m: WorkbookModel) => [...m.sheets] },
    methods: {
      getFirst: {
        api: "1.5",
        returns: "Worksheet",
        run: (m: WorkbookModel) => {
          if (m.sheets.length === 0)
            throw officeError("ItemNotFound", "The workbook has no sheets.");
          return m.sheets[0];
        },
      },
      getActiveWorksheet: {
        api: "1.1",
        returns: "Worksheet",
        run: (m: WorkbookModel) => {
          if (!m.activeSheet) throw officeError("ItemNotFound", "No sheet is active.");
          return m.activeSheet;
        },
      },
      getItem: {
        api: "1.1",
        returns: "Worksheet",
        run: (m: WorkbookModel, [name]) => {
          const sheet = findSheet(m, String(name));
          if (!sheet) throw officeError("ItemNotFound", `There is no sheet named "${name}".`);
          return sheet;
        },
      },
      getItemOrNullObject: {
        api: "1.4",
        returns: "Worksheet",
        orNull: true,
        run: (m: WorkbookModel, [name]) => findSheet(m, String(name)) ?? NULL,
      },
      add: {
        api: "1.1",
        returns: "Worksheet",
        run: (m: WorkbookModel, [name]) => {
          let chosen = name === undefined ? "" : String(name);
          for (let n = m.sheets.length + 1; chosen === ""; n++)
            if (!findSheet(m, `Sheet${n}`)) chosen = `Sheet${n}`;
          return addSheet(m, chosen);
        },
      },
    },
  },
  NamedItemCollection: {
    name: "NamedItemCollection",
    collection: {
      itemClass: "NamedItem",
      // Excel lists names alphabetically.
      items: (t: NamesTarget) =>
        [...t.scope].sort((a, b) => a.name.toUpperCase().localeCompare(b.name.toUpperCase())),
    },
    methods: {
      getItemOrNullObject: {
        api: "1.4",
        returns: "NamedItem",
        orNull: true,
        run: (t: NamesTarget, [name]) =>
          t.scope.find((n) => n.name.toUpperCase() === String(name).toUpperCase()) ?? NULL,
      },
      add: {
        api: "1.4",
        returns: "NamedItem",
        run: (t: NamesTarget, [name, reference], rt) => {
          const formula =
            typeof reference === "string" ? reference : absoluteReference(reference as RangeTarget);
          return addName(rt.model, t.scope, String(name), formula);
        },
      },
    },
  },
  NamedItem: {
    name: "NamedItem",
    alive: (n: NameModel, rt) => allScopes(rt.model).some((s) => s.includes(n)),
    props: {
      name: ro("1.1", (n: NameModel) => n.name),
      formula: ro("1.7", (n: NameModel) => n.formula),
    },
    methods: {
      delete: {
        api: "1.4",
        run: (n: NameModel, _a, rt) =>
          deleteName(
            allScopes(rt.model).find((s) => s.includes(n))!,
            n
          ),
      },
    },
  },
  TableCollection: {
    name: "TableCollection",
    collection: {
      itemClass: "Table",
      items: (t: TablesTarget) =>
        t.model.tables.filter((x) => t.sheet === null || x.sheet === t.sheet),
    },
    methods: {
      getItemOrNullObject: {
        api: "1.4",
        returns: "Table",
        orNull: true,
        run: (t: TablesTarget, [name]) =>
          t.model.tables.find((x) => x.name.toUpperCase() === String(name).toUpperCase()) ?? NULL,
      },
      add: {
        api: "1.1",
        returns: "Table",
        run: (t: TablesTarget, [address]) => {
          if (!t.sheet)
            throw officeError("InvalidArgument", "Add tables through a worksheet here.");
          const rect = parseRange(String(address));
          if (!rect) throw officeError("InvalidArgument", `"${address}" is not a range.`);
          return addTable(t.model, t.sheet, String(address));
        },
      },
    },
  },
  Table: {
    name: "Table",
    alive: (t: TableModel, rt) => rt.model.tables.includes(t),
    props: {
      id: ro("1.1", (t: TableModel) => t.id),
      name: rw(
        "1.1",
        (t: TableModel) => t.name,
        (t: TableModel, v, rt) => renameTable(rt.model, t, String(v))
      ),
      style: rw(
        "1.1",
        (t: TableModel) => t.style,
        (t: TableModel, v) => (t.style = String(v))
      ),
    },
    nav: { worksheet: { api: "1.2", cls: "Worksheet", get: (t: TableModel) => t.sheet } },
    methods: {
      delete: {
        api: "1.1",
        run: (t: TableModel, _a, rt) => rt.model.tables.splice(rt.model.tables.indexOf(t), 1),
      },
    },
  },
};
