/**
 * The PWR staff groups, in the order the pack lists them. Its own module because both the
 * staff-group vocabulary (staffGroups.ts) and the occupation-code lookup (occupationCodes.ts)
 * need it, and the vocabulary needs the lookup: here it depends on neither.
 */
export const STAFF_GROUPS = [
  "Nursing, Midwifery",
  "Scientific, Therapeutic, Technical",
  "Clinical Support",
  "Infrastructure Support",
  "Medical, Dental",
  "Other",
] as const;

export type StaffGroup = (typeof STAFF_GROUPS)[number];
