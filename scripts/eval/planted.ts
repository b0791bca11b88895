/** What the corpus plants: the findings a workbook must raise, and where side effects may show. */
import type { FindingCode } from "../../src/domain/reconcile/codes";
import type { StaffGroup } from "../../src/domain/staffGroups";
import type { StaffType } from "../../src/domain/staffTypes";

export interface PlantedFinding {
  readonly code: FindingCode;
  readonly organisation: string;
  readonly staffType: StaffType | null;
  readonly groups: readonly [StaffGroup | null, StaffGroup | null];
  /** Aggregate codes: the month the finding is dated. */
  readonly month?: number;
  /** Staff level: the absolute zero-based row on the Staff sheet. */
  readonly row?: number;
  /** RECODING_SHIFT: whether the PFR moved the pay too. */
  readonly pfrFollows?: boolean;
  /** Aggregate codes: the planted size (WTE moved or added; for UNIT_COST_SHIFT the pay change as a fraction). */
  readonly size?: number;
}

/** An aggregate plant's footprint: other aggregate findings on these groups from this month are side effects. */
export interface Footprint {
  readonly organisation: string;
  readonly staffType: StaffType;
  readonly groups: readonly StaffGroup[];
  readonly fromMonth: number;
}
