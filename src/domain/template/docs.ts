/**
 * The README's "Template reference", generated from the template definition so the docs cannot
 * drift from what the validator accepts.
 */
import { STAFF_GROUPS } from "../staffGroups";
import {
  allowedValues,
  columnsOf,
  HEADER_SEARCH_ROWS,
  SETTINGS_SHEET_DESCRIPTION,
  SETTINGS_SHEET_NAME,
  TABLE_SHEETS,
  TOTAL_LABEL,
  type ColumnDef,
} from "./definition";
import { SETTING_DEFS } from "./settingsDefinition";

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(" | ")} |`;
}

function valuesOf(def: ColumnDef): string {
  if (def.meta.valuesText) return def.meta.valuesText;
  const allowed = allowedValues(def.schema);
  if (def.meta.kind === "staffGroup") {
    const groups = (allowed.length > 0 ? allowed : [...STAFF_GROUPS]).filter(
      (g) => g !== TOTAL_LABEL
    );
    const total = allowed.includes(TOTAL_LABEL) ? `; or ${TOTAL_LABEL}` : "";
    return `${groups.join("; ")}${total}. Aliases such as "Medical and dental" are read with a warning`;
  }
  if (allowed.length > 0) return allowed.join(", ");
  if (def.meta.kind === "number") return "a number";
  return "text";
}

export function templateDocsMarkdown(): string {
  const out: string[] = [
    "## Template reference",
    "",
    "A workbook that follows the LLR PWR/PFR template has the sheets below. Sheet names match ignoring case and surrounding spaces.",
    `Each table sheet has one header row, anywhere in its first ${HEADER_SEARCH_ROWS} rows; column headers match ignoring case and spaces, in any order, and the "Also accepted" headers work too.`,
    "Rows with fewer than two label cells and no numbers (blank rows, notes) are skipped. Month columns come after the label columns, in financial-year order from April; Notes, Total and YTD columns after them are ignored.",
    "",
  ];
  for (const spec of TABLE_SHEETS) {
    out.push(
      `### ${spec.name} (${spec.required ? "required" : "optional"})`,
      "",
      spec.description,
      ""
    );
    out.push(
      row(["Column", "Required", "Values", "Also accepted", "Meaning"]),
      row(["---", "---", "---", "---", "---"])
    );
    for (const def of columnsOf(spec)) {
      out.push(
        row([
          def.meta.header,
          def.meta.required ? "yes" : "no",
          valuesOf(def),
          def.meta.aliases.length > 0 ? def.meta.aliases.join(", ") : "",
          def.meta.description,
        ])
      );
    }
    out.push("");
  }
  out.push(`### ${SETTINGS_SHEET_NAME} (optional)`, "", SETTINGS_SHEET_DESCRIPTION, "");
  out.push(
    row(["Setting", "Default", "Values", "Also accepted", "Meaning"]),
    row(["---", "---", "---", "---", "---"])
  );
  for (const def of SETTING_DEFS) {
    out.push(
      row([
        def.meta.label,
        def.meta.defaultText,
        def.meta.valuesText,
        def.meta.aliases.join(", "),
        def.meta.description,
      ])
    );
  }
  out.push("");
  return out.join("\n");
}
