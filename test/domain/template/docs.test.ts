/** The generated "Template reference" and codes table cover the whole definition. */
import { templateDocsMarkdown } from "../../../src/domain/template/docs";
import { allowedValues, columnsOf, TABLE_SHEETS } from "../../../src/domain/template/definition";
import { SETTING_DEFS } from "../../../src/domain/template/settingsDefinition";
import { validationCodesMarkdown } from "../../../src/domain/validation/docs";
import { ISSUE_CODES } from "../../../src/domain/validation/issueCodes";

const escaped = (t: string) => t.replace(/\|/g, "\\|");

describe("templateDocsMarkdown", () => {
  const md = templateDocsMarkdown();

  it("has a heading per sheet, saying whether it is required", () => {
    expect(md.startsWith("## Template reference\n")).toBe(true);
    for (const spec of TABLE_SHEETS)
      expect(md).toContain(`### ${spec.name} (${spec.required ? "required" : "optional"})`);
    expect(md).toContain("### Settings (optional)");
  });

  it("lists every column of every sheet with its required flag, aliases and allowed values", () => {
    for (const spec of TABLE_SHEETS) {
      const section = md.slice(
        md.indexOf(`### ${spec.name} (`),
        md.indexOf("###", md.indexOf(`### ${spec.name} (`) + 4)
      );
      for (const def of columnsOf(spec)) {
        const line = section
          .split("\n")
          .find((l) => l.startsWith(`| ${escaped(def.meta.header)} |`));
        expect(line).toBeDefined();
        expect(line).toContain(`| ${def.meta.required ? "yes" : "no"} |`);
        for (const alias of def.meta.aliases) expect(line).toContain(escaped(alias));
        for (const value of allowedValues(def.schema)) expect(line).toContain(escaped(value));
      }
    }
  });

  it("lists every setting with its default", () => {
    for (const def of SETTING_DEFS) {
      const line = md.split("\n").find((l) => l.startsWith(`| ${def.meta.label} |`));
      expect(line).toContain(`| ${escaped(def.meta.defaultText)} |`);
    }
  });

  it("is a well-formed table: every row has the header's number of cells", () => {
    for (const line of md.split("\n").filter((l) => l.startsWith("|"))) {
      const cells = line.replace(/\\\|/g, "").split("|").length;
      expect(cells).toBe(7);
    }
  });
});

describe("validationCodesMarkdown", () => {
  it("lists every code with its severity and action", () => {
    const md = validationCodesMarkdown();
    for (const c of ISSUE_CODES)
      expect(md).toContain(
        `| \`${c.code}\` | ${c.severity} | ${escaped(c.description)} | ${escaped(c.action)} |`
      );
  });
});
