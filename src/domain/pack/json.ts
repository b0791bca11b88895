/** The pack as the CLI prints it with --json: values as computed (unrounded), blanks as null. */
import type { Pack, PackJson } from "./model";

export function packToJson(pack: Pack): PackJson {
  const tables: Record<string, PackJson["tables"][string]> = {};
  for (const table of pack.tables) {
    tables[table.name] = {
      columns: [...table.columns],
      rows: table.rows.map((row) => ({ label: row.label, values: row.cells.map((c) => c.value) })),
    };
  }
  return { month: pack.month, label: pack.label, tables };
}
