/** Ranges: their values and formulas, formats, drop-down lists and selection. */
import { officeError } from "../errors";
import type { ClassDef } from "../classDef";
import type { FakeRuntime } from "../runtime";
import {
  MAX_ROWS,
  addressOf,
  cellCount,
  readGrid,
  rectText,
  writeGrid,
  type FormatRecord,
  type RangeTarget,
  type ValidationRecord,
} from "../model";
import { refuseIfProtected, ro, rw, wo } from "./helpers";

interface Part {
  readonly range: RangeTarget;
}

function formatOf(range: RangeTarget): FormatRecord {
  const key = rectText(range);
  let record = range.sheet.formats.get(key);
  if (!record) {
    record = { font: {}, fill: {} };
    range.sheet.formats.set(key, record);
  }
  return record;
}

function validationOf(range: RangeTarget): ValidationRecord {
  const key = rectText(range);
  let record = range.sheet.validations.get(key);
  if (!record) {
    record = {};
    range.sheet.validations.set(key, record);
  }
  return record;
}

/** Office.js refuses a 2-D array whose shape is not the range's. */
function checkShape(range: RangeTarget, input: unknown): unknown[][] {
  const rows = range.rect.bottom - range.rect.top + 1;
  const cols = range.rect.right - range.rect.left + 1;
  if (
    !Array.isArray(input) ||
    input.length !== rows ||
    input.some((r) => !Array.isArray(r) || r.length !== cols)
  )
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${rectText(range)}.`
    );
  return input as unknown[][];
}

function readCells(range: RangeTarget, which: "values" | "formulas", rt: FakeRuntime): unknown {
  // Documented: beyond the cell limit a read may answer null instead of failing.
  if (range.whole || cellCount(range.rect) > rt.readCellLimit) return null;
  if (which === "values")
    rt.current?.reads.push({ sheet: range.sheet.name, address: rectText(range) });
  return readGrid(range.sheet, range.rect, which);
}

function writeCells(range: RangeTarget, input: unknown): void {
  refuseIfProtected(range.sheet, "writing cells");
  writeGrid(range.sheet, range.rect, checkShape(range, input));
}

const part = (range: RangeTarget): Part => ({ range });

export const rangeClasses: Record<string, ClassDef> = {
  Range: {
    name: "Range",
    alive: (r: RangeTarget, rt) => rt.model.sheets.includes(r.sheet),
    props: {
      address: ro("1.1", (r: RangeTarget) => addressOf(r)),
      values: rw("1.1", (r: RangeTarget, rt) => readCells(r, "values", rt), writeCells, {
        payload: true,
      }),
      formulas: rw("1.1", (r: RangeTarget, rt) => readCells(r, "formulas", rt), writeCells, {
        payload: true,
      }),
      numberFormat: wo(
        "1.1",
        (r: RangeTarget, v) => {
          refuseIfProtected(r.sheet, "formatting cells");
          formatOf(r).numberFormat = checkShape(r, v);
        },
        { payload: true }
      ),
    },
    nav: {
      format: { api: "1.1", cls: "RangeFormat", get: part },
      dataValidation: { api: "1.8", cls: "DataValidation", get: part },
      conditionalFormats: {
        api: "1.6",
        cls: "ConditionalFormatCollection",
        get: (r: RangeTarget) => ({
          sheet: r.sheet,
          address: r.whole === "sheet" ? null : rectText(r),
        }),
      },
    },
    methods: {
      select: {
        api: "1.1",
        run: (r: RangeTarget, _a, rt) => {
          rt.model.activeSheet = r.sheet;
          rt.model.selection = addressOf(r);
        },
      },
      getEntireColumn: {
        api: "1.1",
        returns: "Range",
        run: (r: RangeTarget): RangeTarget => ({
          kind: "range",
          sheet: r.sheet,
          rect: { top: 0, left: r.rect.left, bottom: MAX_ROWS - 1, right: r.rect.right },
          whole: "columns",
        }),
      },
    },
  },
  RangeFormat: {
    name: "RangeFormat",
    props: {
      columnWidth: wo("1.2", (p: Part, v) => (formatOf(p.range).columnWidth = Number(v))),
      wrapText: wo("1.1", (p: Part, v) => (formatOf(p.range).wrapText = Boolean(v))),
      horizontalAlignment: wo(
        "1.1",
        (p: Part, v) => (formatOf(p.range).horizontalAlignment = String(v))
      ),
    },
    nav: {
      font: { api: "1.1", cls: "RangeFont", get: (p: Part) => p },
      fill: { api: "1.1", cls: "RangeFill", get: (p: Part) => p },
    },
  },
  RangeFont: {
    name: "RangeFont",
    props: Object.fromEntries(
      ["bold", "italic", "color", "size"].map((key) => [
        key,
        wo("1.1", (p: Part, v) => (formatOf(p.range).font[key] = v)),
      ])
    ),
  },
  RangeFill: {
    name: "RangeFill",
    props: { color: wo("1.1", (p: Part, v) => (formatOf(p.range).fill.color = v)) },
  },
  DataValidation: {
    name: "DataValidation",
    props: Object.fromEntries(
      (["rule", "errorAlert", "prompt"] as const).map((key) => [
        key,
        wo("1.8", (p: Part, v) => {
          refuseIfProtected(p.range.sheet, "adding a drop-down list");
          validationOf(p.range)[key] = structuredClone(v);
        }),
      ])
    ),
  },
};
