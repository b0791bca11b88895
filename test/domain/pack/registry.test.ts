import { PACK_CHARTS } from "../../../src/domain/pack/charts";
import { PACK_TABLE_NAMES } from "../../../src/domain/pack/model";
import { PACK_TABLES, packTablesMarkdown } from "../../../src/domain/pack/registry";
import { packOf } from "./support";

describe("PACK_TABLES, the one list of the pack's tables", () => {
  it("names every table once, in the order they are stacked", () => {
    expect(PACK_TABLES.map((t) => t.name)).toEqual([...PACK_TABLE_NAMES]);
  });

  it("draws charts only from tables it has", () => {
    const names = new Set(PACK_TABLES.map((t) => t.name));
    for (const chart of PACK_CHARTS) expect(names.has(chart.table)).toBe(true);
  });

  it("builds each table from the sheet it says: a table's sources name that sheet", () => {
    const pack = packOf();
    for (const table of pack.tables) {
      const spec = PACK_TABLES.find((t) => t.name === table.name)!;
      expect(table.sources.map((s) => s.toUpperCase())).toContain(spec.sheet.toUpperCase());
    }
  });

  it("documents every table in the README's generated reference", () => {
    const md = packTablesMarkdown();
    for (const t of PACK_TABLES) expect(md).toContain(`| \`${t.name}\` | ${t.docs.title} |`);
  });
});
