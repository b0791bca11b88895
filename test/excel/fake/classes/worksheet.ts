/** A worksheet, its protection and its frozen panes. */
import { FakeUsageError, officeError } from "../errors";
import { NULL, type ClassDef } from "../classDef";
import { MAX_COLS, MAX_ROWS, rectText, type RangeTarget, type SheetModel } from "../model";
import { deleteSheet, moveSheet, renameSheet } from "../workbookOps";
import { rangeOf, ro, rw } from "./helpers";

export const worksheetClasses: Record<string, ClassDef> = {
  Worksheet: {
    name: "Worksheet",
    alive: (s: SheetModel, rt) => rt.model.sheets.includes(s),
    props: {
      id: ro("1.1", (s: SheetModel) => s.id),
      name: rw(
        "1.1",
        (s: SheetModel) => s.name,
        (s: SheetModel, v, rt) => renameSheet(rt.model, s, String(v))
      ),
      position: rw(
        "1.1",
        (s: SheetModel, rt) => rt.model.sheets.indexOf(s),
        (s: SheetModel, v, rt) => moveSheet(rt.model, s, Number(v))
      ),
      visibility: rw(
        "1.1",
        (s: SheetModel) => s.visibility,
        (s: SheetModel, v, rt) => {
          const others = rt.model.sheets.filter((x) => x !== s && x.visibility === "Visible");
          if (v !== "Visible" && others.length === 0)
            throw officeError(
              "InvalidOperation",
              "A workbook must keep at least one visible sheet."
            );
          s.visibility = v;
        },
        { setApi: "1.2" }
      ),
    },
    nav: {
      protection: { api: "1.2", cls: "WorksheetProtection", get: (s: SheetModel) => s },
      tables: {
        api: "1.1",
        cls: "TableCollection",
        get: (s: SheetModel, rt) => ({ model: rt.model, sheet: s }),
      },
      charts: { api: "1.1", cls: "ChartCollection", get: (s: SheetModel) => s },
      names: {
        api: "1.4",
        cls: "NamedItemCollection",
        get: (s: SheetModel) => ({ scope: s.names }),
      },
      freezePanes: { api: "1.7", cls: "WorksheetFreezePanes", get: (s: SheetModel) => s },
    },
    methods: {
      getRange: {
        api: "1.1",
        returns: "Range",
        run: (s: SheetModel, [address]): RangeTarget =>
          address === undefined
            ? {
                kind: "range",
                sheet: s,
                rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 },
                whole: "sheet",
              }
            : rangeOf(s, String(address)),
      },
      getRanges: {
        api: "1.9",
        returns: "RangeAreas",
        run: (s: SheetModel, [address]) => {
          const areas = String(address)
            .split(",")
            .map((a) => rangeOf(s, a));
          return { sheet: s, address: areas.map(rectText).join(",") };
        },
      },
      getRangeByIndexes: {
        api: "1.7",
        returns: "Range",
        run: (s: SheetModel, [row, col, rows, cols]): RangeTarget => {
          const [r, c, h, w] = [row, col, rows, cols].map(Number);
          if (r < 0 || c < 0 || h < 1 || w < 1 || r + h > MAX_ROWS || c + w > MAX_COLS)
            throw officeError("InvalidArgument", `No range at row ${r}, column ${c}, ${h} x ${w}.`);
          return {
            kind: "range",
            sheet: s,
            rect: { top: r, left: c, bottom: r + h - 1, right: c + w - 1 },
          };
        },
      },
      getUsedRangeOrNullObject: {
        api: "1.4",
        returns: "Range",
        orNull: true,
        run: (s: SheetModel, [valuesOnly]) => {
          if (valuesOnly !== true)
            throw new FakeUsageError("the fake models the values-only used range only: pass true");
          return s.used ? { kind: "range", sheet: s, rect: s.used } : NULL;
        },
      },
      getNextOrNullObject: {
        api: "1.5",
        returns: "Worksheet",
        orNull: true,
        run: (s: SheetModel, _a, rt) => rt.model.sheets[rt.model.sheets.indexOf(s) + 1] ?? NULL,
      },
      activate: {
        api: "1.1",
        run: (s: SheetModel, _a, rt) => {
          if (s.visibility !== "Visible")
            throw officeError(
              "InvalidOperation",
              `Sheet "${s.name}" is hidden and cannot be activated.`
            );
          rt.model.activeSheet = s;
        },
      },
      delete: { api: "1.1", run: (s: SheetModel, _a, rt) => deleteSheet(rt.model, s) },
    },
  },
  WorksheetProtection: {
    name: "WorksheetProtection",
    props: { protected: ro("1.2", (s: SheetModel) => s.protected) },
  },
  WorksheetFreezePanes: {
    name: "WorksheetFreezePanes",
    methods: {
      freezeAt: {
        api: "1.7",
        run: (s: SheetModel, [range]) => {
          s.freeze = { kind: "at", arg: rectText(range as RangeTarget) };
        },
      },
      freezeRows: {
        api: "1.7",
        run: (s: SheetModel, [n]) => {
          s.freeze = { kind: "rows", arg: n };
        },
      },
      freezeColumns: {
        api: "1.7",
        run: (s: SheetModel, [n]) => {
          s.freeze = { kind: "columns", arg: n };
        },
      },
    },
  },
};
