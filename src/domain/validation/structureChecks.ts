/**
 * Structural problems found by parseTemplate, as issues: missing and duplicate sheets, header
 * rows and columns, month headers, settings.
 */
import { columnsOf, TABLE_SHEETS } from "../template/definition";
import { SETTING_DEFS } from "../template/settingsDefinition";
import type { PeriodHeaderReason, StructureProblem } from "../template/model";
import type { CheckContext } from "./context";
import { quoteValue } from "./format";

const PERIOD_ACTIONS: Readonly<Record<PeriodHeaderReason, string>> = {
  unparsable:
    "Head it with a month (Apr 23, M1, Month 1 or a date), or clear it; the column is not read.",
  duplicate: "Delete or relabel the second column; it is not read.",
  outOfOrder: "Put the month columns in order, April first; this column is not read.",
  gap: "Add a column for the missing month(s).",
  notFromApril: "Add the missing month columns from April.",
  wrongYear: "Correct the header or Settings › Financial year.",
};

function listColumns(sheetKey: string): string {
  const spec = TABLE_SHEETS.find((s) => s.key === sheetKey);
  if (!spec) return "";
  return columnsOf(spec)
    .filter((c) => c.meta.required && c.meta.kind !== "months")
    .map((c) => c.meta.header)
    .join(", ");
}

function describe(problem: StructureProblem, ctx: CheckContext): void {
  const { sink } = ctx;
  switch (problem.kind) {
    case "missingSheet": {
      const available =
        problem.available.length > 0
          ? ` (sheets present: ${problem.available.slice(0, 8).join(", ")}${problem.available.length > 8 ? ", ..." : ""})`
          : "";
      const text = problem.required
        ? problem.suggestion !== null
          ? `The workbook has no ${problem.expected} sheet; did you mean '${problem.suggestion}'? Rename it to ${problem.expected}.`
          : `The workbook has no ${problem.expected} sheet${available}. Add a sheet named ${problem.expected} laid out as the Template reference shows.`
        : `No ${problem.expected} sheet, but '${problem.suggestion}' looks like it; rename it to ${problem.expected} so its figures are read.`;
      sink.missingSheet("MISSING_SHEET", problem.expected, text);
      return;
    }
    case "duplicateSheet":
      sink.at(
        "DUPLICATE_SHEET",
        problem.sheet,
        problem.row,
        problem.col,
        `this sheet's name '${problem.sheet}' differs from '${problem.usedSheet}' only in case or spaces; only '${problem.usedSheet}' is read. Delete or rename one of them.`
      );
      return;
    case "headerNotFound":
      sink.at(
        "HEADER_NOT_FOUND",
        problem.sheet,
        problem.row,
        problem.col,
        `no header row in the first 20 rows of ${problem.sheet}: expected a row holding ${listColumns(problem.sheetKey)}${problem.sheetKey === "Staff" ? "" : " and the month columns"}. Add the template's headers; the sheet is not read until then.`
      );
      return;
    case "missingColumn":
      sink.at(
        "MISSING_COLUMN",
        problem.sheet,
        problem.row,
        problem.col,
        `the header row has no ${problem.column.startsWith("month") ? problem.column : `'${problem.column}' column`}. Add it; ${problem.sheet} is not read until then.`
      );
      return;
    case "badPeriodHeader":
      sink.at(
        "BAD_PERIOD_HEADER",
        problem.sheet,
        problem.row,
        problem.col,
        `${problem.detail}. ${PERIOD_ACTIONS[problem.reason]}`,
        problem.value
      );
      return;
    case "badSetting": {
      const def = SETTING_DEFS.find((d) => d.meta.label === problem.setting);
      sink.at(
        "BAD_SETTING",
        problem.sheet,
        problem.row,
        problem.col,
        `${problem.setting} ${quoteValue(problem.value)} ${problem.detail}; the default (${def?.meta.defaultText ?? "none"}) is used until it is corrected.`,
        problem.value
      );
      return;
    }
  }
}

export function checkStructure(ctx: CheckContext): void {
  for (const problem of ctx.parsed.problems) describe(problem, ctx);
}
