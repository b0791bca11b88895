/** The requirement-set report in words for the pane, or null when Excel supports everything. */
import type { RequirementReport, RequirementSet } from "../../../excel/requirements";

export interface RequirementsText {
  readonly title: string;
  /** One line per problem: the declared sets first (all of them in one line), then each feature. */
  readonly lines: readonly string[];
}

const setName = (set: RequirementSet) => `${set.name} ${set.version}`;

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function requirementsText(report: RequirementReport): RequirementsText | null {
  const lines: string[] = [];
  if (report.missingDeclared.length > 0) {
    lines.push(
      `This Excel lacks ${list(report.missingDeclared.map(setName))}: update Excel; some actions may fail.`
    );
  }
  for (const feature of report.missingOptional) {
    // Worded around the set, so it reads right whatever the feature's own words are.
    lines.push(
      `This Excel lacks ${setName(feature.set)}, for ${feature.what}: ${feature.without}.`
    );
  }
  if (lines.length === 0) return null;
  return {
    title:
      report.missingDeclared.length > 0
        ? "This Excel is older than LLR Workforce needs"
        : "Some features need a newer Excel",
    lines,
  };
}
