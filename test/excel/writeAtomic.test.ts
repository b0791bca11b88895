/**
 * A write is all or nothing: whichever sync fails, at its start or part-way through its batch
 * (Excel keeps what ran before a failure), the workbook ends as it was before, and the error
 * says so.
 */
import sampleJson from "../../seeds/llr-m7-sample.snapshot.json";
import { buildPack, packPlan } from "../../src/domain/pack";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { a1Range } from "../../src/workbook/a1";
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

function write(fake: FakeExcel, plan: WritePlan = PLAN) {
  return applyPlan(fake.newContext(), createExcelSession(fake.requirements), plan);
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

/** A sheet of the snapshot as Excel holds it. */
function seeded(sheet: SheetSnapshot) {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  if (sheet.values.length === 0 || width === 0) return { name: sheet.name };
  const grid = (pick: (r: number, c: number) => unknown) =>
    sheet.values.map((_, r) => Array.from({ length: width }, (_, c) => pick(r, c)));
  return {
    name: sheet.name,
    used: a1Range(
      sheet.origin.row,
      sheet.origin.col,
      sheet.origin.row + sheet.values.length - 1,
      sheet.origin.col + width - 1
    ),
    values: grid((r, c) => sheet.values[r][c] ?? ""),
    formulas: grid((r, c) => sheet.formulas?.[r]?.[c] || (sheet.values[r][c] ?? "")),
  };
}

describe("the Month 7 sample's pack, written again over the earlier one", () => {
  it("fails at any sync and leaves the workbook, earlier pack included, as it was", async () => {
    // The pack reads the returns, not the Staff sheet: left out, the test runs in seconds.
    const full = sampleJson as unknown as WorkbookSnapshot;
    const sample = { ...full, sheets: full.sheets.filter((sh) => sh.name !== "Staff") };
    const pack = buildPack(sample);
    if (!pack.ok) throw new Error(pack.error.message);
    const plan = packPlan(pack.value);
    const first = fakeExcel({ sheets: sample.sheets.map(seeded) }, { excelApi: "1.12" });
    await write(first, plan);
    // The workbook with its first pack, as the user saved it.
    const spec = first.saved();
    const clean = fakeExcel(spec);
    await write(clean, plan);
    const syncs = clean.syncLog.map((s) => s.ops);
    expect(syncs).toHaveLength(4);
    expect(spec.sheets.map((sh) => sh.name)).toContain("LLR Pack Oct 23");
    for (let n = 1; n < syncs.length; n++) {
      for (const afterOps of [0, Math.floor(syncs[n - 1] / 2), syncs[n - 1]]) {
        const fake = fakeExcel(spec);
        const before = fake.state();
        fake.failAt(n, "GeneralException", afterOps);
        await expect(write(fake, plan)).rejects.toThrow(/^Nothing was changed/);
        expect({ n, afterOps, state: fake.state() }).toEqual({ n, afterOps, state: before });
      }
    }
  });
});
