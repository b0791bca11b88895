/**
 * A sheet's cells exactly as stored in the file: formula text and the cached value's text, parsed
 * here rather than by ExcelJS, which turns numbers in cells whose format contains an "m" (such as
 * £#,##0.0"m") into dates and drops cached results of 0.
 */
import { promises as fs } from "node:fs";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { sheetPartPath } from "../../src/xlsx/charts/packageParts";

export interface RawCell {
  readonly formula: string | null;
  /** A number, a string, a boolean, an error text ("#DIV/0!"), or null when nothing is stored. */
  readonly value: number | string | boolean | null;
  readonly isError: boolean;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ["row", "c", "si", "r"].includes(name),
});

type Node = Record<string, unknown>;

/** The text of a node that may be a plain string or {#text: ...} (when it has attributes). */
function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string") return node;
  if (typeof node === "object" && "#text" in (node as Node)) return String((node as Node)["#text"]);
  return "";
}

/** A shared or inline string: plain <t> or rich-text runs <r><t>. */
function stringItem(si: Node): string {
  if (si.t !== undefined) return text(si.t);
  return ((si.r as Node[] | undefined) ?? []).map((r) => text(r.t)).join("");
}

export async function rawCells(file: string, sheetName: string): Promise<Map<string, RawCell>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const sharedEntry = zip.file("xl/sharedStrings.xml");
  const shared: string[] = sharedEntry
    ? ((
        ((parser.parse(await sharedEntry.async("string")) as Node).sst as Node).si as
          Node[] | undefined
      )?.map(stringItem) ?? [])
    : [];
  const part = await sheetPartPath(zip, sheetName);
  const sheet = parser.parse(await zip.file(part)!.async("string")) as Node;
  const rows = (
    (sheet.worksheet as Node).sheetData as Node | string | undefined as Node | undefined
  )?.row as Node[] | undefined;
  const cells = new Map<string, RawCell>();
  for (const row of rows ?? []) {
    for (const c of (row.c as Node[] | undefined) ?? []) {
      const address = String(c["@_r"]);
      const type = c["@_t"] as string | undefined;
      const formula = c.f === undefined ? null : text(c.f);
      const v = c.v === undefined ? null : text(c.v);
      let value: RawCell["value"] = null;
      if (type === "s" && v !== null) value = shared[Number(v)] ?? null;
      else if (type === "inlineStr") value = stringItem((c.is as Node) ?? {});
      else if (type === "str" || type === "e") value = v;
      else if (type === "b") value = v === null ? null : v === "1";
      else if (v !== null && v !== "") value = Number(v);
      if (formula === null && value === null) continue;
      cells.set(address, { formula, value, isError: type === "e" });
    }
  }
  return cells;
}
