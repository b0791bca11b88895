/**
 * Sync 1 of a write: what the workbook holds before anything changes. Three collection loads,
 * whatever the size of the plan: the sheets, the workbook's defined names (the add-in's owner
 * markers among them) and the tables, with the ids that let a failed write be undone.
 */

export interface ExistingSheet {
  readonly proxy: Excel.Worksheet;
  readonly id: string;
  readonly name: string;
  readonly position: number;
}

export interface ExistingName {
  readonly proxy: Excel.NamedItem;
  readonly name: string;
  readonly formula: string;
}

export interface ExistingTable {
  readonly proxy: Excel.Table;
  readonly id: string;
  readonly name: string;
  readonly sheetId: string;
}

export interface Existing {
  readonly sheets: readonly ExistingSheet[];
  readonly names: readonly ExistingName[];
  readonly tables: readonly ExistingTable[];
  /** The sheet the user was on, to return to if a write is undone. */
  readonly activeSheetId: string;
}

export async function loadExisting(context: Excel.RequestContext): Promise<Existing> {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  sheets.load("items/id,items/name,items/position");
  const names = workbook.names;
  names.load("items/name,items/formula");
  const tables = workbook.tables;
  tables.load("items/id,items/name,items/worksheet/id");
  const active = workbook.worksheets.getActiveWorksheet();
  active.load("id");
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ proxy: s, id: s.id, name: s.name, position: s.position })),
    names: names.items.map((n) => ({ proxy: n, name: n.name, formula: String(n.formula) })),
    tables: tables.items.map((t) => ({
      proxy: t,
      id: t.id,
      name: t.name,
      sheetId: t.worksheet.id,
    })),
    activeSheetId: active.id,
  };
}

/** Excel compares sheet, table and defined names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}
