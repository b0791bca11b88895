import { DECLARED_REQUIREMENTS, OPTIONAL_FEATURES } from "../../src/excel/requirements";
import { loadHost } from "../../src/taskpane/boot/loadHost";

const globals = globalThis as unknown as { Office?: unknown };

describe("loadHost", () => {
  afterEach(() => delete globals.Office);

  it("Excel mode asks Office.context.requirements about each set once", async () => {
    const asked: string[] = [];
    globals.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return !(name === "ExcelApi" && version === "1.12");
          },
        },
      },
    };
    const loaded = await loadHost("excel");
    expect(loaded.kind).toBe("excel");
    if (loaded.kind !== "excel") return;
    expect(loaded.host.kind).toBe("excel");
    expect(loaded.requirements.missingDeclared).toEqual([]);
    expect(loaded.requirements.missingOptional.map((f) => f.id)).toEqual(["chartSeries"]);
    expect(asked).toEqual([
      ...DECLARED_REQUIREMENTS.map((s) => `${s.name} ${s.version}`),
      ...OPTIONAL_FEATURES.map((f) => `${f.set.name} ${f.set.version}`),
    ]);
  });

  it("the preview opens the workbook the query names", async () => {
    const loaded = await loadHost("preview", "?workbook=bad");
    expect(loaded.kind).toBe("preview");
    if (loaded.kind !== "preview") return;
    expect(loaded.host.getState().workbookId).toBe("bad");
  });
});
