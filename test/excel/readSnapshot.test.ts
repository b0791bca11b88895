import { createExcelHost } from "../../src/excel/excelHost";
import { readSnapshot, type ReadOptions } from "../../src/excel/read/readSnapshot";
import { SheetTooLargeError } from "../../src/excel/readLimits";
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
    // The failed read, the sheet list with addresses, the small sheets together, then Staff in parts:
    // 30 cells a chunk, 3 columns wide, so 10 rows at a time and 3 chunks for its 23 rows.
    expect(fake.syncCount).toBe(1 + 1 + 1 + 3);
    expect(fake.runtime.reads.filter((r) => r.sheet === "Staff").map((r) => r.address)).toEqual([
      "C5:E14",
      "C15:E24",
      "C25:E27",
    ]);
    expect(fake.syncLog.map((s) => s.outcome)).toEqual([
      "ResponsePayloadSizeLimitExceeded",
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
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

  it("passes on errors that are not about size", async () => {
    const fake = fakeExcel({ sheets: [PWR] });
    fake.failAt(1, "InvalidOperationInCellEditMode");
    await expect(read(fake)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(fake.syncCount).toBe(1);
  });
});
