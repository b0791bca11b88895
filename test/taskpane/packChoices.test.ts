import { parseTemplate } from "../../src/domain/template/parse";
import { reportingMonth } from "../../src/domain/template/reporting";
import { buildPack } from "../../src/domain/pack/build";
import { formatMonth } from "../../src/domain/periods";
import {
  monthChoices,
  monthLabel,
  packChoices,
} from "../../src/taskpane/components/PackTab/packChoices";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { renameOrganisation, sample } from "./support/packHost";

function withoutSheets(snapshot: WorkbookSnapshot, ...names: string[]): WorkbookSnapshot {
  return { ...snapshot, sheets: snapshot.sheets.filter((s) => !names.includes(s.name)) };
}

/** The Settings sheet with its "Reporting month" row blanked. */
function withoutReportingMonth(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) =>
      s.name !== "Settings"
        ? s
        : {
            ...s,
            values: s.values.map((row) =>
              row[0] === "Reporting month" ? [row[0], null, null] : row
            ),
          }
    ),
  };
}

describe("Pack tab choices", () => {
  it("names the twelve months from the workbook's financial year", () => {
    const fy = parseTemplate(sample).financialYear;
    expect(fy).not.toBeNull();
    const choices = packChoices(sample);
    expect(choices.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(choices.months.map((m) => m.label)).toEqual(
      choices.months.map((m) => formatMonth(m.month, fy!))
    );
    expect(monthLabel(choices, 7)).toBe("Oct 23");
    expect(monthLabel(choices, 10)).toBe("Jan 24");
  });

  it.each([
    [2023, 1, "Apr 23"],
    [2023, 12, "Mar 24"],
    [null, 7, "M7"],
  ])("FY starting %p: month %p is labelled %p", (fy, month, label) => {
    expect(monthChoices(fy).find((m) => m.month === month)?.label).toBe(label);
  });

  it("starts on the reporting month from Settings", () => {
    const choices = packChoices(sample);
    expect(choices.defaultMonth).toBe(reportingMonth(parseTemplate(sample))?.month);
    expect(choices.defaultMonthSource).toBe("settings");
    expect(choices.problem).toBeNull();
  });

  it("falls back to the last month with actuals when Settings does not say", () => {
    const choices = packChoices(withoutReportingMonth(sample));
    expect(choices.defaultMonthSource).toBe("data");
    expect(choices.defaultMonth).toBe(reportingMonth(parseTemplate(sample))?.month);
  });

  it("lists the organisations in the order of PWR, the same ones buildPack reports", () => {
    const built = buildPack(sample);
    if (!built.ok) throw new Error(built.error.message);
    expect(packChoices(sample).organisations).toEqual(built.value.organisations);
    // Order follows the workbook, not the alphabet.
    const [first, second] = built.value.organisations;
    const swapped = renameOrganisation(
      renameOrganisation(sample, first, "Zed Trust"),
      second,
      "Alpha Trust"
    );
    expect(packChoices(swapped).organisations).toEqual(["Zed Trust", "Alpha Trust"]);
  });

  it("says when there is no PWR or PFR to build from", () => {
    const choices = packChoices(withoutSheets(sample, "PWR", "PFR"));
    expect(choices.problem).toMatch(/Neither the PWR nor the PFR sheet/);
    expect(choices.organisations).toEqual([]);
  });

  it("an empty workbook gives months labelled M1..M12 and no default", () => {
    const choices = packChoices({ sheets: [] });
    expect(choices.months.map((m) => m.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => `M${i + 1}`)
    );
    expect(choices.defaultMonth).toBeNull();
    expect(choices.problem).not.toBeNull();
  });
});
