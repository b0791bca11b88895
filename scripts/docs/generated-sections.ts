/**
 * README sections generated from the definitions they document, so the docs cannot drift from
 * the code: the function reference (function specs), the template reference (the zod template),
 * the validation codes (the issue-code table) and the pack's tables (PACK_TABLES).
 */
import { functionReferenceMarkdown } from "../../src/functions/functionReference";
import { templateDocsMarkdown } from "../../src/domain/template";
import { validationCodesMarkdown } from "../../src/domain/validation";
import { packTablesMarkdown } from "../../src/domain/pack/registry";

export const GENERATED_SECTIONS: Readonly<Record<string, () => string>> = {
  functions: functionReferenceMarkdown,
  template: templateDocsMarkdown,
  "validation-codes": validationCodesMarkdown,
  "pack-tables": packTablesMarkdown,
};

const marker = (name: string, end: boolean) => `<!-- ${end ? "/" : ""}generated:${name} -->`;

/** Replaces the text between each pair of markers with the freshly generated section. */
export function refreshReadme(readme: string): string {
  let text = readme;
  for (const [name, generate] of Object.entries(GENERATED_SECTIONS)) {
    const start = text.indexOf(marker(name, false));
    const end = text.indexOf(marker(name, true));
    if (start < 0 || end < start)
      throw new Error(`README.md has no ${marker(name, false)} ... ${marker(name, true)} block`);
    const body = generate().trim();
    text = `${text.slice(0, start)}${marker(name, false)}\n${body}\n${text.slice(end)}`;
  }
  return text;
}
