/**
 * What the Pack tab offers before anything is built: the twelve months of the workbook's
 * financial year by name, the reporting month to start on, and the organisations in the order
 * PWR lists them. Pure: the tab reads the workbook once and hands the snapshot here.
 */
import type { WorkbookSnapshot } from "../../../workbook/snapshot";
import { formatMonth } from "../../../domain/periods";
import { parseTemplate } from "../../../domain/template/parse";
import { reportingMonth } from "../../../domain/template/reporting";
import type { ParsedTemplate } from "../../../domain/template/model";

export interface MonthChoice {
  /** FY month, 1 = April ... 12 = March. */
  readonly month: number;
  /** "Oct 23", or "M7" when the workbook names no year. */
  readonly label: string;
}

export interface PackChoices {
  readonly months: readonly MonthChoice[];
  /** The reporting month (Settings, else the last month with actuals); null when neither says. */
  readonly defaultMonth: number | null;
  /** Where the default came from, for the month picker's hint. */
  readonly defaultMonthSource: "settings" | "data" | null;
  /** As first written, PWR's order first, then any organisation only PFR names. */
  readonly organisations: readonly string[];
  /** Why no pack can be built from this workbook as it stands; null when one can be tried. */
  readonly problem: string | null;
}

export function monthChoices(fyStartYear: number | null): MonthChoice[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    return { month, label: fyStartYear !== null ? formatMonth(month, fyStartYear) : `M${month}` };
  });
}

/** The organisations buildPack reports by default, in the same order. */
export function packOrganisations(parsed: ParsedTemplate): string[] {
  const seen = new Map<string, string>();
  for (const sheet of [parsed.pwr, parsed.pfr]) {
    for (const row of sheet?.rows ?? []) {
      if (row.orgKey !== "" && !seen.has(row.orgKey)) seen.set(row.orgKey, row.organisation);
    }
  }
  return [...seen.values()];
}

export function packChoicesFromTemplate(parsed: ParsedTemplate): PackChoices {
  const reporting = reportingMonth(parsed);
  const organisations = packOrganisations(parsed);
  let problem: string | null = null;
  if (!parsed.pwr && !parsed.pfr)
    problem =
      "Neither the PWR nor the PFR sheet could be read, so there is nothing to build a pack from. Open the Check tab to see why.";
  else if (organisations.length === 0)
    problem =
      "PWR and PFR name no organisation in their Organisation column: fill it in and reopen this tab.";
  return {
    months: monthChoices(parsed.financialYear),
    defaultMonth: reporting?.month ?? null,
    defaultMonthSource: reporting && reporting.source !== "option" ? reporting.source : null,
    organisations,
    problem,
  };
}

export function packChoices(snapshot: WorkbookSnapshot): PackChoices {
  return packChoicesFromTemplate(parseTemplate(snapshot));
}

export function monthLabel(choices: PackChoices, month: number | null): string {
  return choices.months.find((m) => m.month === month)?.label ?? "";
}
