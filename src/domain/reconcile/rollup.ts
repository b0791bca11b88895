/**
 * The size of each staff-level problem in one line: findings summed per code, organisation and
 * pair of groups, largest WTE first within each code.
 */
import { organisationKey } from "../template/parse";
import { FINDING_CODE_ORDER, type FindingCode } from "./codes";
import { plural, wteText, type Finding, type GroupPair, type RollupLine } from "./finding";

function groupText(g: string | null): string {
  return g ?? "an unknown group";
}

const WORDING: Partial<Record<FindingCode, (org: string, size: string, g: GroupPair) => string>> = {
  OCCUPATION_GROUP_MISMATCH: (org, size, [code, pwr]) =>
    `${org}: ${size} coded ${groupText(pwr)} whose occupation codes are ${groupText(code)}`,
  PWR_PFR_GROUP_MISMATCH: (org, size, [pwr, pfr]) =>
    `${org}: ${size} counted in ${groupText(pwr)} on the PWR but paid in ${groupText(pfr)} on the PFR`,
  UNKNOWN_OCCUPATION_CODE: (org, size, [, pwr]) =>
    `${org}: ${size} coded ${groupText(pwr)} with blank or unknown occupation codes`,
  RETIRED_OCCUPATION_CODE: (org, size, [, pwr]) =>
    `${org}: ${size} coded ${groupText(pwr)} with retired occupation codes`,
  JOB_TITLE_SUSPECT: (org, size, [title, code]) =>
    `${org}: ${size} whose job titles say ${groupText(title)} but whose occupation codes are ${groupText(code)}`,
};

interface Sum {
  readonly code: FindingCode;
  readonly organisation: string;
  readonly groups: GroupPair;
  assignments: number;
  wte: number;
}

export function rollUp(findings: readonly Finding[]): RollupLine[] {
  const sums = new Map<string, Sum>();
  const orgKeys = new Map<string, string>();
  for (const f of findings) {
    if (f.row === undefined || !WORDING[f.code]) continue;
    let org = orgKeys.get(f.organisation);
    if (org === undefined) orgKeys.set(f.organisation, (org = organisationKey(f.organisation)));
    const key = `${f.code}|${org}|${f.groups[0]}|${f.groups[1]}`;
    let sum = sums.get(key);
    if (!sum) {
      sum = {
        code: f.code,
        organisation: f.organisation,
        groups: f.groups,
        assignments: 0,
        wte: 0,
      };
      sums.set(key, sum);
    }
    sum.assignments++;
    sum.wte += f.wte;
  }
  return [...sums.values()]
    .sort(
      (a, b) =>
        (FINDING_CODE_ORDER.get(a.code) ?? 0) - (FINDING_CODE_ORDER.get(b.code) ?? 0) ||
        b.wte - a.wte ||
        a.organisation.localeCompare(b.organisation)
    )
    .map((s) => {
      const wte = Math.round(s.wte * 100) / 100;
      const size = `${wteText(wte)} in ${plural(s.assignments, "assignment")}`;
      const word = WORDING[s.code];
      return {
        code: s.code,
        organisation: s.organisation,
        groups: s.groups,
        assignments: s.assignments,
        wte,
        message: word ? word(s.organisation || "(blank organisation)", size, s.groups) : size,
      };
    });
}
