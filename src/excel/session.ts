/**
 * What the adapter has learnt about the Excel it talks to, for as long as the task pane runs: one
 * small object created with the host and handed to every read, write and highlight, instead of
 * state kept in modules. A failed attempt at an undocumented shortcut is paid once, and the
 * requirement-set answers are asked of Office once.
 */
import {
  officeRequirements,
  supportsFeature,
  type OptionalFeatureId,
  type RequirementsLike,
} from "./requirements";

export interface ExcelSession {
  /** The one-sync sheet walk failed once: list the sheet collection instead from now on. */
  walkUnsupported: boolean;
  /** Excel refused the worksheet function that tells the date system: assume 1900 from now on. */
  dateProbeUnsupported: boolean;
  /** Sheets seen by the last read, so the next walk probes enough of them in one round. */
  lastSheetCount: number;
  /** Excel refused to load custom conditional-format rules through customOrNullObject in one go. */
  nestedRuleLoadUnsupported: boolean;
  /** Office's answers about requirement sets (Office.context.requirements), or none outside Office. */
  readonly requirements: RequirementsLike | undefined;
  /** Optional features already asked about, so Office is asked once per feature. */
  readonly features: Map<OptionalFeatureId, boolean>;
}

export function createExcelSession(
  requirements: RequirementsLike | undefined = officeRequirements()
): ExcelSession {
  return {
    walkUnsupported: false,
    dateProbeUnsupported: false,
    lastSheetCount: 0,
    nestedRuleLoadUnsupported: false,
    requirements,
    features: new Map(),
  };
}

/** Whether this Excel has an optional feature (requirements.ts), asked once per session. */
export function sessionSupports(session: ExcelSession, id: OptionalFeatureId): boolean {
  let known = session.features.get(id);
  if (known === undefined) {
    known = supportsFeature(session.requirements, id);
    session.features.set(id, known);
  }
  return known;
}
