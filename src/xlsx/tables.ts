/**
 * The plan's Excel tables in an ExcelJS workbook: their names, chosen by the one policy every
 * adapter shares (src/workbook/tableNames.ts), and the tables themselves.
 */
import type ExcelJS from "exceljs";
import type { SheetPlan, TablePlan } from "../workbook/plan";
import { a1 } from "../workbook/a1";
import { parseRange, type CellRect } from "../workbook/rangeRef";
import { chooseTableName, takenNames } from "../workbook/tableNames";

/** A plan that cannot be applied (a bad address, no free name): a message naming the sheet. */
export class PlanError extends Error {}

export function rectOf(sheet: string, range: string, what: string): CellRect {
  const rect = parseRange(range);
  if (!rect) throw new PlanError(`Sheet "${sheet}": ${what} range "${range}" is not an A1 range.`);
  return rect;
}

const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

function tableNamesOf(ws: ExcelJS.Worksheet): string[] {
  return Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {});
}

/**
 * The workbook's defined names. ExcelJS keeps workbook-scoped names only (it drops sheet-scoped
 * ones when it loads a file), so those are all a file written by it can clash with.
 */
function definedNamesOf(wb: ExcelJS.Workbook): string[] {
  const model = (wb.definedNames as unknown as { model?: { name?: unknown }[] }).model ?? [];
  return model.flatMap((n) => (typeof n.name === "string" ? [n.name] : []));
}

/** Where a plan sheet goes: its final name, and the sheet it replaces (whose tables go with it). */
export interface PlacedSheet {
  readonly plan: SheetPlan;
  readonly name: string;
  readonly replaces: ExcelJS.Worksheet | undefined;
}

/**
 * The name of every table of the plan, in plan order, chosen before anything is written: the
 * workbook's tables (less those on sheets the plan replaces) and defined names are taken, and so
 * is each name the plan has chosen already. Throws PlanError, with the policy's message, when a
 * table has no free name; the workbook is then untouched.
 */
export function chooseTableNames(
  wb: ExcelJS.Workbook,
  placed: readonly PlacedSheet[],
  messages: string[]
): string[][] {
  const replaced = new Set(placed.flatMap((p) => (p.replaces ? [p.replaces] : [])));
  const taken = new Set(
    takenNames([
      ...wb.worksheets.filter((ws) => !replaced.has(ws)).flatMap(tableNamesOf),
      ...definedNamesOf(wb),
    ])
  );
  return placed.map(({ plan, name }) =>
    (plan.tables ?? []).map((table) => {
      const choice = chooseTableName(table.name, taken, name);
      if (!choice.ok) throw new PlanError(choice.message);
      if (choice.message) messages.push(choice.message);
      taken.add(choice.name.toUpperCase());
      return choice.name;
    })
  );
}

function uniqueHeaders(values: unknown[]): string[] {
  const seen = new Set<string>();
  return values.map((v, i) => {
    let name =
      v === null || v === undefined || String(v).trim() === "" ? `Column${i + 1}` : String(v);
    const base = name;
    for (let n = 2; seen.has(name.toUpperCase()); n++) name = `${base}${n}`;
    seen.add(name.toUpperCase());
    return name;
  });
}

/** Makes the table over the cells already written, under the name chooseTableNames gave it. */
export function addTable(
  ws: ExcelJS.Worksheet,
  sheet: string,
  table: TablePlan,
  name: string
): void {
  const rect = rectOf(sheet, table.range, `table ${table.name}`);
  const cellValue = (r: number, c: number) => ws.getRow(r + 1).getCell(c + 1).value;
  const headerValues: unknown[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    const v = cellValue(rect.top, c) as unknown;
    headerValues.push(
      typeof v === "object" && v !== null && "result" in v ? (v as { result: unknown }).result : v
    );
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = rect.top + 1; r <= rect.bottom; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cellValue(r, c));
    rows.push(row);
  }
  ws.addTable({
    name,
    displayName: name,
    ref: a1(rect.top, rect.left),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (table.style ?? DEFAULT_TABLE_STYLE) as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: uniqueHeaders(headerValues).map((h) => ({ name: h, filterButton: true })),
    rows,
  });
}
