/**
 * Workbooks Excel itself would not write, made by editing the parts of one it would: duplicate
 * sheet names differing only in case (Excel forbids them; other tools write them), a macro-enabled
 * .xlsm, and a worksheet whose <dimension> claims every row Excel has.
 */
import JSZip from "jszip";
import { fixZipTimestamps, SAMPLE_DATE } from "../seeds/xlsx";
import { fakeCompoundFile } from "../../test/xlsx/badFiles";

/** Rewrites some entries of a zip; every other entry is kept byte for byte (then re-compressed). */
export async function editZip(
  bytes: Buffer,
  edits: Readonly<Record<string, (text: string) => string>>,
  added: Readonly<Record<string, Buffer | string>> = {}
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const entry = zip.file(name);
    if (!entry) throw new Error(`the zip has no ${name}`);
    const before = await entry.async("string");
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${name} changed nothing`);
    zip.file(name, after, { date: SAMPLE_DATE });
  }
  for (const [name, content] of Object.entries(added)) zip.file(name, content, { date: SAMPLE_DATE });
  const out = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "DOS" });
  return fixZipTimestamps(out, SAMPLE_DATE);
}

/** Replaces exactly one occurrence of `from`, so an edit that misses fails loudly. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const matches = typeof from === "string" ? text.split(from).length - 1 : (text.match(new RegExp(from, "g")) ?? []).length;
  if (matches !== 1) throw new Error(`expected one ${String(from)}, found ${matches}`);
  return text.replace(from, to);
}

/**
 * Renames the sheet called `from` in xl/workbook.xml to `to` (XML-escaped), leaving its part and
 * relationships alone: how a second "pwr" next to "PWR" gets into a file.
 */
export function renameSheet(bytes: Buffer, from: string, to: string): Promise<Buffer> {
  return editZip(bytes, {
    "xl/workbook.xml": (xml) => replaceOnce(xml, `name="${from}"`, `name="${to}"`),
  });
}

/**
 * The workbook as a macro-enabled .xlsm: the main part's content type, a VBA project part
 * (a compound file, as Excel stores it) and the relationship to it. The macros are never run:
 * the reader only ever looks at cell values.
 */
export function asMacroWorkbook(bytes: Buffer): Promise<Buffer> {
  const vba = fakeCompoundFile(["Root Entry", "VBA", "dir", "ThisWorkbook", "PROJECT", "PROJECTwm"]);
  return editZip(
    bytes,
    {
      "[Content_Types].xml": (xml) =>
        replaceOnce(
          replaceOnce(
            xml,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
          ),
          /(<Types[^>]*>)/,
          '$1<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        ),
      "xl/_rels/workbook.xml.rels": (xml) =>
        replaceOnce(
          xml,
          "</Relationships>",
          '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
        ),
    },
    { "xl/vbaProject.bin": vba }
  );
}

/** Sets a worksheet part's <dimension ref> (the used range Excel records) to `ref`. */
export function withDimension(bytes: Buffer, part: string, ref: string): Promise<Buffer> {
  return editZip(bytes, {
    [part]: (xml) => replaceOnce(xml, /<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`),
  });
}
