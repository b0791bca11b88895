/**
 * Workbook snapshots for fuzzing the validator, the reconciler and the pack builder, three ways:
 * - defective: the clean template fixture (UHL and LPT, FY 2023/24) with a random list of the
 *   defects returns really have (cells overwritten, rows lost, duplicated or cut short, headers
 *   pushed down, columns inserted, sheets renamed, removed or doubled, settings garbled, figures
 *   scaled, used ranges moved);
 * - synthetic: template sheets built from scratch with shuffled and partial headers, random month
 *   labels and rows of template words and figures;
 * - garbage: sheets of any name holding anything, anywhere on the grid.
 * Every snapshot respects Excel's limits (1,048,576 rows, 16,384 columns), as adapters' do.
 */
import fc from "fast-check";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { cleanWorkbook } from "../domain/validation/fixtures";
import {
  deleteRows,
  edited,
  MONTH_HEADERS,
  setSetting,
  type MutableSheet,
  type MutableWorkbook,
} from "../support/workbook";
import {
  SETTING_DEFS,
  TABLE_SHEETS,
  TEMPLATE_SHEET_NAMES,
  columnsOf,
} from "../../src/domain/template";
import { cellValue, figure, monthLabel, TEMPLATE_WORDS } from "./arbitraries";
import { STAFF_GROUPS } from "../../src/domain/staffGroups";
import { allOccupationCodes } from "../../src/domain/occupationCodes";
import { TITLE_RULES } from "../../src/domain/reconcile";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Sheet names a workbook may use for the template's sheets, and others. */
export const sheetName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TEMPLATE_SHEET_NAMES),
  fc.constantFrom(...TEMPLATE_SHEET_NAMES).map((n) => n.toLowerCase()),
  fc.constantFrom(...TEMPLATE_SHEET_NAMES).map((n) => ` ${n} `),
  fc.constantFrom(
    "PRW",
    "PFR M7",
    "Staff list",
    "Vacancy",
    "Settings (do not edit)",
    "LLR Pack Oct 23",
    "Sheet1",
    "It's",
    "Lists"
  ),
  fc.string({ minLength: 1, maxLength: 31 })
);

type Mutation =
  | {
      readonly kind: "set";
      readonly sheet: number;
      readonly row: number;
      readonly col: number;
      readonly value: CellValue;
    }
  | { readonly kind: "deleteRow"; readonly sheet: number; readonly row: number }
  | { readonly kind: "duplicateRow"; readonly sheet: number; readonly row: number }
  | {
      readonly kind: "truncateRow";
      readonly sheet: number;
      readonly row: number;
      readonly length: number;
    }
  | {
      readonly kind: "pushDown";
      readonly sheet: number;
      readonly count: number;
      readonly title: CellValue;
    }
  | {
      readonly kind: "insertColumn";
      readonly sheet: number;
      readonly col: number;
      readonly value: CellValue;
    }
  | { readonly kind: "deleteColumn"; readonly sheet: number; readonly col: number }
  | { readonly kind: "rename"; readonly sheet: number; readonly name: string }
  | { readonly kind: "remove"; readonly sheet: number }
  | { readonly kind: "copySheet"; readonly sheet: number; readonly name: string }
  | { readonly kind: "setting"; readonly setting: number; readonly value: CellValue }
  | {
      readonly kind: "scaleRow";
      readonly sheet: number;
      readonly row: number;
      readonly factor: number;
    }
  | { readonly kind: "keepRows"; readonly sheet: number; readonly count: number }
  | {
      readonly kind: "moveOrigin";
      readonly sheet: number;
      readonly row: number;
      readonly col: number;
    }
  | { readonly kind: "swapRows"; readonly sheet: number; readonly a: number; readonly b: number }
  | { readonly kind: "staffRow"; readonly row: readonly CellValue[] }
  | {
      readonly kind: "recode";
      readonly from: number;
      readonly to: number;
      readonly month: number;
      readonly wte: number;
      readonly pfrFollows: boolean;
    };

const index = fc.nat({ max: 1000 });

const OCCUPATION_CODES = allOccupationCodes().map((c) => c.code);
const JOB_TITLES = [
  ...new Set(TITLE_RULES.flatMap((r) => r.titles)),
  "Staff Nurse",
  "Healthcare Assistant",
  "Porter",
  "Consultant Physician",
  "Ward Clerk",
  "Band 5 Nurse (bank)",
];

/** An assignment row for the Staff sheet: real occupation codes and job titles, mixed up. */
const staffRow: fc.Arbitrary<CellValue[]> = fc.tuple(
  fc.constantFrom<CellValue>("UHL", "LPT", "uhl", "XYZ", null),
  fc.oneof(fc.integer({ min: 10_000_000, max: 99_999_999 }).map(String), cellValue),
  fc.oneof(
    { arbitrary: fc.constantFrom<CellValue>(...JOB_TITLES), weight: 4 },
    { arbitrary: cellValue, weight: 1 }
  ),
  fc.oneof(
    { arbitrary: fc.constantFrom<CellValue>(...OCCUPATION_CODES), weight: 4 },
    { arbitrary: cellValue, weight: 1 }
  ),
  fc.oneof(
    { arbitrary: fc.constantFrom<CellValue>(...STAFF_GROUPS), weight: 4 },
    { arbitrary: cellValue, weight: 1 }
  ),
  fc.oneof(fc.constantFrom<CellValue>(...STAFF_GROUPS, null, ""), cellValue),
  fc.constantFrom<CellValue>("Substantive", "Bank", "Agency", "Sub", "Overtime", null),
  fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), cellValue),
  fc.oneof(fc.constant<CellValue>("UHL100"), cellValue)
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      sheet: index,
      row: index,
      col: index,
      value: cellValue,
    }),
    weight: 8,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("deleteRow" as const), sheet: index, row: index }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("duplicateRow" as const), sheet: index, row: index }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("truncateRow" as const),
      sheet: index,
      row: index,
      length: fc.nat({ max: 20 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("pushDown" as const),
      sheet: index,
      count: fc.integer({ min: 1, max: 25 }),
      title: cellValue,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("insertColumn" as const),
      sheet: index,
      col: index,
      value: cellValue,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("deleteColumn" as const), sheet: index, col: index }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("rename" as const), sheet: index, name: sheetName }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("remove" as const), sheet: index }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("copySheet" as const),
      sheet: index,
      name: sheetName,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("setting" as const),
      setting: index,
      value: cellValue,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("scaleRow" as const),
      sheet: index,
      row: index,
      factor: fc.constantFrom(0, -1, 0.001, 1.25, 1000, 1e6),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("keepRows" as const),
      sheet: index,
      count: fc.nat({ max: 12 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("moveOrigin" as const),
      sheet: index,
      row: fc.oneof(fc.nat({ max: 30 }), fc.constant(MAX_ROWS - 100)),
      col: fc.oneof(fc.nat({ max: 10 }), fc.constant(MAX_COLS - 30)),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("swapRows" as const),
      sheet: index,
      a: index,
      b: index,
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("staffRow" as const), row: staffRow }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant("recode" as const),
      from: fc.nat({ max: 5 }),
      to: fc.nat({ max: 5 }),
      month: fc.integer({ min: 1, max: 12 }),
      wte: fc.oneof(fc.integer({ min: 5, max: 400 }), fc.double({ min: 0, max: 50, noNaN: true })),
      pfrFollows: fc.boolean(),
    }),
    weight: 2,
  }
);

/**
 * Moves `wte` of UHL's substantive actual WTE from one group to another from `month` on: the
 * pattern the reconciler's RECODING_SHIFT looks for. The PFR's pay moves too when it follows.
 */
function recode(wb: MutableWorkbook, m: Extract<Mutation, { kind: "recode" }>): void {
  const from = STAFF_GROUPS[m.from];
  const to = STAFF_GROUPS[m.to];
  for (const name of m.pfrFollows ? ["PWR", "PFR"] : ["PWR"]) {
    const sheet = wb.sheets.find((s) => s.name === name);
    if (!sheet) continue;
    const header = sheet.values[0] ?? [];
    const firstMonth = header.indexOf("Apr 23");
    if (firstMonth < 0) continue;
    const scale = name === "PFR" ? 4.5 : 1;
    for (const row of sheet.values) {
      if (row[0] !== "UHL" || row[1] !== "Substantive" || row[3] !== "Actual") continue;
      const sign = row[2] === from ? -1 : row[2] === to ? 1 : 0;
      if (sign === 0) continue;
      for (let c = firstMonth + m.month - 1; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "number") row[c] = Math.round((v + sign * m.wte * scale) * 10) / 10;
      }
    }
  }
}

function apply(wb: MutableWorkbook, m: Mutation): void {
  if (m.kind === "recode") return recode(wb, m);
  if (m.kind === "staffRow") {
    wb.sheets.find((s) => s.name === "Staff")?.values.push([...m.row]);
    return;
  }
  if (m.kind === "setting") {
    if (wb.sheets.some((s) => s.name === "Settings"))
      setSetting(wb, SETTING_DEFS[m.setting % SETTING_DEFS.length].meta.label, m.value);
    return;
  }
  if (wb.sheets.length === 0) return;
  const sheet = wb.sheets[m.sheet % wb.sheets.length];
  const rows = sheet.values;
  const rowAt = (n: number) => n % Math.max(1, rows.length);
  switch (m.kind) {
    case "set": {
      const r = rowAt(m.row);
      while (rows.length <= r) rows.push([]);
      const width = Math.max(1, ...rows.map((x) => x.length));
      const c = m.col % (width + 2);
      while (rows[r].length <= c) rows[r].push(null);
      rows[r][c] = m.value;
      return;
    }
    case "deleteRow":
      rows.splice(rowAt(m.row), 1);
      return;
    case "duplicateRow":
      if (rows.length > 0) rows.splice(rowAt(m.row), 0, [...rows[rowAt(m.row)]]);
      return;
    case "truncateRow":
      if (rows.length > 0) rows[rowAt(m.row)] = rows[rowAt(m.row)].slice(0, m.length);
      return;
    case "pushDown":
      sheet.values = [
        [m.title],
        ...Array.from({ length: m.count - 1 }, () => [] as CellValue[]),
        ...rows,
      ];
      return;
    case "insertColumn":
      sheet.values = rows.map((r, i) => {
        const c = m.col % (r.length + 1);
        return [...r.slice(0, c), i === 0 ? m.value : null, ...r.slice(c)];
      });
      return;
    case "deleteColumn":
      sheet.values = rows.map((r) => r.filter((_, c) => c !== m.col % Math.max(1, r.length)));
      return;
    case "rename":
      sheet.name = m.name;
      return;
    case "remove":
      wb.sheets.splice(m.sheet % wb.sheets.length, 1);
      return;
    case "copySheet":
      wb.sheets.push({
        name: m.name,
        origin: { ...sheet.origin },
        values: rows.map((r) => [...r]),
      });
      return;
    case "scaleRow": {
      const r = rows[rowAt(m.row)];
      if (r) rows[rowAt(m.row)] = r.map((v) => (typeof v === "number" ? v * m.factor : v));
      return;
    }
    case "keepRows":
      sheet.values = rows.slice(0, m.count + 1);
      return;
    case "moveOrigin":
      sheet.origin = { row: m.row, col: m.col };
      return;
    case "swapRows": {
      const a = rowAt(m.a);
      const b = rowAt(m.b);
      if (rows.length > 1) [rows[a], rows[b]] = [rows[b], rows[a]];
      return;
    }
  }
}

/** Keeps every sheet inside Excel's grid (moving it up or left when a mutation pushed it out). */
function withinLimits(sheet: MutableSheet): MutableSheet {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const values = sheet.values.slice(0, MAX_ROWS).map((r) => r.slice(0, MAX_COLS));
  return {
    name: sheet.name,
    origin: {
      row: Math.max(0, Math.min(sheet.origin.row, MAX_ROWS - Math.max(1, values.length))),
      col: Math.max(0, Math.min(sheet.origin.col, MAX_COLS - Math.max(1, width))),
    },
    values,
  };
}

/**
 * Sheet names unique ignoring case, as Excel keeps them (and as both adapters can only deliver
 * them): a later "pwr" next to "PWR" becomes "pwr (2)". Names differing in spaces stay apart.
 */
function uniqueNames<S extends { name: string }>(sheets: readonly S[]): S[] {
  const taken = new Set<string>();
  return sheets.map((sheet) => {
    let name = sheet.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${sheet.name} (${n})`;
    taken.add(name.toLowerCase());
    return name === sheet.name ? sheet : { ...sheet, name };
  });
}

const CLEAN = cleanWorkbook();

/** The clean fixture cut to UHL alone (Settings still lists both): half the size, still clean. */
export const CLEAN_UHL: MutableWorkbook = edited(CLEAN, (wb) => {
  for (const s of wb.sheets) if (s.name !== "Settings") deleteRows(wb, s.name, { org: "LPT" });
});

/** The clean fixture (both organisations, or UHL alone) with 0-10 random defects. */
export const defectiveWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .tuple(fc.array(mutation, { maxLength: 10 }), fc.integer({ min: 0, max: 9 }))
  .map(([mutations, pick]) => {
    const wb = structuredClone(pick < 3 ? CLEAN : CLEAN_UHL);
    for (const m of mutations) apply(wb, m);
    return { source: "defective.xlsx", sheets: uniqueNames(wb.sheets.map(withinLimits)) };
  });

function shuffle<T>(items: readonly T[], order: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: order[i % Math.max(1, order.length)] ?? i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

/** One template sheet built from scratch: some of its headers (shuffled), month labels, rows. */
const syntheticSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    spec: fc.constantFrom(...TABLE_SHEETS),
    name: fc.oneof(fc.constant(null), sheetName),
    keep: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    order: fc.array(fc.nat({ max: 100 }), { minLength: 12, maxLength: 12 }),
    months: fc.oneof(
      fc.constant([...MONTH_HEADERS]),
      fc.constant(["M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "M11", "M12"]),
      fc.array(monthLabel, { maxLength: 14 })
    ),
    above: fc.nat({ max: 3 }),
    rows: fc.array(
      fc.array(
        fc.oneof(
          { arbitrary: fc.constantFrom(...TEMPLATE_WORDS), weight: 2 },
          { arbitrary: figure, weight: 3 },
          { arbitrary: cellValue, weight: 1 }
        ),
        { maxLength: 18 }
      ),
      { maxLength: 30 }
    ),
    origin: fc.record({ row: fc.nat({ max: 5 }), col: fc.nat({ max: 5 }) }),
  })
  .map(({ spec, name, keep, order, months, above, rows, origin }) => {
    const columns = columnsOf(spec).filter((c) => c.meta.kind !== "months");
    const headers = shuffle(
      columns.filter((c, i) => c.meta.required || keep[i % keep.length]).map((c) => c.meta.header),
      order
    );
    const header: CellValue[] = [...headers, ...(spec.key !== "Staff" ? months : [])];
    const values: CellValue[][] = [
      ...Array.from({ length: above }, () => [] as CellValue[]),
      header,
      ...rows,
    ];
    return { name: name ?? spec.key, origin, values };
  });

/** A workbook of synthetic template sheets, sometimes with a Settings sheet. */
export const syntheticWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    sheets: fc.array(syntheticSheet, { maxLength: 6 }),
    settings: fc.option(
      fc.array(
        fc.tuple(fc.constantFrom(...SETTING_DEFS.map((d) => d.meta.label), "Notes"), cellValue),
        { maxLength: 8 }
      ),
      { nil: null }
    ),
  })
  .map(({ sheets, settings }) => ({
    source: "synthetic.xlsx",
    sheets: uniqueNames(
      settings === null
        ? sheets
        : [
            ...sheets,
            {
              name: "Settings",
              origin: { row: 0, col: 0 },
              values: settings.map(([k, v]) => [k, v]),
            },
          ]
    ),
  }));

/** Sheets of any name holding anything, anywhere on the grid. */
export const garbageWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(
    fc.record({
      name: sheetName,
      origin: fc.record({
        row: fc.oneof(fc.nat({ max: 40 }), fc.nat({ max: MAX_ROWS - 1 })),
        col: fc.oneof(fc.nat({ max: 10 }), fc.nat({ max: MAX_COLS - 1 })),
      }),
      values: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 25 }),
      formulas: fc.option(
        fc.array(
          fc.array(fc.oneof(fc.constant(null), fc.constant("=1/0"), fc.string()), { maxLength: 6 }),
          { maxLength: 6 }
        ),
        { nil: undefined }
      ),
      hidden: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 8 }
  )
  .map((sheets) => ({
    source: "garbage.xlsx",
    sheets: uniqueNames(sheets).map((s) => ({
      ...withinLimits({ name: s.name, origin: s.origin, values: s.values }),
      ...(s.formulas !== undefined ? { formulas: s.formulas } : {}),
      ...(s.hidden !== undefined ? { hidden: s.hidden } : {}),
    })),
  }));

/** All three kinds, weighted towards template-shaped workbooks. */
export const anyWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc.oneof(
  { arbitrary: defectiveWorkbook, weight: 5 },
  { arbitrary: syntheticWorkbook, weight: 3 },
  { arbitrary: garbageWorkbook, weight: 2 }
);

/** Freezes a snapshot all the way down, so a consumer that writes to its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
