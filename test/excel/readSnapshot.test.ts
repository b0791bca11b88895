import { createExcelHost } from "../../src/excel/excelHost";
import { readSnapshot, type ReadOptions } from "../../src/excel/read/readSnapshot";
import { SheetTooLargeError } from "../../src/excel/readLimits";
import { dateSystemOf } from "../../src/excel/read/dateSystem";
import { createExcelSession, type ExcelSession } from "../../src/excel/session";
import type { ReadProgress } from "../../src/workbook/host";
import { fakeExcel, type FakeExcel, type FakeSheet } from "./fakeExcel";

const PWR: FakeSheet = {
  name: "PWR",
  used: "B2:D4",
  values: [
    ["Organisation", "Measure", "Apr 23"],
    ["UHL", "Plan", 100],
    ["UHL", "Total", 100],
  ],
  formulas: [
    ["Organisation", "Measure", "Apr 23"],
    ["UHL", "Plan", 100],
    ["UHL", "Total", "=D3"],
  ],
};
const PFR: FakeSheet = {
  name: "PFR",
  used: "A1:B2",
  values: [
    ["Organisation", ""],
    ["LPT", "#REF!"],
  ],
  formulas: [
    ["Organisation", ""],
    ["LPT", "=#REF!*2"],
  ],
};
const EMPTY: FakeSheet = { name: "Notes" };
const LISTS: FakeSheet = { name: "Lists", visibility: "Hidden", used: "A1", values: [["UHL"]] };

afterEach(() => {
  delete (globalThis as any).Excel;
});

function hostOn(fake: FakeExcel) {
  (globalThis as any).Excel = fake.excel;
  return createExcelHost({ requirements: fake.requirements });
}

function read(
  fake: FakeExcel,
  options?: ReadOptions & { onProgress?: (p: ReadProgress) => void },
  session: ExcelSession = createExcelSession(fake.requirements)
) {
  return readSnapshot(fake.newContext(), session, options?.onProgress, options);
}

describe("reading the workbook", () => {
  it("reads every sheet in one context.sync()", async () => {
    const fake = fakeExcel({ sheets: [PWR, PFR, EMPTY, LISTS, { ...PFR, name: "Agency" }] });
    const snapshot = await hostOn(fake).readSnapshot();
    expect(fake.syncCount).toBe(1);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["PWR", "PFR", "Notes", "Lists", "Agency"]);
  });

  it("maps values, formulas and the used range's address to the snapshot", async () => {
    const fake = fakeExcel({ sheets: [PWR, PFR, EMPTY, LISTS] });
    const { sheets, source } = await hostOn(fake).readSnapshot();
    expect(source).toBe("Excel");
    expect(sheets[0]).toEqual({
      name: "PWR",
      origin: { row: 1, col: 1 },
      values: PWR.values,
      formulas: [
        [null, null, null],
        [null, null, null],
        [null, null, "=D3"],
      ],
    });
    expect(sheets[1]).toEqual({
      name: "PFR",
      origin: { row: 0, col: 0 },
      values: [
        ["Organisation", null],
        ["LPT", "#REF!"],
      ],
      formulas: [
        [null, null],
        [null, "=#REF!*2"],
      ],
    });
    expect(sheets[2]).toEqual({ name: "Notes", origin: { row: 0, col: 0 }, values: [] });
    expect(sheets[3]).toEqual({
      name: "Lists",
      hidden: true,
      origin: { row: 0, col: 0 },
      values: [["UHL"]],
    });
  });

  it("takes a second sync only when the workbook has more sheets than one round probes", async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...PFR, name: `S${i + 1}` }));
    const exact = fakeExcel({ sheets: many.slice(0, 3) });
    expect((await read(exact, { sheetProbe: 3 })).sheets).toHaveLength(3);
    expect(exact.syncCount).toBe(2); // all three probed steps were sheets, so one more look

    const fewer = fakeExcel({ sheets: many.slice(0, 2) });
    await read(fewer, { sheetProbe: 3 });
    expect(fewer.syncCount).toBe(1);

    const more = fakeExcel({ sheets: many });
    const snapshotMore = await read(more, { sheetProbe: 3 });
    expect(snapshotMore.sheets.map((s) => s.name)).toEqual([
      "S1",
      "S2",
      "S3",
      "S4",
      "S5",
      "S6",
      "S7",
    ]);
    expect(more.syncCount).toBe(3);
  });

  it("remembers the sheet count, so the next read probes enough sheets in one round", async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...PFR, name: `S${i + 1}` }));
    const fake = fakeExcel({ sheets: many });
    const session = createExcelSession(fake.requirements);
    await read(fake, {}, session);
    expect(fake.syncCount).toBe(2); // 24 probed, 30 there
    await read(fake, {}, session);
    expect(fake.syncCount).toBe(3); // 38 probed: one sync
  });
});

describe("reading: if Excel rejected the walk", () => {
  it.each(["GeneralException", "InvalidArgument", "ItemNotFound", "NotImplemented"])(
    "falls back to the documented path on %s, reading values in one more sync, not in parts",
    async (code) => {
      const fake = fakeExcel({ sheets: [PWR, PFR, EMPTY] });
      fake.failAt(1, code);
      const session = createExcelSession(fake.requirements);
      const snapshot = await read(fake, {}, session);
      expect(snapshot.sheets.map((s) => s.values)).toEqual([
        PWR.values,
        [
          ["Organisation", null],
          ["LPT", "#REF!"],
        ],
        [],
      ]);
      expect(session.walkUnsupported).toBe(true);
      expect(fake.syncCount).toBe(3);
      expect(fake.runtime.reads.map((r) => r.sheet)).toEqual(["PWR", "PFR"]);
    }
  );

  it("falls back when this Excel has no walk at all (ExcelApi 1.4)", async () => {
    const fake = fakeExcel({ sheets: [PWR, EMPTY] }, { excelApi: "1.4" });
    const snapshot = await read(fake);
    expect(fake.syncLog.map((s) => s.outcome)).toEqual(["ApiNotFound", "ok", "ok"]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["PWR", "Notes"]);
  });

  it("reports a GeneralException that does not go away instead of retrying it as too large", async () => {
    const fake = fakeExcel({ sheets: [PWR] });
    for (let n = 1; n <= 10; n++) fake.failAt(n, "GeneralException");
    await expect(read(fake)).rejects.toThrow(
      /^Excel reported an error while trying to read the workbook \(GeneralException: .*\)\. Try again; if it happens again, save the workbook, close and reopen it\.$/
    );
    expect(fake.syncCount).toBe(3);
  });

  it("lists the sheets from the collection instead, in two syncs from then on", async () => {
    const fake = fakeExcel(
      { sheets: [PWR, PFR, EMPTY] },
      { navigationFromNull: "InvalidArgument" }
    );
    const session = createExcelSession(fake.requirements);
    const first = await read(fake, {}, session);
    expect(first.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["PWR", 3],
      ["PFR", 2],
      ["Notes", 0],
    ]);
    expect(fake.syncCount).toBe(3);
    expect(session.walkUnsupported).toBe(true);
    const again = await read(fake, {}, session);
    expect(again).toEqual(first);
    expect(fake.syncCount).toBe(5);
  });
});

describe("reading sheets beyond the read limits", () => {
  const rows = 23;
  const big: FakeSheet = {
    name: "Staff",
    used: `C5:E${4 + rows}`,
    values: Array.from({ length: rows }, (_, r) => [`A${r}`, r, r * 2]),
    formulas: Array.from({ length: rows }, (_, r) => [`A${r}`, r, `=D${5 + r}*2`]),
  };

  it("reads a sheet in row chunks when the one-sync read is too large for a request", async () => {
    // About 35 bytes of values and formulas a row: the whole workbook is over 600 bytes, a chunk is not.
    const fake = fakeExcel({ sheets: [PWR, big] }, { flavour: "web", payloadLimit: 600 });
    const progress: ReadProgress[] = [];
    const snapshot = await read(fake, { chunkCells: 30, onProgress: (p) => progress.push(p) });
    const staff = snapshot.sheets[1];
    expect(staff.origin).toEqual({ row: 4, col: 2 });
    expect(staff.values).toEqual(big.values);
    expect(staff.formulas?.[22]).toEqual([null, null, "=D27*2"]);
    expect(snapshot.sheets[0].values).toEqual(PWR.values);
    // The failed walk, the sheet list, their used ranges' addresses, the small sheets together,
    // then Staff in parts: 30 cells a chunk, 3 columns wide, so 10 rows at a time and 3 chunks.
    expect(fake.syncCount).toBe(1 + 1 + 1 + 1 + 3);
    expect(fake.runtime.reads.filter((r) => r.sheet === "Staff").map((r) => r.address)).toEqual([
      "C5:E14",
      "C15:E24",
      "C25:E27",
    ]);
    expect(fake.syncLog.map((s) => s.outcome)).toEqual([
      "ResponsePayloadSizeLimitExceeded",
      ...Array(6).fill("ok"),
    ]);
    expect(progress.map((p) => p.stage)).toContain(
      'Reading sheet "Staff" in parts (too large for one request): rows 11–20 of 23'
    );
  });

  it("reads a sheet in chunks when Excel answers a read over 5M cells with null values", async () => {
    const fake = fakeExcel({ sheets: [PWR, big] }, { readCellLimit: 60 });
    const snapshot = await read(fake, { chunkCells: 60 });
    expect(snapshot.sheets[1].values).toEqual(big.values);
    expect(fake.runtime.reads.filter((r) => r.sheet === "Staff")).toHaveLength(2);
    expect(fake.syncCount).toBe(3); // the one read, then one per chunk of Staff
  });

  it("halves a chunk that is still too large for a request", async () => {
    const wide: FakeSheet = {
      name: "Staff",
      used: "A1:B40",
      values: Array.from({ length: 40 }, (_, r) => [`Assignment ${r}`, "x".repeat(40)]),
    };
    // A chunk of 60 cells (30 rows) is about 3,000 bytes each way: over the limit of 2,000.
    const fake = fakeExcel({ sheets: [wide] }, { flavour: "web", payloadLimit: 2000 });
    const snapshot = await read(fake, { chunkCells: 60 });
    expect(snapshot.sheets[0].values).toEqual(wide.values);
    const refused = fake.syncLog.filter((s) => s.outcome === "ResponsePayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(1);
    expect(fake.syncLog.every((s) => s.responseBytes <= 2000 || s.outcome !== "ok")).toBe(true);
  });

  it("names the sheet that is too large to read at all", async () => {
    const huge: FakeSheet = { name: "Dump", used: "A1:XFD1048576", values: [] };
    const fake = fakeExcel({ sheets: [PWR, huge] });
    await expect(read(fake)).rejects.toBeInstanceOf(SheetTooLargeError);
    await expect(read(fakeExcel({ sheets: [huge] }))).rejects.toThrow(
      'Sheet "Dump" is too large to read: its used range A1:XFD1048576 has 17,179,869,184 cells (the limit is 10,000,000).'
    );
  });

  it("passes on errors that are not about size, in words, after trying the documented path once", async () => {
    const fake = fakeExcel({ sheets: [PWR] });
    for (const n of [1, 2, 3]) fake.failAt(n, "InvalidOperationInCellEditMode");
    const session = createExcelSession(fake.requirements);
    await expect(read(fake, {}, session)).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
      message:
        "Excel could not read the workbook while a cell is being edited: press Enter or Esc in the sheet, then try again.",
    });
    // The walk, the sheet list with the date probe, the sheet list without it: then it gives up.
    expect(fake.syncCount).toBe(3);
    expect(session.dateProbeUnsupported).toBe(false);
  });
});

describe("reading the workbook's date system", () => {
  it.each([1900, 1904] as const)(
    "carries the %s date system in the snapshot, asked in the same one sync",
    async (system) => {
      const fake = fakeExcel({ sheets: [PWR], dateSystem: system });
      const snapshot = await hostOn(fake).readSnapshot();
      expect(snapshot.dateSystem).toBe(system);
      expect(fake.syncCount).toBe(1);
      expect(fake.runtime.used).toContain("Functions.date");
    }
  );

  it("asks it on the documented path too", async () => {
    const fake = fakeExcel({ sheets: [PWR], dateSystem: 1904 }, { excelApi: "1.4" });
    expect((await read(fake)).dateSystem).toBe(1904);
  });

  it("assumes 1900 and keeps reading when Excel refuses the question, and stops asking", async () => {
    const fake = fakeExcel(
      { sheets: [PWR], dateSystem: 1904 },
      { functionsFail: "GeneralException" }
    );
    const session = createExcelSession(fake.requirements);
    const first = await read(fake, {}, session);
    expect(first.dateSystem).toBe(1900);
    expect(first.sheets[0].values).toEqual(PWR.values);
    // The walk with the probe, the list with the probe, the list without it, the used ranges.
    expect(fake.syncLog.map((s) => s.outcome)).toEqual([
      "GeneralException",
      "GeneralException",
      "ok",
      "ok",
    ]);
    expect(session.dateProbeUnsupported).toBe(true);
    await read(fake, {}, session);
    expect(fake.syncLog.slice(4).map((s) => s.outcome)).toEqual(["ok", "ok"]);
  });

  it("takes only Excel's two known answers as a date system", () => {
    const answer = (value: unknown) => dateSystemOf({ value } as Excel.FunctionResult<number>);
    expect([answer(1462), answer(0), answer(42), answer(null), dateSystemOf(null)]).toEqual([
      1900, 1904, 1900, 1900, 1900,
    ]);
  });
});
