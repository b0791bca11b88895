/** The one table-name policy every adapter shares: tables and defined names in one namespace. */
import {
  chooseTableName,
  MAX_TABLE_NAME_LENGTH,
  MAX_TABLE_NAME_TRIES,
  tableNameCandidates,
  takenNames,
} from "../../src/workbook/tableNames";

const SHEET = "LLR Pack Oct 23";

describe("takenNames", () => {
  it("holds tables and defined names together, upper-cased", () => {
    const taken = takenNames(["WTEVariance", "Print_Area", "LLR_OWNER_pack_1A2B3C4D"]);
    expect([...taken].sort()).toEqual(["LLR_OWNER_PACK_1A2B3C4D", "PRINT_AREA", "WTEVARIANCE"]);
  });

  it("takes any iterable, once per name whatever its case", () => {
    expect(takenNames(new Set(["CostVariance", "COSTVARIANCE", "costvariance"])).size).toBe(1);
    expect(takenNames([]).size).toBe(0);
  });
});

describe("tableNameCandidates", () => {
  it("is the name, then _2 to _9 in order", () => {
    expect(tableNameCandidates("PriceCap")).toEqual([
      "PriceCap",
      ...Array.from({ length: MAX_TABLE_NAME_TRIES - 1 }, (_, i) => `PriceCap_${i + 2}`),
    ]);
    expect(tableNameCandidates("PriceCap")).toHaveLength(MAX_TABLE_NAME_TRIES);
  });
});

describe("chooseTableName", () => {
  it("keeps a free name, with no message", () => {
    expect(chooseTableName("WTEVariance", takenNames(["CostVariance"]), SHEET)).toEqual({
      ok: true,
      name: "WTEVariance",
    });
  });

  it("a clash with a table: the first free alternative, and a message naming the sheet", () => {
    expect(chooseTableName("WTEVariance", takenNames(["WTEVariance"]), SHEET)).toEqual({
      ok: true,
      name: "WTEVariance_2",
      message: `A table or defined name "WTEVariance" already exists in the workbook, so the table on "${SHEET}" is named "WTEVariance_2".`,
    });
  });

  it("a clash with a defined name counts the same, and taken alternatives are skipped", () => {
    // A user's named range "Vacancies" and their own table "Vacancies_2".
    const choice = chooseTableName("Vacancies", takenNames(["Vacancies", "Vacancies_2"]), SHEET);
    expect(choice).toMatchObject({ ok: true, name: "Vacancies_3" });
  });

  it("compares without regard to case, and keeps the plan's spelling", () => {
    const taken = takenNames(["wtevariance", "WTEVARIANCE_2"]);
    expect(chooseTableName("WTEVariance", taken, SHEET)).toMatchObject({
      ok: true,
      name: "WTEVariance_3",
    });
  });

  it("does not add its choice to the taken set: the caller does, once the table is planned", () => {
    const taken = takenNames([]);
    chooseTableName("WTEVariance", taken, SHEET);
    expect(taken.size).toBe(0);
  });

  it("refuses once every candidate is taken, saying nothing was written", () => {
    const taken = takenNames(tableNameCandidates("AgencyVariance"));
    expect(chooseTableName("AgencyVariance", taken, SHEET)).toEqual({
      ok: false,
      message: `The workbook already has tables or defined names "AgencyVariance" to "AgencyVariance_9", so the table for "${SHEET}" cannot be named: rename or delete one of them and run again. Nothing was written.`,
    });
    // One free candidate is enough.
    taken.delete("AGENCYVARIANCE_9");
    expect(chooseTableName("AgencyVariance", taken, SHEET)).toMatchObject({
      ok: true,
      name: "AgencyVariance_9",
    });
  });

  it("never offers a name longer than Excel allows", () => {
    const long = "T".repeat(MAX_TABLE_NAME_LENGTH);
    expect(chooseTableName(long, takenNames([]), SHEET)).toEqual({ ok: true, name: long });
    const choice = chooseTableName(long, takenNames([long]), SHEET);
    expect(choice.ok).toBe(false);
  });
});
