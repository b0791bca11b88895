import { clearHighlights, highlight } from "../../src/excel/highlight";
import { createExcelSession, type ExcelSession } from "../../src/excel/session";
import { createExcelHost } from "../../src/excel/excelHost";
import { highlightAreas, markerFormula, type HighlightPlan } from "../../src/workbook/highlight";
import { fakeExcel, type FakeConditionalFormat, type FakeSheet } from "./fakeExcel";

const MARKER = "LLR-coding";
const OURS = markerFormula(MARKER);

function plan(sheet: string, ranges: string[], marker = MARKER): HighlightPlan {
  return { sheet, ranges, marker, formula: markerFormula(marker), fill: "#FFE699" };
}

/** The user's own conditional formats: a custom rule, a cell-value rule and a colour scale. */
const USERS: readonly FakeConditionalFormat[] = [
  { type: "Custom", formula: "=$D2>100", address: "D2:D50" },
  { type: "CellValue", address: "E2:E50" },
  { type: "ColorScale", address: "F2:F50" },
  // Mentions the marker's text, but not as the add-in writes it (quoted on its own).
  { type: "Custom", formula: '=A1="LLR-coding-extra"', address: "A1" },
];

function staff(formats: readonly FakeConditionalFormat[] = [], extra: Partial<FakeSheet> = {}) {
  return { name: "Staff", used: "A1:I40", values: [["x"]], conditionalFormats: formats, ...extra };
}

const OLD_STAFF: FakeConditionalFormat = { type: "Custom", formula: OURS, address: "A5:I5" };
const OLD_PWR: FakeConditionalFormat = {
  type: "Custom",
  // Excel may give the formula back spaced and in lower case.
  formula: '=and(true, "LLR-coding" = "LLR-coding")',
  address: "L7",
};

afterEach(() => {
  delete (globalThis as any).Excel;
});

const highlightInExcel = (plans: readonly HighlightPlan[]) => createExcelHost().highlight(plans);
const clearHighlightsInExcel = (marker: string) => createExcelHost().clearHighlights(marker);
const highlightWithContext = (context: any, plans: readonly HighlightPlan[]) =>
  highlight(context, createExcelSession(), plans);
const clearHighlightsWithContext = (
  context: any,
  marker: string,
  session: ExcelSession = createExcelSession()
) => clearHighlights(context, session, marker);

describe("highlightInExcel", () => {
  it("adds one custom conditional format per area, with the owned rule and the fill, in three syncs", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }, staff(USERS)] });
    (globalThis as any).Excel = fake.excel;
    const plans = [plan("Staff", ["A2:I3", "A9:I9"]), plan("PWR", ["L7", "L9"])];
    await highlightInExcel(plans);
    expect(fake.syncs).toHaveBeenCalledTimes(3);
    expect(fake.addedFormats()).toEqual([
      { sheet: "Staff", address: "A2:I3,A9:I9", type: "Custom", formula: OURS, fill: "#FFE699" },
      { sheet: "PWR", address: "L7,L9", type: "Custom", formula: OURS, fill: "#FFE699" },
    ]);
    // Never a cell fill, and nothing of the user's deleted.
    expect(fake.added).toEqual([]);
    expect(fake.deletedFormats).toEqual([]);
  });

  it("splits long lists of ranges into areas of bounded length, losing none, still in three syncs", async () => {
    const fake = fakeExcel({ sheets: [staff()] });
    (globalThis as any).Excel = fake.excel;
    const ranges = Array.from({ length: 800 }, (_, i) => `A${2 * i + 2}:I${2 * i + 2}`);
    const big = plan("Staff", ranges);
    await highlightInExcel([big]);
    const added = fake.addedFormats();
    expect(added.length).toBe(highlightAreas(big).length);
    expect(added.length).toBeGreaterThan(1);
    expect(added.flatMap((f) => f.address.split(","))).toEqual(ranges);
    expect(fake.syncs).toHaveBeenCalledTimes(3);
  });

  it("replaces its earlier highlights on any sheet instead of piling them up, keeping the user's", async () => {
    const fake = fakeExcel({
      sheets: [{ name: "PWR", conditionalFormats: [OLD_PWR] }, staff([...USERS, OLD_STAFF])],
    });
    (globalThis as any).Excel = fake.excel;
    await highlightInExcel([plan("Staff", ["A9:I9"])]);
    expect(fake.deletedFormats.sort()).toEqual(["PWR#0", `Staff#${USERS.length}`]);
    expect(fake.formatsNow()).toEqual([
      ...USERS.map((u) => ({ sheet: "Staff", ...u, formula: u.formula })),
      { sheet: "Staff", type: "Custom", formula: OURS, address: "A9:I9" },
    ]);
    expect(fake.syncs).toHaveBeenCalledTimes(3);
  });

  it("leaves another marker's highlights alone", async () => {
    const other: FakeConditionalFormat = {
      type: "Custom",
      formula: markerFormula("LLR-other"),
      address: "B2",
    };
    const fake = fakeExcel({ sheets: [staff([other, OLD_STAFF])] });
    (globalThis as any).Excel = fake.excel;
    await highlightInExcel([plan("Staff", ["A9:I9"])]);
    expect(fake.deletedFormats).toEqual(["Staff#1"]);
  });

  it("finds the sheet whatever the case of its name", async () => {
    const fake = fakeExcel({ sheets: [staff()] });
    (globalThis as any).Excel = fake.excel;
    await highlightInExcel([plan("STAFF", ["A2:I2"])]);
    expect(fake.addedFormats().map((f) => f.sheet)).toEqual(["Staff"]);
  });

  it.each([
    [
      "a sheet that is gone",
      [staff()],
      [plan("Staff list", ["A2"])],
      'There is no sheet named "Staff list" in this workbook any more, so nothing was highlighted.',
      1,
    ],
    [
      "a protected sheet",
      [staff([], { protected: true })],
      [plan("Staff", ["A2"])],
      'Sheet "Staff" is protected, so nothing was highlighted: unprotect it (Review › Unprotect Sheet) and try again.',
      1,
    ],
    [
      "an earlier highlight on a protected sheet",
      [{ name: "PWR", protected: true, conditionalFormats: [OLD_PWR] }, staff()],
      [plan("Staff", ["A2"])],
      'Sheet "PWR" is protected, so the earlier highlights cannot be replaced: unprotect it (Review › Unprotect Sheet) and try again.',
      2,
    ],
    [
      "a range that is not an address",
      [staff()],
      [plan("Staff", ["A2", "row 7"])],
      'Sheet "Staff": "A2,row 7" is not a list of A1 ranges.',
      1,
    ],
  ])(
    "refuses %s with a message and changes nothing",
    async (_what, sheets, plans, message, syncs) => {
      const fake = fakeExcel({ sheets });
      (globalThis as any).Excel = fake.excel;
      await expect(highlightInExcel(plans)).rejects.toThrow(message);
      expect(fake.addedFormats()).toEqual([]);
      expect(fake.deletedFormats).toEqual([]);
      expect(fake.syncs).toHaveBeenCalledTimes(syncs);
    }
  );

  it("does nothing, without a sync, when there is nothing to highlight", async () => {
    const fake = fakeExcel({ sheets: [staff([OLD_STAFF])] });
    await highlightWithContext(fake.context, []);
    expect(fake.syncs).not.toHaveBeenCalled();
    expect(fake.deletedFormats).toEqual([]);
  });
});

describe("clearHighlightsInExcel", () => {
  it("deletes exactly the add-in's conditional formats on every sheet and counts them; the user's survive", async () => {
    const fake = fakeExcel({
      sheets: [
        { name: "PWR", conditionalFormats: [OLD_PWR, USERS[0]] },
        staff([...USERS, OLD_STAFF]),
        { name: "Notes" },
      ],
    });
    (globalThis as any).Excel = fake.excel;
    expect(await clearHighlightsInExcel(MARKER)).toBe(2);
    expect(fake.syncs).toHaveBeenCalledTimes(3);
    expect(fake.formatsNow()).toEqual([
      { sheet: "PWR", ...USERS[0] },
      ...USERS.map((u) => ({ sheet: "Staff", ...u, formula: u.formula })),
    ]);
    expect(fake.addedFormats()).toEqual([]);
  });

  it("answers 0 in two syncs when there is nothing of the add-in's to clear", async () => {
    const fake = fakeExcel({ sheets: [staff(USERS)] });
    (globalThis as any).Excel = fake.excel;
    expect(await clearHighlightsInExcel(MARKER)).toBe(0);
    expect(fake.syncs).toHaveBeenCalledTimes(2);
    expect(fake.deletedFormats).toEqual([]);
  });

  it("after highlighting, clearing removes what highlighting added", async () => {
    const fake = fakeExcel({ sheets: [staff(USERS)] });
    (globalThis as any).Excel = fake.excel;
    await highlightInExcel([plan("Staff", ["A2:I2"])]);
    expect(fake.formatsNow()).toHaveLength(USERS.length + 1);
    // The fake's added formats are not loadable, so a second fake stands for the saved workbook.
    const reopened = fakeExcel({
      sheets: [
        staff([
          ...USERS,
          ...fake
            .addedFormats()
            .map((f) => ({ type: f.type, formula: String(f.formula), address: f.address })),
        ]),
      ],
    });
    expect(await clearHighlightsWithContext(reopened.context, MARKER)).toBe(1);
    expect(reopened.formatsNow()).toEqual(
      USERS.map((u) => ({ sheet: "Staff", ...u, formula: u.formula }))
    );
  });

  it("refuses, removing nothing, when a highlight sits on a protected sheet", async () => {
    const fake = fakeExcel({
      sheets: [staff([OLD_STAFF]), { name: "PWR", protected: true, conditionalFormats: [OLD_PWR] }],
    });
    (globalThis as any).Excel = fake.excel;
    await expect(clearHighlightsInExcel(MARKER)).rejects.toThrow(
      'Sheet "PWR" is protected, so its highlights cannot be removed and none were'
    );
    expect(fake.deletedFormats).toEqual([]);
  });

  it("a protected sheet without the add-in's highlights does not stop the clear", async () => {
    const fake = fakeExcel({
      sheets: [
        staff([OLD_STAFF]),
        { name: "PWR", protected: true, conditionalFormats: [USERS[0]] },
      ],
    });
    (globalThis as any).Excel = fake.excel;
    expect(await clearHighlightsInExcel(MARKER)).toBe(1);
  });
});

describe("highlights: if Excel refused the one-step load of custom rules", () => {
  it("reads the types first and the custom rules' formulas second, from then on", async () => {
    const fake = fakeExcel({ sheets: [staff([...USERS, OLD_STAFF])] });
    const context = fake.context;
    const realSync = Object.getPrototypeOf(context).sync.bind(context);
    fake.syncs.mockImplementationOnce(realSync).mockImplementationOnce(async () => {
      throw Object.assign(new Error("The argument is invalid or missing."), {
        code: "InvalidArgument",
      });
    });
    const session = createExcelSession();
    expect(await clearHighlightsWithContext(context, MARKER, session)).toBe(1);
    expect(fake.deletedFormats).toEqual([`Staff#${USERS.length}`]);
    // sheets, the refused load, types, formulas, delete
    expect(fake.syncs).toHaveBeenCalledTimes(5);

    fake.syncs.mockClear();
    const again = fakeExcel({ sheets: [staff([...USERS, OLD_STAFF])] });
    expect(await clearHighlightsWithContext(again.context, MARKER, session)).toBe(1);
    expect(again.syncs).toHaveBeenCalledTimes(4);
  });

  it("other failures are not mistaken for it", async () => {
    const fake = fakeExcel({ sheets: [staff([OLD_STAFF])] });
    const context = fake.context;
    const realSync = Object.getPrototypeOf(context).sync.bind(context);
    fake.syncs.mockImplementationOnce(realSync).mockImplementationOnce(async () => {
      throw Object.assign(new Error("Busy"), { code: "GeneralException" });
    });
    await expect(clearHighlightsWithContext(context, MARKER)).rejects.toThrow("Busy");
    expect(fake.deletedFormats).toEqual([]);
  });
});

describe("createExcelHost", () => {
  it("highlights and clears through Excel.run", async () => {
    const fake = fakeExcel({ sheets: [staff([OLD_STAFF])] });
    (globalThis as any).Excel = fake.excel;
    const host = createExcelHost();
    expect(await host.clearHighlights(MARKER)).toBe(1);
    await host.highlight([plan("Staff", ["A3:I3"])]);
    expect(fake.addedFormats().map((f) => f.address)).toEqual(["A3:I3"]);
  });
});
