/**
 * The Office requirement sets the add-in declares, and the features it uses above them.
 *
 * manifest.xml declares DECLARED_REQUIREMENTS (a test keeps the two equal), so Office will not
 * load the add-in where one is missing. Anything the code uses above that minimum is an
 * OPTIONAL_FEATURE: checked at run time with Office.context.requirements.isSetSupported, with a
 * fallback and words for the pane when it is missing.
 */

export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

/** The minimum the add-in needs; each with what needs it. */
export const DECLARED_REQUIREMENTS: readonly (RequirementSet & { readonly why: string })[] = [
  {
    name: "ExcelApi",
    version: "1.9",
    why: "reading and writing the workbook: RangeAreas conditional formats (Worksheet.getRanges), NamedItem.formula, data validation",
  },
  {
    name: "SharedRuntime",
    version: "1.1",
    why: "the task pane and the custom functions share one page",
  },
  {
    name: "CustomFunctionsRuntime",
    version: "1.2",
    why: "custom functions that return Excel error values (CustomFunctions.Error)",
  },
];

export type OptionalFeatureId = "chartSeries";

export interface OptionalFeature {
  readonly id: OptionalFeatureId;
  readonly set: RequirementSet;
  /** What the feature does, for the pane. */
  readonly what: string;
  /** What happens without it, for the pane. */
  readonly without: string;
}

export const OPTIONAL_FEATURES: readonly OptionalFeature[] = [
  {
    id: "chartSeries",
    set: { name: "ExcelApi", version: "1.12" },
    what: "the pack's charts, whose series come from rows that are not next to each other",
    without:
      "the pack is written with its tables and commentary but without its charts; update Excel to get them",
  },
];

/** The part of Office.context.requirements the check needs, so tests can pass a fake. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface RequirementReport {
  /** Declared sets this Excel lacks: the add-in may misbehave; say so plainly. */
  readonly missingDeclared: readonly RequirementSet[];
  /** Optional features this Excel lacks: each has a fallback. */
  readonly missingOptional: readonly OptionalFeature[];
}

function supported(requirements: RequirementsLike | undefined, set: RequirementSet): boolean {
  // Without the API (an Office too old to have it, or no Office at all) nothing is assumed.
  if (!requirements || typeof requirements.isSetSupported !== "function") return false;
  try {
    return requirements.isSetSupported(set.name, set.version) === true;
  } catch {
    return false;
  }
}

export function checkRequirements(requirements: RequirementsLike | undefined): RequirementReport {
  return {
    missingDeclared: DECLARED_REQUIREMENTS.filter((s) => !supported(requirements, s)).map(
      ({ name, version }) => ({ name, version })
    ),
    missingOptional: OPTIONAL_FEATURES.filter((f) => !supported(requirements, f.set)),
  };
}

export function supportsFeature(
  requirements: RequirementsLike | undefined,
  id: OptionalFeatureId
): boolean {
  const feature = OPTIONAL_FEATURES.find((f) => f.id === id);
  return feature !== undefined && supported(requirements, feature.set);
}

/** Office.context.requirements when Office.js is loaded, else undefined. */
export function officeRequirements(): RequirementsLike | undefined {
  if (typeof Office === "undefined") return undefined;
  return (Office as unknown as { context?: { requirements?: RequirementsLike } }).context
    ?.requirements;
}
