import {
  DECLARED_REQUIREMENTS,
  OPTIONAL_FEATURES,
  checkRequirements,
} from "../../src/excel/requirements";
import { requirementsText } from "../../src/taskpane/components/RequirementsBar/requirementsText";

describe("requirementsText", () => {
  it("is null when this Excel supports everything", () => {
    expect(requirementsText(checkRequirements({ isSetSupported: () => true }))).toBeNull();
  });

  it("names every missing declared set in one line, then each missing feature", () => {
    // An Office without isSetSupported supports nothing as far as the pane can tell.
    const text = requirementsText(checkRequirements(undefined));
    const names = DECLARED_REQUIREMENTS.map((s) => `${s.name} ${s.version}`);
    expect(text?.title).toBe("This Excel is older than LLR Workforce needs");
    expect(text?.lines[0]).toBe(
      `This Excel lacks ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}: update Excel; some actions may fail.`
    );
    expect(text?.lines.slice(1)).toEqual(
      OPTIONAL_FEATURES.map(
        (f) => `This Excel lacks ${f.set.name} ${f.set.version}, for ${f.what}: ${f.without}.`
      )
    );
  });

  it("with only an optional feature missing, says so without asking to update for the rest", () => {
    const text = requirementsText(
      checkRequirements({ isSetSupported: (name, version) => version !== "1.12" })
    );
    expect(text?.title).toBe("Some features need a newer Excel");
    expect(text?.lines).toHaveLength(1);
    expect(text?.lines[0]).toContain("ExcelApi 1.12");
  });
});
