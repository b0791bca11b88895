/**
 * What Excel does to the whole workbook when a sheet, a name or a table changes: the rules it
 * enforces (unique names, valid names, one visible sheet) and the references it rewrites (a
 * renamed sheet's name in formulas, names and list sources; #REF! for a deleted one).
 */
import { quoteSheet } from "../../../src/workbook/a1";
import { parseRange } from "../../../src/workbook/rangeRef";
import { officeError } from "./errors";
import {
  emptySheet,
  newId,
  type NameModel,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "./model";

const upper = (s: string) => s.toUpperCase();

export function findSheet(model: WorkbookModel, name: string): SheetModel | undefined {
  return model.sheets.find((s) => upper(s.name) === upper(name));
}

function checkSheetName(model: WorkbookModel, name: string, except?: SheetModel): void {
  if (name.trim() === "" || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
    throw officeError("InvalidArgument", `The sheet name "${name}" is not valid.`);
  const other = findSheet(model, name);
  if (other && other !== except)
    throw officeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
}

/** Every name in the one namespace tables and defined names share, upper-cased. */
function namespace(model: WorkbookModel): Map<string, object> {
  const taken = new Map<string, object>();
  for (const t of model.tables) taken.set(upper(t.name), t);
  for (const n of model.names) taken.set(upper(n.name), n);
  for (const s of model.sheets) for (const n of s.names) taken.set(upper(n.name), n);
  return taken;
}

export function checkDefinedName(model: WorkbookModel, name: string, owner?: object): void {
  if (
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    name.length > 255
  )
    throw officeError("InvalidArgument", `"${name}" is not a valid name.`);
  const holder = namespace(model).get(upper(name));
  if (holder && holder !== owner)
    throw officeError("ItemAlreadyExists", `The name "${name}" is already in use.`);
}

export function addSheet(model: WorkbookModel, name: string): SheetModel {
  checkSheetName(model, name);
  const sheet = emptySheet(model, name);
  model.sheets.push(sheet);
  return sheet;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `'Old name'!` and `Old!` in a formula, as Excel would find them. */
function sheetRefPattern(name: string): RegExp {
  const quoted = `'${escapeRegExp(name.replace(/'/g, "''"))}'!`;
  const bare = `(?<![A-Za-z0-9_.'])${escapeRegExp(name)}!`;
  return new RegExp(`${quoted}|${bare}`, "gi");
}

function rewriteAll(model: WorkbookModel, from: string, to: string): void {
  const pattern = sheetRefPattern(from);
  const fix = (text: unknown) =>
    typeof text === "string" && text.includes("!") ? text.replace(pattern, to) : text;
  for (const n of model.names) n.formula = fix(n.formula) as string;
  for (const sheet of model.sheets) {
    for (const n of sheet.names) n.formula = fix(n.formula) as string;
    for (const row of sheet.formulas) {
      if (!row) continue;
      for (const c in row) row[c] = fix(row[c]);
    }
    for (const v of sheet.validations.values()) {
      const list = (v.rule as { list?: { source?: unknown } } | undefined)?.list;
      if (list) list.source = fix(list.source);
    }
    for (const cf of sheet.conditionalFormats) cf.formula = fix(cf.formula) as string | null;
  }
}

export function renameSheet(model: WorkbookModel, sheet: SheetModel, name: string): void {
  if (sheet.name === name) return;
  checkSheetName(model, name, sheet);
  const from = sheet.name;
  sheet.name = name;
  rewriteAll(model, from, `${quoteSheet(name)}!`);
}

export function deleteSheet(model: WorkbookModel, sheet: SheetModel): void {
  const visibleLeft = model.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
  if (visibleLeft.length === 0)
    throw officeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
  model.sheets.splice(model.sheets.indexOf(sheet), 1);
  for (let i = model.tables.length - 1; i >= 0; i--)
    if (model.tables[i].sheet === sheet) model.tables.splice(i, 1);
  if (model.activeSheet === sheet) model.activeSheet = visibleLeft[0];
  rewriteAll(model, sheet.name, "#REF!");
}

export function moveSheet(model: WorkbookModel, sheet: SheetModel, position: number): void {
  if (!Number.isInteger(position) || position < 0 || position >= model.sheets.length)
    throw officeError("InvalidArgument", `Position ${position} is outside the sheet tabs.`);
  model.sheets.splice(model.sheets.indexOf(sheet), 1);
  model.sheets.splice(position, 0, sheet);
}

export function addName(
  model: WorkbookModel,
  scope: NameModel[],
  name: string,
  formula: string
): NameModel {
  checkDefinedName(model, name);
  const made = { name, formula: formula.startsWith("=") ? formula : `=${formula}` };
  scope.push(made);
  return made;
}

export function deleteName(scope: NameModel[], name: NameModel): void {
  const i = scope.indexOf(name);
  if (i < 0) throw officeError("ItemNotFound", `The name "${name.name}" no longer exists.`);
  scope.splice(i, 1);
}

export function addTable(model: WorkbookModel, sheet: SheetModel, address: string): TableModel {
  const rect = parseRange(address);
  if (!rect) throw officeError("InvalidArgument", `"${address}" is not a range.`);
  for (const other of model.tables) {
    const o = other.sheet === sheet ? parseRange(other.address) : null;
    if (
      o &&
      o.top <= rect.bottom &&
      rect.top <= o.bottom &&
      o.left <= rect.right &&
      rect.left <= o.right
    )
      throw officeError("InvalidArgument", `A table can't overlap another table (${other.name}).`);
  }
  let n = model.tables.length + 1;
  while (namespace(model).has(upper(`Table${n}`))) n++;
  const table: TableModel = {
    id: newId(model, "table"),
    name: `Table${n}`,
    sheet,
    address,
    style: "TableStyleMedium2",
  };
  model.tables.push(table);
  return table;
}

export function renameTable(model: WorkbookModel, table: TableModel, name: string): void {
  if (table.name === name) return;
  checkDefinedName(model, name, table);
  table.name = name;
}
