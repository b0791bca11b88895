/**
 * The fake Excel's own tests: it must refuse what Office.js refuses, or the adapter's tests
 * would prove nothing.
 */
import { CLASSES } from "./fake/classes";
import { documentedApiSet } from "./fake/apiSets";
import { fakeExcel, type FakeSheet } from "./fakeExcel";

const PWR: FakeSheet = {
  name: "PWR",
  used: "A1:B2",
  values: [
    ["Organisation", "Apr 23"],
    ["UHL", 100],
  ],
};

describe("the strict fake Excel", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, and answers after", async () => {
    const fake = fakeExcel({ sheets: [PWR] });
    const sheet = fake.context.workbook.worksheets.getItem("PWR");
    expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheet.load("name");
    expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await fake.context.sync();
    expect(sheet.name).toBe("PWR");
    expect(() => sheet.visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("answers isNullObject only after a sync", async () => {
    const fake = fakeExcel({ sheets: [PWR] });
    const missing = fake.context.workbook.worksheets.getItemOrNullObject("Gone");
    const found = fake.context.workbook.worksheets.getItemOrNullObject("pwr");
    expect(() => missing.isNullObject).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" })
    );
    await fake.context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(found.isNullObject).toBe(false);
  });

  it("queues operations and runs them in order at sync", async () => {
    const fake = fakeExcel({ sheets: [PWR] });
    const sheet = fake.context.workbook.worksheets.add("New");
    sheet.getRange("A1:B1").formulas = [["x", "=A1"]];
    sheet.name = "Renamed";
    expect(fake.state().sheets.map((s) => s.name)).toEqual(["PWR"]);
    await fake.context.sync();
    expect(fake.state().sheets.map((s) => s.name)).toEqual(["PWR", "Renamed"]);
    expect(fake.read("Renamed", "A1:B1", "formulas")).toEqual([["x", "=A1"]]);
    // add, getRange, formulas =, name =
    expect(fake.syncLog[0]).toMatchObject({ n: 1, ops: 4, outcome: "ok" });
  });

  it("keeps what ran before an injected failure, runs nothing after it and delivers no loads", async () => {
    const fake = fakeExcel({ sheets: [PWR] });
    fake.failAt(1, "GeneralException", 2);
    const wb = fake.context.workbook;
    wb.worksheets.add("One");
    wb.worksheets.add("Two");
    wb.worksheets.add("Three");
    const pwr = wb.worksheets.getItem("PWR");
    pwr.load("name");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.state().sheets.map((s) => s.name)).toEqual(["PWR", "One", "Two"]);
    expect(() => pwr.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(fake.syncLog[0]).toMatchObject({ ops: 5, ran: 2, outcome: "GeneralException" });
  });

  it("fails a member above its ExcelApi version with ApiNotFound, and answers isSetSupported", async () => {
    const fake = fakeExcel({ sheets: [PWR] }, { excelApi: "1.8" });
    fake.context.workbook.worksheets
      .getItem("PWR")
      .getRanges("A1,B2")
      .conditionalFormats.add("Custom");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
  });

  it("on the web, refuses a request or a response over 5 MB", async () => {
    const rows = 120_000; // about 6 MB of JSON
    const big = Array.from({ length: rows }, (_, r) => [
      `Assignment ${r}`,
      "Registered Nurse - Adult",
      r,
    ]);
    const web = fakeExcel({ sheets: [PWR] }, { flavour: "web" });
    const sheet = web.context.workbook.worksheets.add("Big");
    sheet.getRange(`A1:C${rows}`).values = big;
    await expect(web.context.sync()).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(web.state().sheets.map((s) => s.name)).toEqual(["PWR"]);

    const stored = fakeExcel(
      { sheets: [PWR, { name: "Big", used: `A1:C${rows}`, values: big }] },
      { flavour: "web" }
    );
    const used = stored.context.workbook.worksheets.getItem("Big").getUsedRangeOrNullObject(true);
    used.load("values,formulas");
    await expect(stored.context.sync()).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });

    const desktop = fakeExcel({ sheets: [PWR, { name: "Big", used: `A1:C${rows}`, values: big }] });
    const read = desktop.context.workbook.worksheets.getItem("Big").getUsedRangeOrNullObject(true);
    read.load("values");
    await desktop.context.sync();
    expect(read.values).toHaveLength(rows);
  });

  it("answers a read over the cell limit with null values, as Excel may", async () => {
    const fake = fakeExcel({ sheets: [PWR] }, { readCellLimit: 3 });
    const used = fake.context.workbook.worksheets.getItem("PWR").getUsedRangeOrNullObject(true);
    used.load("address,values");
    await fake.context.sync();
    expect(used.address).toBe("PWR!A1:B2");
    expect(used.values).toBeNull();
  });

  it("rewrites references to a renamed sheet and turns those to a deleted one into #REF!", async () => {
    const fake = fakeExcel({
      sheets: [PWR, { name: "Pack" }],
      names: [{ name: "Owner", formula: "='Pack'!$A$1" }],
    });
    const pack = fake.context.workbook.worksheets.getItem("Pack");
    pack.name = "Old pack";
    await fake.context.sync();
    expect(fake.state().names).toEqual([{ name: "Owner", formula: "='Old pack'!$A$1" }]);
    pack.delete();
    await fake.context.sync();
    expect(fake.state().names).toEqual([{ name: "Owner", formula: "=#REF!$A$1" }]);
  });

  it("keeps table names and defined names in one namespace", async () => {
    const fake = fakeExcel({
      sheets: [PWR],
      names: [{ name: "WTEVariance", formula: "=PWR!$A$1" }],
    });
    const table = fake.context.workbook.worksheets.getItem("PWR").tables.add("A1:B2", true);
    table.name = "wtevariance";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("documents every member with the ExcelApi set @types/office-js gives it", () => {
    const mismatches: string[] = [];
    for (const cls of Object.values(CLASSES)) {
      const members = { ...cls.props, ...cls.nav, ...cls.methods };
      for (const [member, def] of Object.entries(members)) {
        const documented = documentedApiSet(cls.name, member);
        const versions: string[] = documented?.match(/\d+\.\d+/g) ?? [];
        const setApi = (def as { setApi?: string }).setApi;
        if (versions[0] !== def.api || (setApi !== undefined && !versions.includes(setApi)))
          mismatches.push(`${cls.name}.${member}: fake ${def.api}, typings "${documented}"`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
