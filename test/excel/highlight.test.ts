import { clearHighlights, highlight } from "../../src/excel/highlight";
import { createExcelHost } from "../../src/excel/excelHost";
import { createExcelSession, type ExcelSession } from "../../src/excel/session";
import { highlightAreas, markerFormula, type HighlightPlan } from "../../src/workbook/highlight";
import { fakeExcel, type FakeConditionalFormat, type FakeExcel, type FakeSheet } from "./fakeExcel";

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
  return { name: "Staff", used: "A1", values: [["x"]], conditionalFormats: formats, ...extra };
}

const OLD_STAFF: FakeConditionalFormat = { type: "Custom", formula: OURS, address: "A5:I5" };
const OLD_PWR: FakeConditionalFormat = {
  type: "Custom",
  // Excel may give the formula back spaced and in lower case.
  formula: '=and(true, "LLR-coding" = "LLR-coding")',
  address: "L7",
};

/** A seeded format as the fake holds it. */
const seeded = (cf: FakeConditionalFormat) => ({
  type: cf.type,
  address: cf.address,
  formula: cf.formula ?? null,
  fill: null,
});
const ours = (address: string) => ({ type: "Custom", address, formula: OURS, fill: "#FFE699" });

function formatsOn(fake: FakeExcel, sheet: string) {
  return fake.state().sheets.find((s) => s.name === sheet)!.conditionalFormats;
}

function hostOn(fake: FakeExcel, session?: ExcelSession) {
  (globalThis as any).Excel = fake.excel;
  return createExcelHost({ requirements: fake.requirements, session });
}

afterEach(() => {
  delete (globalThis as any).Excel;
});

describe("highlighting in Excel", () => {
  it("adds one custom conditional format per area, with the owned rule and the fill, in three syncs", async () => {
    const fake = fakeExcel({ sheets: [{ name: "PWR" }, staff(USERS)] });
    await hostOn(fake).highlight([plan("Staff", ["A2:I3", "A9:I9"]), plan("PWR", ["L7", "L9"])]);
    expect(fake.syncCount).toBe(3);
    expect(formatsOn(fake, "Staff")).toEqual([...USERS.map(seeded), ours("A2:I3,A9:I9")]);
    expect(formatsOn(fake, "PWR")).toEqual([ours("L7,L9")]);
    // Never a cell fill, no sheet added, nothing of the user's deleted.
    expect(fake.state().sheets.map((s) => [s.name, s.formats])).toEqual([
      ["PWR", {}],
      ["Staff", {}],
    ]);
  });

  it("splits long lists of ranges into areas of bounded length, losing none, still in three syncs", async () => {
    const fake = fakeExcel({ sheets: [staff()] });
    const ranges = Array.from({ length: 800 }, (_, i) => `A${2 * i + 2}:I${2 * i + 2}`);
    const big = plan("Staff", ranges);
    await hostOn(fake).highlight([big]);
    const added = formatsOn(fake, "Staff");
    expect(added.length).toBe(highlightAreas(big).length);
    expect(added.length).toBeGreaterThan(1);
    expect(added.flatMap((f) => f.address.split(","))).toEqual(ranges);
    expect(fake.syncCount).toBe(3);
  });

  it("replaces its earlier highlights on any sheet instead of piling them up, keeping the user's", async () => {
    const fake = fakeExcel({
      sheets: [{ name: "PWR", conditionalFormats: [OLD_PWR] }, staff([...USERS, OLD_STAFF])],
    });
    await hostOn(fake).highlight([plan("Staff", ["A9:I9"])]);
    expect(formatsOn(fake, "PWR")).toEqual([]);
    expect(formatsOn(fake, "Staff")).toEqual([...USERS.map(seeded), ours("A9:I9")]);
    expect(fake.syncCount).toBe(3);
  });

  it("leaves another marker's highlights alone", async () => {
    const other: FakeConditionalFormat = {
      type: "Custom",
      formula: markerFormula("LLR-other"),
      address: "B2",
    };
    const fake = fakeExcel({ sheets: [staff([other, OLD_STAFF])] });
    await hostOn(fake).highlight([plan("Staff", ["A9:I9"])]);
    expect(formatsOn(fake, "Staff")).toEqual([seeded(other), ours("A9:I9")]);
  });

  it("finds the sheet whatever the case of its name", async () => {
    const fake = fakeExcel({ sheets: [staff()] });
    await hostOn(fake).highlight([plan("STAFF", ["A2:I2"])]);
    expect(formatsOn(fake, "Staff")).toEqual([ours("A2:I2")]);
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
      const before = fake.state();
      await expect(hostOn(fake).highlight(plans)).rejects.toThrow(message);
      expect(fake.state()).toEqual(before);
      expect(fake.syncCount).toBe(syncs);
    }
  );

  it("does nothing, without a sync, when there is nothing to highlight", async () => {
    const fake = fakeExcel({ sheets: [staff([OLD_STAFF])] });
    await highlight(fake.context, createExcelSession(), []);
    expect(fake.syncCount).toBe(0);
    expect(formatsOn(fake, "Staff")).toEqual([seeded(OLD_STAFF)]);
  });
});

describe("clearing highlights in Excel", () => {
  it("deletes exactly the add-in's conditional formats on every sheet and counts them; the user's survive", async () => {
    const fake = fakeExcel({
      sheets: [
        { name: "PWR", conditionalFormats: [OLD_PWR, USERS[0]] },
        staff([...USERS, OLD_STAFF]),
        { name: "Notes" },
      ],
    });
    expect(await hostOn(fake).clearHighlights(MARKER)).toBe(2);
    expect(fake.syncCount).toBe(3);
    expect(formatsOn(fake, "PWR")).toEqual([seeded(USERS[0])]);
    expect(formatsOn(fake, "Staff")).toEqual(USERS.map(seeded));
  });

  it("answers 0 in two syncs when there is nothing of the add-in's to clear", async () => {
    const fake = fakeExcel({ sheets: [staff(USERS)] });
    const before = fake.state();
    expect(await hostOn(fake).clearHighlights(MARKER)).toBe(0);
    expect(fake.syncCount).toBe(2);
    expect(fake.state()).toEqual(before);
  });

  it("after highlighting, clearing removes what highlighting added", async () => {
    const fake = fakeExcel({ sheets: [staff(USERS)] });
    const host = hostOn(fake);
    await host.highlight([plan("Staff", ["A2:I2"])]);
    expect(formatsOn(fake, "Staff")).toHaveLength(USERS.length + 1);
    expect(await host.clearHighlights(MARKER)).toBe(1);
    expect(formatsOn(fake, "Staff")).toEqual(USERS.map(seeded));
  });

  it("refuses, removing nothing, when a highlight sits on a protected sheet", async () => {
    const fake = fakeExcel({
      sheets: [staff([OLD_STAFF]), { name: "PWR", protected: true, conditionalFormats: [OLD_PWR] }],
    });
    const before = fake.state();
    await expect(hostOn(fake).clearHighlights(MARKER)).rejects.toThrow(
      'Sheet "PWR" is protected, so its highlights cannot be removed and none were'
    );
    expect(fake.state()).toEqual(before);
  });

  it("a protected sheet without the add-in's highlights does not stop the clear", async () => {
    const fake = fakeExcel({
      sheets: [
        staff([OLD_STAFF]),
        { name: "PWR", protected: true, conditionalFormats: [USERS[0]] },
      ],
    });
    expect(await hostOn(fake).clearHighlights(MARKER)).toBe(1);
  });

  it("says so when Excel refuses the change itself", async () => {
    const fake = fakeExcel({ sheets: [staff([OLD_STAFF])] });
    fake.failAt(3, "AccessDenied");
    await expect(hostOn(fake).clearHighlights(MARKER)).rejects.toThrow(
      "Excel refused to change the highlights (a sheet may be protected or the workbook shared read-only)."
    );
  });
});

describe("highlights: if Excel refused the one-step load of custom rules", () => {
  it("reads the types first and the custom rules' formulas second, from then on", async () => {
    const fake = fakeExcel({ sheets: [staff([...USERS, OLD_STAFF])] });
    fake.failAt(2, "InvalidArgument");
    const session = createExcelSession(fake.requirements);
    expect(await clearHighlights(fake.context, session, MARKER)).toBe(1);
    expect(formatsOn(fake, "Staff")).toEqual(USERS.map(seeded));
    // sheets, the refused load, types, formulas, delete
    expect(fake.syncCount).toBe(5);
    expect(session.nestedRuleLoadUnsupported).toBe(true);

    const again = fakeExcel({ sheets: [staff([...USERS, OLD_STAFF])] });
    expect(await clearHighlights(again.context, session, MARKER)).toBe(1);
    expect(again.syncCount).toBe(4);
  });

  it("other failures are not mistaken for it", async () => {
    const fake = fakeExcel({ sheets: [staff([OLD_STAFF])] });
    fake.failAt(2, "GeneralException");
    const session = createExcelSession(fake.requirements);
    await expect(clearHighlights(fake.context, session, MARKER)).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(session.nestedRuleLoadUnsupported).toBe(false);
    expect(formatsOn(fake, "Staff")).toEqual([seeded(OLD_STAFF)]);
  });
});

describe("highlights on the declared minimum, ExcelApi 1.9", () => {
  it("highlights and clears without calling anything above it", async () => {
    const fake = fakeExcel({ sheets: [staff([OLD_STAFF])] }, { excelApi: "1.9" });
    const host = hostOn(fake);
    expect(await host.clearHighlights(MARKER)).toBe(1);
    await host.highlight([plan("Staff", ["A3:I3"])]);
    expect(formatsOn(fake, "Staff")).toEqual([ours("A3:I3")]);
  });
});
