import type { FunctionSpec } from "../domain/metrics/spec";
import { FUNCTION_NAMESPACE, FUNCTION_SPECS } from "./functionSpecs";

/**
 * The README's "Function reference", built from the same specs as the functions' JSDoc, so the
 * help links (HELP_URL_BASE + "#llr<id>") land on a section that says the same thing.
 * scripts/gen-function-docs.ts prints it.
 */
export function syntaxOf(spec: FunctionSpec): string {
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `=${FUNCTION_NAMESPACE}.${spec.id}(${params})`;
}

/** The anchor GitHub gives a heading: lower case, punctuation other than "-" and "_" dropped, spaces as "-". */
export function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

function section(spec: FunctionSpec): string {
  const params = spec.params
    .map(
      (p) =>
        `| \`${p.name}\` | ${p.optional ? "optional" : "required"} | ${escapeCell(p.description)} |`
    )
    .join("\n");
  const errors = spec.errors.map((e) => `- \`${e.display}\` when ${e.when}.`).join("\n");
  return [
    `### ${FUNCTION_NAMESPACE}.${spec.id}`,
    "",
    spec.description,
    "",
    `**Syntax:** \`${syntaxOf(spec)}\``,
    "",
    `**What it computes:** ${spec.definition.replace(/\.$/, "")}.`,
    "",
    "| Parameter | | Description |",
    "| --- | --- | --- |",
    params,
    "",
    `**Example:** \`${spec.example.formula}\` returns ${spec.example.result}${spec.example.note ? ` (${spec.example.note})` : ""}.`,
    "",
    "**Errors:**",
    "",
    errors,
    "",
    `**Blank cells:** ${spec.blanks}`,
  ].join("\n");
}

const INTRO = `## Function reference

The add-in adds ten worksheet functions under the \`${FUNCTION_NAMESPACE}\` namespace. Type \`=${FUNCTION_NAMESPACE}.\` in a cell to see them.

**Ranges.** Every argument except the TRUE/FALSE switches takes a single value or a whole range, and the result spills to the size of the largest range. A single value is used against every cell of a range; a row is repeated down the rows of a range of the same width and a column across the columns of a range of the same height, so a column against a row gives a grid, as in Excel's own array arithmetic. Ranges whose sizes cannot line up (for example 3 rows against 2) give one \`#VALUE!\` for the whole formula, with a message naming each argument's size.

**Errors are per cell.** A bad input spoils only its own result: the other cells of the spill are still calculated. Hover over the error flag to read the message (Excel shows messages for \`#VALUE!\` and \`#N/A\` only).

| Input cell | Result |
| --- | --- |
| Text that is not a number, e.g. \`n/a\`, or TRUE/FALSE where an amount is expected | \`#VALUE!\`, quoting the value and naming the argument and its row/column in the range |
| Numbers typed as text: \`1,234.5\`, \`£1.2m\`, \`£450k\`, \`(3.0)\`, \`6.8%\`, \`−3\` | read as numbers (\`6.8%\` is 0.068) |
| Empty text, e.g. a formula returning \`""\` | \`#N/A\` "missing value" |
| A divisor (plan, base, cap, establishment, staff, full-time hours) of 0 | \`#DIV/0!\` |
| A result too large to show | \`#NUM!\` |
| A cell holding a data type whose value is a plain number, text or TRUE/FALSE (a formatted number, for example) | read as that value |
| A cell holding an entity, a linked data type (Stocks, Geography, an organisation) or an image | \`#VALUE!\` naming the argument and the cell: use its display value instead, a field (\`=A3.Name\`) or \`=VALUETOTEXT(A3)\` |
| An error value, e.g. \`#N/A\` | the same error; one a function cannot return (\`#REF!\`, \`#SPILL!\`...) gives \`#VALUE!\` naming it |

**Blank cells.** Excel desktop passes an empty cell to a function as 0, and Excel on the web passes it as nothing (null); desktop cannot tell an empty cell from a typed 0. So that a workbook gives the same answers on both, LLR functions read an empty cell exactly as 0, as Excel's own arithmetic does (\`=A1-B1\` with A1 empty is \`-B1\`, and \`=A1/B1\` with B1 empty is \`#DIV/0!\`):

| Empty cell used as | Result on desktop and on the web |
| --- | --- |
| an amount (actual, current, vacancies, hours, value...) | counts as 0 |
| a divisor (plan with asPercent, base, cap spend, establishment, start and end staff, full-time hours) | \`#DIV/0!\` |
| the month of \`LLR.RUNRATE\` | \`#VALUE!\` (month 0 is not 1 to 12) |
| the date or label of \`LLR.FYMONTH\`, the label of \`LLR.STAFFGROUP\` | \`#N/A\` "missing value" (0 is not a date or a staff group, so it is read as empty too) |
| a TRUE/FALSE switch | leaving a switch out uses its default; pointing it at an empty cell reads FALSE on desktop but the default on the web, so type TRUE or FALSE |

Leaving an optional range argument out (e.g. \`=LLR.WTE(A2:A20)\`) uses its default; pointing it at an empty cell gives 0.
`;

export function functionReferenceMarkdown(specs: readonly FunctionSpec[] = FUNCTION_SPECS): string {
  return `${INTRO}\n${specs.map(section).join("\n\n")}\n`;
}
