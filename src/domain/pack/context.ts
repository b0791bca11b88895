/** What every table builder needs to know about the pack being built. */
import { STAFF_GROUPS, type StaffGroup } from "../staffGroups";

export interface PackOrganisation {
  /** organisationKey(): upper case, single spaces. */
  readonly key: string;
  /** As first written in PWR (or PFR). */
  readonly label: string;
}

export interface PackContext {
  /** FY month reported. */
  readonly month: number;
  /** "Oct 23" (or "M7"). */
  readonly label: string;
  /** Header of FY month m (1..12). */
  monthLabel(m: number): string;
  readonly orgs: readonly PackOrganisation[];
  readonly orgKeys: ReadonlySet<string>;
  /** Divide the PFR / Agency unit by this to get £m (£000 -> 1000). */
  readonly toMillions: number;
  readonly messages: string[];
}

/** The five published groups always; Other only when the data has it. */
export function packGroups(hasOther: boolean): StaffGroup[] {
  return STAFF_GROUPS.filter((g) => g !== "Other" || hasOther);
}

/** { key } sets of one organisation each, in pack order. */
export function orgSets(ctx: PackContext): ReadonlySet<string>[] {
  return ctx.orgs.map((o) => new Set([o.key]));
}
