/**
 * A write is all or nothing: whichever sync fails, at its start or part-way through its batch
 * (Excel keeps what ran before a failure), the workbook ends as it was before, and the error
 * says so. Also: large writes split under Excel on the web's 5 MB limit.
 */
import { applyPlan } from "../../src/excel/write/applyPlan";
import { createExcelSession } from "../../src/excel/session";
import { ownerNameFor } from "../../src/workbook/ownership";
import type { SheetPlan, WritePlan } from "../../src/workbook/plan";
import { fakeExcel, type FakeExcel, type FakeOptions, type WorkbookSpec } from "./fakeExcel";

const PACK: SheetPlan = {
  name: "LLR Pack Oct 23",
  ownerMarker: "llr-pack",
  blocks: [
    { at: "A1", rows: [["Variance to plan (WTE), Oct 23"]] },
    {
      at: "A3",
      rows: [
        ["Staff group", "Plan", "Oct 23"],
        ["Nursing, Midwifery", 5000, { formula: "='PWR'!C2", value: 5086 }],
        ["Total", { formula: "=SUM(B4:B4)", value: 5000 }, 5086],
      ],
    },
  ],
  formats: [{ range: "B4:C5", numberFormat: "#,##0", bold: true }],
  validations: [{ range: "A4:A5", values: ["Nursing, Midwifery", "Total"] }],
  tables: [{ name: "WTEVariance", range: "A3:C5" }],
  charts: [
    {
      name: "wte",
      kind: "line",
      title: "Plan vs actual",
      dataRange: "A3:C5",
      seriesBy: "rows",
      categories: "B3:C3",
      series: [
        { name: "Plan", nameCell: "A4", values: "B4:C4" },
        { name: "Total", nameCell: "A5", values: "B5:C5" },
      ],
      at: "E3",
      width: 480,
      height: 288,
    },
  ],
  activate: true,
};
const PLAN: WritePlan = { sheets: [PACK] };

const PACK_OWNER = {
  name: ownerNameFor("LLR Pack Oct 23", "llr-pack"),
  formula: "='LLR Pack Oct 23'!$A$1",
};
const LISTS_OWNER = { name: ownerNameFor("LLR Lists", "llr-lists"), formula: "='LLR Lists'!$A$1" };

/** A first run: the template sheets and the user's own table and name. */
const FRESH: WorkbookSpec = {
  sheets: [
    {
      name: "PWR",
      used: "A1:C2",
      values: [
        ["Group", "Plan", "Oct 23"],
        ["Nursing", 5000, 5086],
      ],
    },
    { name: "Notes", used: "A1", values: [["mine"]] },
  ],
  names: [{ name: "MyRange", formula: "=PWR!$A$1:$C$2" }],
  tables: [{ name: "UserTable", sheet: "Notes", range: "A1" }],
};

/** A rerun: the add-in's earlier pack and list sheets are there, between the user's sheets. */
const RERUN: WorkbookSpec = {
  sheets: [
    FRESH.sheets[0],
    { name: "LLR Pack Oct 23", used: "A1", values: [["the earlier pack"]] },
    FRESH.sheets[1],
    { name: "LLR Lists", visibility: "Hidden", used: "A1", values: [["Nursing"]] },
  ],
  names: [...FRESH.names!, PACK_OWNER, LISTS_OWNER],
  tables: [...FRESH.tables!, { name: "WTEVariance", sheet: "LLR Pack Oct 23", range: "A3:C5" }],
};

function write(fake: FakeExcel, plan: WritePlan = PLAN, budget?: number) {
  const session = createExcelSession(fake.requirements);
  return applyPlan(fake.newContext(), session, plan, undefined, { requestBudget: budget });
}

/** The syncs and the final state of a write that succeeds. */
async function cleanRun(spec: WorkbookSpec, options?: FakeOptions) {
  const fake = fakeExcel(spec, options);
  await write(fake);
  return { syncs: fake.syncLog.map((s) => s.ops), after: fake.state() };
}

describe.each([
  ["a first write", FRESH],
  ["a rerun that replaces the add-in's earlier sheets", RERUN],
])("%s that fails", (_what, spec) => {
  it("at any sync, at its start, part-way or after its last operation, leaves the workbook as it was", async () => {
    const clean = await cleanRun(spec);
    expect(clean.syncs.length).toBeGreaterThanOrEqual(3);
    for (let n = 1; n <= clean.syncs.length; n++) {
      for (const afterOps of [0, Math.floor(clean.syncs[n - 1] / 2), clean.syncs[n - 1]]) {
        const fake = fakeExcel(spec);
        const before = fake.state();
        fake.failAt(n, "GeneralException", afterOps);
        const last = n === clean.syncs.length && spec === RERUN && afterOps > 0;
        if (last) {
          // The earlier sheets were being deleted: the write is finished instead.
          await expect(write(fake)).resolves.toMatchObject({
            sheets: ["LLR Pack Oct 23", "LLR Lists"],
          });
          expect(fake.state()).toEqual(clean.after);
        } else {
          await expect(write(fake)).rejects.toThrow(
            /^Nothing was changed: Excel reported an error/
          );
          expect({ n, afterOps, state: fake.state() }).toEqual({ n, afterOps, state: before });
        }
      }
    }
  });
});

describe("the message when a write fails", () => {
  it("says nothing was changed and what Excel reported", async () => {
    const fake = fakeExcel(RERUN);
    fake.failAt(3, "GeneralException", 5);
    await expect(write(fake)).rejects.toMatchObject({
      code: "GeneralException",
      message:
        'Nothing was changed: Excel reported an error while trying to write "LLR Pack Oct 23", "LLR Lists" ' +
        "(GeneralException: An injected GeneralException at sync 3.). Try again; if it happens again, save the workbook, close and reopen it.",
    });
  });

  it("names the sheets left behind when undoing fails too", async () => {
    const fake = fakeExcel(RERUN);
    fake.failAt(3, "GeneralException", 5); // the commit, part-way
    fake.failAt(5, "GeneralException"); // the undo's own repair
    const error = (await write(fake).then(
      () => new Error("the write succeeded"),
      (e: Error) => e
    )) as Error;
    expect(error.message).toContain("Excel then failed again while undoing it (GeneralException");
    expect(error.message).toContain(
      '"LLR writing 1", "LLR writing 2", "LLR replaced 1", "LLR replaced 2"'
    );
    expect(error.message).toContain("Your own sheets were not changed.");
    const names = fake.state().sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["PWR", "Notes"]));
    expect(fake.read("Notes", "A1")).toEqual([["mine"]]);
  });
});
