import {
  candidateSheetNames,
  chooseSheetTarget,
  ownerNameFor,
  ownerReference,
  referencesSheet,
  sheetOfReference,
} from "../../src/workbook/ownership";

describe("owner names", () => {
  it("are valid Excel names, stable, case-blind on the sheet and distinct per sheet and marker", () => {
    const name = ownerNameFor("LLR Pack Oct 23", "llr-pack");
    expect(name).toMatch(/^LLR_OWNER_llr_pack_[0-9A-F]{8}$/);
    expect(ownerNameFor("llr pack oct 23", "llr-pack")).toBe(name);
    expect(ownerNameFor("LLR Pack Nov 23", "llr-pack")).not.toBe(name);
    expect(ownerNameFor("LLR Pack Oct 23", "llr-template")).not.toBe(name);
  });

  it.each([
    ["='LLR Pack Oct 23'!$A$1", "LLR Pack Oct 23"],
    ["'It''s mine'!$A$1", "It's mine"],
    ["=Sheet1!$A$1", "Sheet1"],
    ["=#REF!$A$1", null],
    ["=#REF!", null],
    ["=42", null],
    ["'unclosed!$A$1", null],
  ])("the sheet of %s is %j", (reference, sheet) => {
    expect(sheetOfReference(reference)).toBe(sheet);
  });

  it("round-trips its own reference, whatever the sheet name", () => {
    for (const sheet of ["PWR", "LLR Pack Oct 23", "It's", "a!b"]) {
      expect(sheetOfReference(ownerReference(sheet))).toBe(sheet);
      expect(referencesSheet("=" + ownerReference(sheet), sheet.toUpperCase())).toBe(true);
    }
    expect(referencesSheet(undefined, "PWR")).toBe(false);
  });
});

describe("chooseSheetTarget", () => {
  const slots = (states: ("free" | "ours" | "user")[]) =>
    candidateSheetNames("LLR Pack Oct 23").map((name, i) => ({
      name,
      exists: (states[i] ?? "free") !== "free",
      owned: states[i] === "ours",
    }));

  it.each([
    [["free"], "LLR Pack Oct 23", false, false],
    [["ours"], "LLR Pack Oct 23", true, false],
    [["user"], "LLR Pack Oct 23 (2)", false, true],
    [["user", "ours"], "LLR Pack Oct 23 (2)", true, true],
    [["user", "user"], "LLR Pack Oct 23 (3)", false, true],
  ] as const)("%j -> %s", (states, name, replaces, said) => {
    const target = chooseSheetTarget("LLR Pack Oct 23", slots([...states]));
    expect(target).toMatchObject({ ok: true, name, replaces });
    expect(target.ok && target.message !== undefined).toBe(said);
  });

  it("gives up, saying why, when every alternative is a user's sheet", () => {
    const target = chooseSheetTarget("LLR Pack Oct 23", slots(Array(10).fill("user")));
    expect(target).toEqual({
      ok: false,
      message: expect.stringContaining("were not made by the add-in"),
    });
  });

  it("keeps alternatives within Excel's 31 characters", () => {
    const names = candidateSheetNames("A very long sheet name indeed, really");
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(names[1]).toMatch(/ \(2\)$/);
  });
});
