import { createExcelHost } from "../../src/excel/excelHost";
import { readSnapshot, type ReadOptions } from "../../src/excel/read/readSnapshot";
import { createExcelSession, type ExcelSession } from "../../src/excel/session";
import { SheetTooLargeError } from "../../src/excel/readLimits";
import type { ReadProgress } from "../../src/workbook/host";
import { fakeExcel, type FakeSheet } from "./fakeExcel";

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

const readWorkbookSnapshot = () => createExcelHost().readSnapshot();
function readWithContext(
  context: any,
  onProgress?: (p: ReadProgress) => void,
  options?: ReadOptions,
  session: ExcelSession = createExcelSession()
) {
  return readSnapshot(context, session, onProgress, options);
}

describe("readWorkbookSnapshot", () => {
  it("reads every sheet in one context.sync()", async () => {
    const fake = fakeExcel({ sheets: [PWR, PFR, EMPTY, LISTS, { ...PFR, name: "Agency" }] });
    (globalThis as any).Excel = fake.excel;
    const snapshot = await readWorkbookSnapshot();
    expect(fake.syncs).toHaveBeenCalledTimes(1);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["PWR", "PFR", "Notes", "Lists", "Agency"]);
  });

  it("maps values, formulas and the used range's address to the snapshot", async () => {
    const fake = fakeExcel({ sheets: [PWR, PFR, EMPTY, LISTS] });
    (globalThis as any).Excel = fake.excel;
    const { sheets, source } = await readWorkbookSnapshot();
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
    const snapshotExact = await readWithContext(exact.context, undefined, { sheetProbe: 3 });
    expect(snapshotExact.sheets).toHaveLength(3);
    expect(exact.syncs).toHaveBeenCalledTimes(2); // all three probed steps were sheets, so one more look

    const fewer = fakeExcel({ sheets: many.slice(0, 2) });
    await readWithContext(fewer.context, undefined, { sheetProbe: 3 });
    expect(fewer.syncs).toHaveBeenCalledTimes(1);

    const more = fakeExcel({ sheets: many });
    const snapshotMore = await readWithContext(more.context, undefined, { sheetProbe: 3 });
    expect(snapshotMore.sheets.map((s) => s.name)).toEqual([
      "S1",
      "S2",
      "S3",
      "S4",
      "S5",
      "S6",
      "S7",
    ]);
    expect(more.syncs).toHaveBeenCalledTimes(3);
  });
});

describe("readWorkbookSnapshot: if Excel rejected the walk", () => {
  it("lists the sheets from the collection instead, in two syncs from then on", async () => {
    const fake = fakeExcel({ sheets: [PWR, PFR, EMPTY] });
    const worksheets = fake.context.workbook.worksheets;
    // office-addin-mock has no collections: a minimal one over the same sheet mocks.
    worksheets.items = [worksheets.s0, worksheets.s1, worksheets.s2];
    worksheets.load = function (this: any) {
      this.items.forEach((sheet: any) => sheet.load("name,visibility"));
      return this;
    };
    fake.syncs.mockImplementationOnce(async () => {
      throw Object.assign(new Error("The argument is invalid or missing."), {
        code: "InvalidArgument",
      });
    });
    const session = createExcelSession();
    const first = await readWithContext(fake.context, undefined, undefined, session);
    expect(first.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["PWR", 3],
      ["PFR", 2],
      ["Notes", 0],
    ]);
    expect(fake.syncs).toHaveBeenCalledTimes(3);
    fake.syncs.mockClear();
    const again = await readWithContext(fake.context, undefined, undefined, session);
    expect(again).toEqual(first);
    expect(fake.syncs).toHaveBeenCalledTimes(2);
  });
});

describe("readWorkbookSnapshot: sheets beyond the read limits", () => {
  const rows = 23;
  const big: FakeSheet = {
    name: "Staff",
    used: `C5:E${4 + rows}`,
    values: Array.from({ length: rows }, (_, r) => [`A${r}`, r, r * 2]),
    formulas: Array.from({ length: rows }, (_, r) => [`A${r}`, r, `=D${5 + r}*2`]),
  };

  it("reads a sheet in row chunks when the one-sync read is too large for a request", async () => {
    const fake = fakeExcel({ sheets: [PWR, big] });
    fake.syncs.mockImplementationOnce(async () => {
      throw Object.assign(new Error("Response payload size has exceeded the limit."), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    });
    const progress: ReadProgress[] = [];
    const snapshot = await readWithContext(fake.context, (p) => progress.push(p), {
      chunkCells: 30,
    });
    const staff = snapshot.sheets[1];
    expect(staff.origin).toEqual({ row: 4, col: 2 });
    expect(staff.values).toEqual(big.values);
    expect(staff.formulas?.[22]).toEqual([null, null, "=D27*2"]);
    expect(snapshot.sheets[0].values).toEqual(PWR.values);
    // The failed read, the sheet list with addresses, the small sheets together, then Staff in parts:
    // 30 cells a chunk, 3 columns wide, so 10 rows at a time and 3 chunks for its 23 rows.
    expect(fake.syncs).toHaveBeenCalledTimes(1 + 1 + 1 + 3);
    expect(fake.chunkReads).toEqual([
      { row: 4, col: 2, rows: 10, cols: 3 },
      { row: 14, col: 2, rows: 10, cols: 3 },
      { row: 24, col: 2, rows: 3, cols: 3 },
    ]);
    expect(progress.map((p) => p.stage)).toContain(
      'Reading sheet "Staff" in parts (too large for one request): rows 11–20 of 23'
    );
  });

  it("reads a sheet in chunks when Excel answers a read over 5M cells with null values", async () => {
    const fake = fakeExcel({ sheets: [PWR, big] });
    const original = Object.getPrototypeOf(fake.context).sync.bind(fake.context);
    fake.syncs.mockImplementationOnce(async () => {
      await original();
      fake.context.workbook.worksheets.s1.used.values = null;
    });
    const snapshot = await readWithContext(fake.context, undefined, { chunkCells: 60 });
    expect(snapshot.sheets[1].values).toEqual(big.values);
    expect(fake.chunkReads).toHaveLength(2);
    expect(fake.syncs).toHaveBeenCalledTimes(3); // the one read, then one per chunk of Staff
  });

  it("halves a chunk that is still too large for a request", async () => {
    const fake = fakeExcel({ sheets: [big] });
    fake.syncs.mockImplementationOnce(async () => {
      throw Object.assign(new Error("too big"), { code: "RequestPayloadSizeLimitExceeded" });
    });
    const original = Object.getPrototypeOf(fake.context).sync.bind(fake.context);
    let chunkSyncs = 0;
    fake.syncs.mockImplementation(async () => {
      const chunk = fake.chunkReads[fake.chunkReads.length - 1];
      if (chunk && chunk.rows > 8) {
        chunkSyncs++;
        throw Object.assign(new Error("too big"), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      await original();
    });
    const snapshot = await readWithContext(fake.context, undefined, { chunkCells: 60 });
    expect(snapshot.sheets[0].values).toEqual(big.values);
    expect(chunkSyncs).toBeGreaterThan(0);
    expect(fake.chunkReads.every((c, i) => i === 0 || c.rows <= 20)).toBe(true);
  });

  it("names the sheet that is too large to read at all", async () => {
    const huge: FakeSheet = { name: "Dump", used: "A1:XFD1048576", values: [] };
    const fake = fakeExcel({ sheets: [PWR, huge] });
    fake.syncs.mockImplementationOnce(async () => {
      throw Object.assign(new Error("too big"), { code: "ResponsePayloadSizeLimitExceeded" });
    });
    const read = readWithContext(fake.context);
    await expect(read).rejects.toBeInstanceOf(SheetTooLargeError);
    await expect(readWithContext(fakeWithFailure(huge).context)).rejects.toThrow(
      'Sheet "Dump" is too large to read: its used range A1:XFD1048576 has 17,179,869,184 cells (the limit is 10,000,000).'
    );
  });

  it("passes on errors that are not about size", async () => {
    const fake = fakeExcel({ sheets: [PWR] });
    fake.syncs.mockImplementationOnce(async () => {
      throw Object.assign(new Error("The user is editing a cell."), {
        code: "InvalidOperationInCellEditMode",
      });
    });
    await expect(readWithContext(fake.context)).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(fake.syncs).toHaveBeenCalledTimes(1);
  });
});

function fakeWithFailure(sheet: FakeSheet) {
  const fake = fakeExcel({ sheets: [sheet] });
  fake.syncs.mockImplementationOnce(async () => {
    throw Object.assign(new Error("too big"), { code: "ResponsePayloadSizeLimitExceeded" });
  });
  return fake;
}
