/**
 * Staffing types of the PWR/PFR returns. Overtime is not one: the seed pack only ever excludes it
 * ("Total (Excl. Overtime)"), and the national collections treat it as a pay element.
 */
import { labelResolver, type LabelMatch } from "./labels";

export const STAFF_TYPES = ["Substantive", "Bank", "Agency"] as const;
export type StaffType = (typeof STAFF_TYPES)[number];

export const STAFF_TYPE_ALIASES: Readonly<Record<StaffType, readonly string[]>> = {
  Substantive: ["Sub", "Subs", "Substantive staff", "Permanent", "Perm", "Contracted"],
  Bank: ["Bank staff", "Staff bank", "Bank usage"],
  Agency: ["Agency staff", "Agency usage", "Temporary agency"],
};

export type StaffTypeMatch = LabelMatch<StaffType>;

const resolver = labelResolver<StaffType>(STAFF_TYPES, STAFF_TYPE_ALIASES);

/** "Sub" -> alias of Substantive; "bank" -> Bank; "Overtime" -> unknown. */
export function resolveStaffType(label: unknown): StaffTypeMatch {
  return resolver.resolve(label);
}
