/**
 * The bits of the Open Packaging Conventions the chart writer needs over a JSZip archive: find a
 * sheet's part by its name, read and add relationships, register content types, number new parts.
 * The parts come from ExcelJS (or from Excel, for a base workbook's untouched parts), so a small
 * attribute reader is enough; nothing here rewrites a part it does not have to.
 */
import type JSZip from "jszip";
import { attributesOf, escapeXml, tagsNamed } from "./xmlText";

export const REL_TYPES = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPES = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export class PackageError extends Error {}

export async function readPart(zip: JSZip, path: string): Promise<string | null> {
  const entry = zip.file(path);
  return entry ? entry.async("string") : null;
}

async function mustRead(zip: JSZip, path: string): Promise<string> {
  const text = await readPart(zip, path);
  if (text === null) throw new PackageError(`the workbook has no ${path} part`);
  return text;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part's folder ("../drawings/d1.xml"). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** A target for `part` relative to `sourcePart`'s folder: ("xl/worksheets/s.xml", "xl/drawings/d.xml") -> "../drawings/d.xml". */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export async function readRelationships(zip: JSZip, sourcePart: string): Promise<Relationship[]> {
  const xml = await readPart(zip, relsPathOf(sourcePart));
  if (xml === null) return [];
  return tagsNamed(xml, "Relationship").map((tag) => {
    const a = attributesOf(tag);
    return {
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: a.Target ?? "",
      external: a.TargetMode === "External",
    };
  });
}

/** Adds a relationship from `sourcePart` to `targetPart` and returns its new id. */
export async function addRelationship(
  zip: JSZip,
  sourcePart: string,
  type: string,
  targetPart: string
): Promise<string> {
  const relsPath = relsPathOf(sourcePart);
  const existing = await readPart(zip, relsPath);
  const taken = new Set(
    (existing === null ? [] : tagsNamed(existing, "Relationship")).map((t) => attributesOf(t).Id)
  );
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(sourcePart, targetPart))}"/>`;
  const xml =
    existing === null
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${rel}</Relationships>`
      : existing.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`);
  if (xml === existing) throw new PackageError(`${relsPath} is not a relationships part`);
  zip.file(relsPath, xml);
  return id;
}

/** The part holding a sheet's cells, found through the workbook part's relationships. */
export async function sheetPartPath(zip: JSZip, sheetName: string): Promise<string> {
  const packageRels = await mustRead(zip, "_rels/.rels");
  const office = tagsNamed(packageRels, "Relationship")
    .map(attributesOf)
    .find((a) => a.Type === REL_TYPES.officeDocument);
  const workbookPart = office ? resolveTarget("", office.Target ?? "") : "xl/workbook.xml";
  const workbook = await mustRead(zip, workbookPart);
  const sheet = tagsNamed(workbook, "sheet")
    .map(attributesOf)
    .find((a) => (a.name ?? "").toUpperCase() === sheetName.toUpperCase());
  if (!sheet) throw new PackageError(`the workbook has no sheet named "${sheetName}"`);
  const relId = sheet["r:id"];
  const rel = (await readRelationships(zip, workbookPart)).find((r) => r.id === relId);
  if (!rel)
    throw new PackageError(`the sheet "${sheetName}" has no part in the workbook's relationships`);
  return resolveTarget(workbookPart, rel.target);
}

/** Adds an Override to [Content_Types].xml unless the part has one already. */
export async function addContentTypeOverride(
  zip: JSZip,
  part: string,
  contentType: string
): Promise<void> {
  const path = "[Content_Types].xml";
  const xml = await mustRead(zip, path);
  const partName = `/${part}`;
  const has = tagsNamed(xml, "Override").some((t) => attributesOf(t).PartName === partName);
  if (has) return;
  const override = `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`;
  zip.file(path, xml.replace(/<\/Types>\s*$/, `${override}</Types>`));
}

/** The first free "<folder>/<stem>N.xml", N counting from 1. */
export function nextPartPath(zip: JSZip, folder: string, stem: string): string {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`) !== null) n++;
  return `${folder}/${stem}${n}.xml`;
}

/**
 * Worksheet children that come after <drawing> in the schema's sequence (CT_Worksheet): a new
 * <drawing> goes before the first of them that is present, else before </worksheet>.
 */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The sheet part with a <drawing r:id="..."/> element in its schema position. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  const element = `<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${escapeXml(relId)}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${name}(?=[\\s/>])`).exec(sheetXml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = sheetXml.lastIndexOf("</worksheet>");
  if (at < 0) throw new PackageError("a sheet part has no </worksheet> end tag");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** The relationship id of the sheet's existing <drawing>, if it has one. */
export function drawingRelId(sheetXml: string): string | null {
  const tag = tagsNamed(sheetXml, "drawing")[0];
  return tag ? (attributesOf(tag)["r:id"] ?? null) : null;
}
