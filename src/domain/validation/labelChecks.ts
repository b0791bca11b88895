/**
 * The label cells of the keyed sheets (PWR, PFR, Vacancies, Agency): organisation, staff type,
 * staff group and measure, one issue per offending cell.
 */
import { STAFF_GROUPS } from "../staffGroups";
import { STAFF_TYPES } from "../staffTypes";
import type { LabelMatch } from "../labels";
import type { GroupCell, TableSheet } from "../template/model";
import type { CheckContext } from "./context";
import { quoteValue } from "./format";

export function organisationProblem(
  organisation: string,
  orgKey: string,
  ctx: CheckContext
): string | null {
  if (orgKey === "") return "the organisation is blank. Enter the organisation (e.g. UHL).";
  if (ctx.allowedOrgs && !ctx.allowedOrgs.has(orgKey)) {
    return `${quoteValue(organisation)} is not one of the organisations in Settings › Organisations (${ctx.settings.organisations.join(", ")}). Correct it or add it to that list.`;
  }
  return null;
}

export function staffTypeProblem(match: LabelMatch<string>): string | null {
  if (match.kind !== "unknown") return null;
  return `${match.text === "" ? "the staff type is blank" : `${quoteValue(match.text)} is not a staff type`}. Use ${STAFF_TYPES.join(", ")}.`;
}

export function unknownGroupText(text: string, allowTotal: boolean): string {
  return `${text === "" ? "the staff group is blank" : `${quoteValue(text)} is not a staff group`}. Use one of: ${STAFF_GROUPS.join("; ")}${allowTotal ? "; or Total" : ""}.`;
}

/** The alias warning's text, or null when the cell is canonical (or unknown, reported as an error). */
export function aliasText(cell: GroupCell): string | null {
  if (cell.kind === "alias")
    return `${quoteValue(cell.alias)} is read as the staff group "${cell.group}". Write "${cell.group}" to use the canonical name.`;
  if (cell.kind === "occupationCode") {
    return `${quoteValue(cell.code)} is an occupation code, read as the staff group "${cell.group}". Write "${cell.group}" in this column.`;
  }
  return null;
}

interface LabelColumns {
  readonly organisation?: number;
  readonly staffType?: number;
  readonly staffGroup?: number;
  readonly measure?: number;
}

interface LabelledRow {
  readonly row: number;
  readonly organisation: string;
  readonly orgKey: string;
  readonly staffType?: LabelMatch<string>;
  readonly staffGroup?: GroupCell;
  readonly measure: LabelMatch<string>;
}

export function checkLabels<R extends LabelledRow>(
  ctx: CheckContext,
  sheet: TableSheet<string, R>,
  measures: readonly string[]
): void {
  const { sink } = ctx;
  const cols = sheet.columns as LabelColumns;
  for (const r of sheet.rows) {
    if (cols.organisation !== undefined) {
      const text = organisationProblem(r.organisation, r.orgKey, ctx);
      if (text)
        sink.at("UNKNOWN_ORGANISATION", sheet.name, r.row, cols.organisation, text, r.organisation);
    }
    if (r.staffType && cols.staffType !== undefined) {
      const text = staffTypeProblem(r.staffType);
      if (text)
        sink.at(
          "UNKNOWN_STAFF_TYPE",
          sheet.name,
          r.row,
          cols.staffType,
          text,
          r.staffType.kind === "unknown" ? r.staffType.text : undefined
        );
    }
    if (r.staffGroup && cols.staffGroup !== undefined) {
      const g = r.staffGroup;
      if (g.kind === "unknown")
        sink.at(
          "UNKNOWN_STAFF_GROUP",
          sheet.name,
          r.row,
          cols.staffGroup,
          unknownGroupText(g.text, true),
          g.text
        );
      const alias = aliasText(g);
      if (alias)
        sink.at(
          "STAFF_GROUP_ALIAS",
          sheet.name,
          r.row,
          cols.staffGroup,
          alias,
          g.kind === "alias" ? g.alias : g.kind === "occupationCode" ? g.code : undefined
        );
    }
    if (cols.measure !== undefined && r.measure.kind === "unknown") {
      const m = r.measure.text;
      sink.at(
        "UNKNOWN_MEASURE",
        sheet.name,
        r.row,
        cols.measure,
        `${m === "" ? "the measure is blank" : `${quoteValue(m)} is not a measure of ${sheet.name}`}. Use ${measures.join(", ")}.`,
        m
      );
    }
  }
}
