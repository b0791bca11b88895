/**
 * The staff-level codes, in one pass over the Staff sheet: the occupation code against Staff
 * group (PWR), PWR against PFR, unknown and retired codes, and job titles against codes.
 *
 * Built for 100,000 rows: codes and titles are looked up once per distinct text (Maps), nothing
 * is compiled per row, and a row without a problem allocates nothing.
 */
import { lookupOccupationCode, type OccupationCode } from "../occupationCodes";
import type { StaffGroup, StaffGroupMatch } from "../staffGroups";
import type { StaffSheet } from "../template/model";
import { FINDING_CODE_SPECS, severityOfFinding, type FindingCode } from "./codes";
import { type Finding, type GroupPair } from "./finding";
import { a1, quoteSheet } from "../../workbook/a1";
import { TitleChecker, type TitleRule } from "./titleRules";
import { formatNumber } from "../validation/format";

/** "h1a " -> "H1A"; "91" (Excel dropped the zero of 091) -> "091"; "" stays "". */
export function normaliseOccupationCode(text: string): string {
  const code = text.trim().toUpperCase();
  if (code.length > 0 && code.length < 3 && /^\d+$/.test(code)) return code.padStart(3, "0");
  return code;
}

class CodeCache {
  private readonly map = new Map<string, OccupationCode | null>();

  get(text: string): OccupationCode | null {
    let found = this.map.get(text);
    if (found === undefined) {
      found = lookupOccupationCode(normaliseOccupationCode(text)) ?? null;
      if (this.map.size < 50_000) this.map.set(text, found);
    }
    return found;
  }
}

function groupOf(match: StaffGroupMatch | null): StaffGroup | null {
  return match === null || match.kind === "unknown" ? null : match.group;
}

/** An assignment's WTE, two decimals (grouping only for the odd four-figure typo). */
function wteFigure(wte: number): string {
  return Math.abs(wte) < 1000 ? wte.toFixed(2) : formatNumber(wte, 2);
}

function describe(sheet: StaffSheet, i: number): string {
  const d = sheet.data;
  const who =
    d.assignment[i] !== ""
      ? `Assignment ${d.assignment[i]}`
      : `The assignment in row ${d.row[i] + 1}`;
  const title = d.jobTitle[i] !== "" ? `${d.jobTitle[i]}, ` : "";
  const wte = d.wte[i];
  return `${who} (${title}${wte !== null ? `${wteFigure(wte)} WTE` : "WTE blank"}) at ${d.organisation[i] || "a blank organisation"}`;
}

export function checkStaffSheet(sheet: StaffSheet): Finding[] {
  const findings: Finding[] = [];
  const d = sheet.data;
  const prefix = `${quoteSheet(sheet.name)}!`;
  const codes = new CodeCache();
  const titles = new TitleChecker();
  for (let i = 0; i < sheet.size; i++) {
    const pwr = groupOf(d.staffGroupPwr[i]);
    const pfr = groupOf(d.staffGroupPfr[i]);
    const codeText = d.occupationCode[i];
    const code = codeText === "" ? null : codes.get(codeText);
    const rule = code !== null && d.jobTitle[i] !== "" ? titles.check(d.jobTitle[i], code) : null;
    // The common case, a row with nothing to say, allocates nothing.
    if (
      code !== null &&
      code.currentlyValid &&
      rule === null &&
      (pwr === null || code.staffGroup === pwr) &&
      (pwr === null || pfr === null || pwr === pfr)
    ) {
      continue;
    }
    reportRow(sheet, prefix, i, { pwr, pfr, codeText, code, rule }, findings);
  }
  return findings;
}

interface RowFacts {
  readonly pwr: StaffGroup | null;
  readonly pfr: StaffGroup | null;
  readonly codeText: string;
  readonly code: OccupationCode | null;
  readonly rule: TitleRule | null;
}

function reportRow(
  sheet: StaffSheet,
  prefix: string,
  i: number,
  facts: RowFacts,
  findings: Finding[]
): void {
  const c = sheet.columns;
  const d = sheet.data;
  const row = d.row[i];
  const { pwr, pfr, codeText, code, rule } = facts;
  const ref = (col: number | undefined) => (col === undefined ? null : prefix + a1(row, col));
  const who = describe(sheet, i);
  const type = d.staffType[i];
  const add = (
    codeName: FindingCode,
    groups: GroupPair,
    cells: (string | null)[],
    message: string,
    suggestion: string
  ) => {
    findings.push({
      code: codeName,
      severity: severityOfFinding(codeName),
      organisation: d.organisation[i],
      staffType: type.kind === "unknown" ? null : type.value,
      month: null,
      groups,
      wte: d.wte[i] ?? 0,
      cost: null,
      cells: cells.filter((x): x is string => x !== null),
      message,
      suggestion,
      assignment: d.assignment[i],
      row,
    });
  };

  if (code === null) {
    add(
      "UNKNOWN_OCCUPATION_CODE",
      [null, pwr],
      [ref(c.occupationCode)],
      codeText === ""
        ? `${who} has no occupation code.`
        : `${who}: occupation code "${codeText}" is not in the NHS Occupation Code Manual (v22.1).`,
      FINDING_CODE_SPECS.UNKNOWN_OCCUPATION_CODE.action
    );
  } else {
    if (!code.currentlyValid) {
      add(
        "RETIRED_OCCUPATION_CODE",
        [code.staffGroup, pwr],
        [ref(c.occupationCode)],
        `${who}: occupation code ${code.code} (${code.name}) has been retired from the NHS Occupation Code Manual.`,
        FINDING_CODE_SPECS.RETIRED_OCCUPATION_CODE.action
      );
    }
    if (pwr !== null && code.staffGroup !== pwr) {
      add(
        "OCCUPATION_GROUP_MISMATCH",
        [code.staffGroup, pwr],
        [ref(c.staffGroupPwr), ref(c.occupationCode)],
        `${who}: occupation code ${code.code} (${code.name}) is ${code.staffGroup}, but Staff group (PWR) counts it as ${pwr}.`,
        `Count the assignment in ${code.staffGroup} on the PWR, or correct the occupation code if it is the code that is wrong.`
      );
    }
    if (rule) {
      add(
        "JOB_TITLE_SUSPECT",
        [rule.titleGroup, code.staffGroup],
        [ref(c.jobTitle), ref(c.occupationCode)],
        `${who}: the job title says ${rule.says}, but occupation code ${code.code} (${code.name}) is ${code.staffGroup}.`,
        rule.suggestion
      );
    }
  }
  if (pwr !== null && pfr !== null && pwr !== pfr) {
    add(
      "PWR_PFR_GROUP_MISMATCH",
      [pwr, pfr],
      [ref(c.staffGroupPwr), ref(c.staffGroupPfr)],
      `${who} is counted in ${pwr} on the PWR but its pay is coded to ${pfr} on the PFR.`,
      code !== null
        ? `Code both returns to one group: its occupation code ${code.code} says ${code.staffGroup}.`
        : FINDING_CODE_SPECS.PWR_PFR_GROUP_MISMATCH.action
    );
  }
}
