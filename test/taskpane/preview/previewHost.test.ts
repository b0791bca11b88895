import { createPreviewHost } from "../../../src/preview/previewHost";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import type { WritePlan } from "../../../src/workbook/plan";
import type { PreviewWorkbookId } from "../../../src/preview/workbookChoices";

const workbooks: Record<PreviewWorkbookId, WorkbookSnapshot> = {
  sample: {
    source: "Sample",
    sheets: [
      {
        name: "PWR",
        origin: { row: 2, col: 1 }, // used range starts at B3
        values: [
          ["Organisation", "Staff group", "Apr 23"],
          ["UHL", "Medical, Dental", 1200.5],
          ["LPT", "Other", null],
        ],
        formulas: [
          [null, null, null],
          [null, null, "=1200+0.5"],
          [null, null, null],
        ],
      },
      {
        name: "Settings",
        origin: { row: 0, col: 0 },
        values: [["Financial year", "2023/24"]],
        hidden: true,
      },
    ],
  },
  bad: { source: "Bad", sheets: [{ name: "Only", origin: { row: 0, col: 0 }, values: [["x"]] }] },
  hostile: {
    source: "<b>x</b>",
    sheets: [{ name: "Only", origin: { row: 0, col: 0 }, values: [["<i>"]] }],
  },
};

const host = (workbook: PreviewWorkbookId = "sample") =>
  createPreviewHost({ workbook, open: (id) => workbooks[id] });

describe("preview host", () => {
  it("reads back the workbook it was built from, origins and formulas included", async () => {
    const snapshot = await host().readSnapshot();
    expect(snapshot.sheets).toEqual(workbooks.sample.sheets.map((s) => ({ hidden: false, ...s })));
    expect(snapshot.source).toBe("Preview: Sample");
  });

  it("hands on the workbook's date system with every read, and none when the workbook states none", async () => {
    const dated = createPreviewHost({
      open: () => ({ ...workbooks.sample, dateSystem: 1904 }),
    });
    expect((await dated.readSnapshot()).dateSystem).toBe(1904);
    expect(await host().readSnapshot()).not.toHaveProperty("dateSystem");
  });

  it("reports progress sheet by sheet, ending at 1", async () => {
    const progress: { stage: string; fraction?: number }[] = [];
    await host().readSnapshot((p) => progress.push(p));
    expect(progress.map((p) => p.stage)).toEqual([
      "Reading PWR",
      "Reading Settings",
      "Read all sheets",
    ]);
    expect(progress.map((p) => p.fraction)).toEqual([0, 0.5, 1]);
  });

  it.each([
    ["PWR", "D4", "PWR", "D4"],
    ["pwr", "$d$4", "PWR", "D4"], // Excel matches sheet names case-insensitively
    ["PWR", "B3:D5", "PWR", "B3:D5"],
    ["PWR", "D5:B3", "PWR", "D5:B3"],
    ["Settings", "", "Settings", "A1"], // a whole-sheet issue has no cell
  ])(
    "select(%j, %j) selects %s!%s and tells subscribers",
    async (sheet, address, wantSheet, wantAddress) => {
      const h = host();
      const seen: string[] = [];
      h.subscribe(() =>
        seen.push(`${h.getState().selection?.sheet}!${h.getState().selection?.address}`)
      );
      await h.select(sheet, address);
      expect(seen).toEqual([`${wantSheet}!${wantAddress}`]);
    }
  );

  it("selecting a range records its rectangle", async () => {
    const h = host();
    await h.select("PWR", "D5:B3");
    expect(h.getState().selection?.rect).toEqual({ top: 2, left: 1, bottom: 4, right: 3 });
  });

  it.each([
    ["Vacancies", "A1", /no sheet named "Vacancies"/],
    ["PWR", "14H", /"14H" is not a cell address on sheet PWR/],
    ["PWR", "A1:B2:C3", /not a cell address/],
  ])(
    "select(%j, %j) rejects with a message naming the problem",
    async (sheet, address, message) => {
      const h = host();
      const before = h.getState();
      await expect(h.select(sheet, address)).rejects.toThrow(message);
      expect(h.getState()).toBe(before);
    }
  );

  it("starts with A1 of the first visible sheet selected", () => {
    expect(host().getState().selection).toMatchObject({ sheet: "PWR", address: "A1" });
  });

  it("openWorkbook swaps the workbook and notifies", async () => {
    const h = host();
    const listener = jest.fn();
    const unsubscribe = h.subscribe(listener);
    h.openWorkbook("bad");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(h.getState().workbookId).toBe("bad");
    expect((await h.readSnapshot()).sheets.map((s) => s.name)).toEqual(["Only"]);
    unsubscribe();
    h.openWorkbook("sample");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  describe("applyPlan", () => {
    const plan = (marker?: string, name = "LLR Pack"): WritePlan => ({
      sheets: [
        {
          name,
          ownerMarker: marker,
          activate: true,
          blocks: [
            {
              at: "B2",
              rows: [
                ["Group", "Variance"],
                ["Other", { formula: "=C4-C5", value: -3 }],
              ],
            },
            { at: "A1", rows: [["Month 7 pack"]] },
          ],
          tables: [{ name: "Variance", range: "B2:C3" }],
        },
      ],
    });

    it("writes the blocks to a new sheet, values and formulas, and selects it when asked", async () => {
      const h = host();
      const result = await h.applyPlan(plan("llr-pack"));
      expect(result).toEqual({ sheets: ["LLR Pack"], messages: [] });
      const sheet = (await h.readSnapshot()).sheets.find((s) => s.name === "LLR Pack")!;
      expect(sheet.origin).toEqual({ row: 0, col: 0 });
      expect(sheet.values).toEqual([
        ["Month 7 pack", null, null],
        [null, "Group", "Variance"],
        [null, "Other", -3],
      ]);
      expect(sheet.formulas?.[2][2]).toBe("=C4-C5");
      expect(h.getState().selection).toMatchObject({ sheet: "LLR Pack", address: "A1" });
      expect(h.getState().sheets.find((s) => s.name === "LLR Pack")?.tables).toEqual([
        { name: "Variance", range: "B2:C3" },
      ]);
    });

    it("replaces its own sheet on a second run rather than adding another", async () => {
      const h = host();
      await h.applyPlan(plan("llr-pack"));
      const again = await h.applyPlan(plan("llr-pack"));
      expect(again.sheets).toEqual(["LLR Pack"]);
      expect(h.getState().sheets.map((s) => s.name)).toEqual(["PWR", "Settings", "LLR Pack"]);
    });

    it("never writes over a sheet the add-in did not make", async () => {
      const h = host();
      const before = (await h.readSnapshot()).sheets.find((s) => s.name === "PWR");
      const result = await h.applyPlan(plan("llr-pack", "pwr"));
      expect(result.sheets).toEqual(["pwr (2)"]);
      expect(result.messages).toEqual([
        'A sheet named "PWR" already exists and was not made by the add-in, so it was left as it is and "pwr (2)" was written instead.',
      ]);
      expect((await h.readSnapshot()).sheets.find((s) => s.name === "PWR")).toEqual(before);
    });

    it("a plan without a marker, or with another marker, never replaces an add-in sheet", async () => {
      const h = host();
      await h.applyPlan(plan("llr-pack"));
      expect((await h.applyPlan(plan(undefined))).sheets).toEqual(["LLR Pack (2)"]);
      expect((await h.applyPlan(plan("llr-other"))).sheets).toEqual(["LLR Pack (3)"]);
    });

    it("gives up, writing nothing, when every alternative name is taken by the user", async () => {
      const taken: WorkbookSnapshot = {
        sheets: ["Pack", ...Array.from({ length: 9 }, (_, i) => `Pack (${i + 2})`)].map((name) => ({
          name,
          origin: { row: 0, col: 0 },
          values: [["mine"]],
        })),
      };
      const h = createPreviewHost({ workbook: "sample", open: () => taken });
      const before = h.getState();
      await expect(h.applyPlan(plan("llr-pack", "Pack"))).rejects.toThrow(
        /already exist and were not made by the add-in/
      );
      expect(h.getState()).toBe(before);
    });

    describe("table names: one policy with Excel and files", () => {
      const tablesOf = (h: ReturnType<typeof host>, sheet: string) =>
        h
          .getState()
          .sheets.find((s) => s.name === sheet)
          ?.tables.map((t) => t.name);
      /** The sample with the user's own defined names (named ranges). */
      const withNames = (...definedNames: string[]) =>
        createPreviewHost({ open: () => ({ ...workbooks.sample, definedNames }) });

      it("a clash with a table on another sheet: the next free name, and a message", async () => {
        const h = host();
        await h.applyPlan(plan("llr-pack"));
        const other = await h.applyPlan(plan("llr-other"));
        expect(other).toEqual({
          sheets: ["LLR Pack (2)"],
          messages: [
            'A sheet named "LLR Pack" already exists and was not made by the add-in, so it was left as it is and "LLR Pack (2)" was written instead.',
            'A table or defined name "Variance" already exists in the workbook, so the table on "LLR Pack (2)" is named "Variance_2".',
          ],
        });
        expect(tablesOf(h, "LLR Pack")).toEqual(["Variance"]);
        expect(tablesOf(h, "LLR Pack (2)")).toEqual(["Variance_2"]);
      });

      it("a clash with a defined name counts the same", async () => {
        const h = withNames("Variance");
        const result = await h.applyPlan(plan("llr-pack"));
        expect(result.messages).toEqual([expect.stringContaining('is named "Variance_2"')]);
        expect(tablesOf(h, "LLR Pack")).toEqual(["Variance_2"]);
      });

      it("compares names without regard to case", async () => {
        const h = withNames("VARIANCE", "variance_2");
        await h.applyPlan(plan("llr-pack"));
        expect(tablesOf(h, "LLR Pack")).toEqual(["Variance_3"]);
      });

      it("replacing its own sheet frees that sheet's names: the same name, no message", async () => {
        const h = host();
        await h.applyPlan(plan("llr-pack"));
        expect(await h.applyPlan(plan("llr-pack"))).toEqual({ sheets: ["LLR Pack"], messages: [] });
        expect(tablesOf(h, "LLR Pack")).toEqual(["Variance"]);
      });

      it("refuses, writing nothing, when every candidate is taken", async () => {
        const h = withNames(
          "Variance",
          ...Array.from({ length: 8 }, (_, i) => `Variance_${i + 2}`)
        );
        const before = h.getState();
        const listener = jest.fn();
        h.subscribe(listener);
        await expect(h.applyPlan(plan("llr-pack"))).rejects.toThrow(
          'The workbook already has tables or defined names "Variance" to "Variance_9", so the table for "LLR Pack" cannot be named: rename or delete one of them and run again. Nothing was written.'
        );
        expect(h.getState()).toBe(before);
        expect(listener).not.toHaveBeenCalled();
      });
    });

    it("rejects a block with a bad address, naming the sheet", async () => {
      const bad: WritePlan = { sheets: [{ name: "X", blocks: [{ at: "nowhere", rows: [[1]] }] }] };
      await expect(host().applyPlan(bad)).rejects.toThrow('Cannot write to "nowhere" on sheet X');
    });
  });
});
