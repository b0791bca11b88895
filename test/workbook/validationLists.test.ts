import {
  inlineListText,
  listRangeReference,
  placeValidationLists,
} from "../../src/workbook/validationLists";

describe("inlineListText", () => {
  it.each([
    [["UHL", "LPT"], "UHL,LPT"],
    [["Nursing, Midwifery", "Other"], null],
    [['Say "hi"'], null],
    [[], ""],
    [Array.from({ length: 60 }, (_, i) => `Org${i}`), null], // 60 names: over 255 characters
  ])("%j -> %j", (values, text) => {
    expect(inlineListText(values)).toBe(text);
  });
});

describe("placeValidationLists", () => {
  it("keeps inline lists inline and gives each distinct long list one column", () => {
    const groups = ["Nursing, Midwifery", "Medical, Dental"];
    const placement = placeValidationLists({
      sheets: [
        {
          name: "PWR",
          blocks: [],
          validations: [
            { range: "A2:A9", values: ["UHL", "LPT"] },
            { range: "C2:C9", values: groups, prompt: "Group" },
          ],
        },
        {
          name: "PFR",
          blocks: [],
          validations: [
            { range: "C2:C9", values: groups },
            { range: "D2:D9", values: ["A, B"] },
          ],
        },
        { name: "Notes", blocks: [] },
      ],
    });
    expect(placement.sheetColumns).toEqual([groups, ["A, B"]]);
    expect(placement.bySheet).toEqual([
      [
        { range: "A2:A9", source: { kind: "inline", text: "UHL,LPT" } },
        { range: "C2:C9", prompt: "Group", source: { kind: "sheet", column: 0, count: 2 } },
      ],
      [
        { range: "C2:C9", source: { kind: "sheet", column: 0, count: 2 } },
        { range: "D2:D9", source: { kind: "sheet", column: 1, count: 1 } },
      ],
      [],
    ]);
    expect(listRangeReference("LLR Lists", 1, 6)).toBe("'LLR Lists'!$B$1:$B$6");
  });
});

it("clips an input message to Excel's 255 characters, which would otherwise make Excel repair the file", () => {
  const placement = placeValidationLists({
    sheets: [
      {
        name: "S",
        blocks: [],
        validations: [{ range: "A1", values: ["x"], prompt: "p".repeat(300) }],
      },
    ],
  });
  const prompt = placement.bySheet[0][0].prompt!;
  expect(prompt).toHaveLength(255);
  expect(prompt.endsWith("...")).toBe(true);
});
