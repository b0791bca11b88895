/**
 * Reads the Settings sheet: in each row, the first non-blank cell names a setting and the cell to
 * its right holds the value. Unknown names (notes, headings) are ignored; a blank value keeps the
 * default; a value that cannot be read is a problem and keeps the default.
 */
import type { SheetSnapshot } from "../../workbook/snapshot";
import { labelKey } from "../labels";
import { inDateSystem1900, type DateSystem } from "../periods";
import { isBlank } from "./cells";
import type { ParsedSettings, SettingCell, StructureProblem } from "./model";
import {
  defaultSettings,
  SETTING_DEFS,
  type SettingDef,
  type SettingKey,
  type TemplateSettings,
} from "./settingsDefinition";

const SETTING_INDEX: ReadonlyMap<string, SettingDef> = (() => {
  const index = new Map<string, SettingDef>();
  for (const def of SETTING_DEFS) {
    for (const name of [def.meta.label, ...def.meta.aliases]) {
      const key = labelKey(name);
      if (!index.has(key)) index.set(key, def);
    }
  }
  return index;
})();

/** `dateSystem` is the workbook's, for a setting typed as a date (see SettingMeta.dated). */
export function readSettings(
  sheet: SheetSnapshot | null,
  problems: StructureProblem[],
  dateSystem?: DateSystem
): ParsedSettings {
  const values: Record<string, unknown> = { ...defaultSettings() };
  const cells: Partial<Record<SettingKey, SettingCell>> = {};
  if (!sheet) return { values: values as TemplateSettings, sheet: null, cells };

  sheet.values.forEach((rowCells, i) => {
    let j = 0;
    while (j < rowCells.length && isBlank(rowCells[j])) j++;
    const name = rowCells[j];
    if (typeof name !== "string") return;
    const def = SETTING_INDEX.get(labelKey(name));
    if (!def || cells[def.key]) return;
    const raw = rowCells[j + 1];
    if (raw === undefined || isBlank(raw)) return;
    const row = sheet.origin.row + i;
    const col = sheet.origin.col + j + 1;
    const value = def.meta.dated ? inDateSystem1900(raw, dateSystem) : raw;
    const parsed = def.schema.safeParse(typeof value === "string" ? value.trim() : value);
    if (parsed.success) {
      values[def.key] = parsed.data;
      cells[def.key] = { sheet: sheet.name, row, col };
    } else {
      problems.push({
        kind: "badSetting",
        sheet: sheet.name,
        row,
        col,
        value: raw,
        setting: def.meta.label,
        detail: parsed.error.issues[0]?.message ?? "cannot be read",
      });
    }
  });
  return { values: values as TemplateSettings, sheet: sheet.name, cells };
}
