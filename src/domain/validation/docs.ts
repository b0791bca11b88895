/** The validation codes as a Markdown table, from the code table itself. */
import { ISSUE_CODES } from "./issueCodes";

export function validationCodesMarkdown(): string {
  const esc = (t: string) => t.replace(/\|/g, "\\|");
  return [
    "| Code | Severity | What it means | What to do |",
    "| --- | --- | --- | --- |",
    ...ISSUE_CODES.map(
      (c) => `| \`${c.code}\` | ${c.severity} | ${esc(c.description)} | ${esc(c.action)} |`
    ),
    "",
  ].join("\n");
}
