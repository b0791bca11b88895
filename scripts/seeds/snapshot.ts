/**
 * The sample as a WorkbookSnapshot (src/workbook/snapshot.ts) for the browser preview and fast
 * tests: the same grids the .xlsx is written from, used range from A1, blanks as null.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import type { SheetGrid } from "./sheets";

export function gridsToSnapshot(grids: readonly SheetGrid[], source: string): WorkbookSnapshot {
  return {
    source,
    sheets: grids.map((g): SheetSnapshot => ({ name: g.name, origin: { row: 0, col: 0 }, values: g.rows })),
  };
}

/** JSON with one sheet row per line: small diffs in git, still plain JSON. */
export function snapshotToJson(snapshot: WorkbookSnapshot): string {
  const sheets = snapshot.sheets.map((s) => {
    const rows = s.values.map((r) => `        ${JSON.stringify(r)}`).join(",\n");
    return `    {\n      "name": ${JSON.stringify(s.name)},\n      "origin": ${JSON.stringify(s.origin)},\n      "values": [\n${rows}\n      ]\n    }`;
  });
  return `{\n  "source": ${JSON.stringify(snapshot.source)},\n  "sheets": [\n${sheets.join(",\n")}\n  ]\n}\n`;
}
