/**
 * Says what a file really is from its bytes, before ExcelJS sees it: ExcelJS's own errors for a
 * renamed CSV, a truncated zip or an encrypted workbook are cryptic ("End of data reached",
 * "Cannot read properties of undefined"), and users need one line that tells them what to do.
 */

import zlib from "node:zlib";

export type SniffResult =
  { readonly kind: "xlsx" } | { readonly kind: "problem"; readonly reason: string };

const ZIP_LOCAL = 0x04034b50;
const ZIP_EMPTY = 0x06054b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const REASONS = {
  empty: "the file is empty (0 bytes)",
  text: "this is a CSV or text file, not an .xlsx workbook: open it in Excel and save it as .xlsx",
  markup:
    "this is an HTML or XML file, not an .xlsx workbook: open it in Excel and save it as .xlsx",
  truncated:
    "the file is corrupt or truncated (its zip directory is missing or damaged): copy or save it again",
  encrypted:
    "the workbook is password-protected (encrypted): open it in Excel, remove the password (File > Info > Protect Workbook) and save a copy to check",
  legacyXls:
    "legacy .xls: save as .xlsx in Excel (File > Save As > Excel Workbook) and check the copy",
  otherCfb: "this is an Office compound file (an old .doc, .ppt or similar), not an .xlsx workbook",
  xlsb: "this is a binary workbook (.xlsb): open it in Excel and save it as .xlsx",
  ods: "this is an OpenDocument spreadsheet (.ods): save it as .xlsx",
  word: "this is a Word document, not an Excel workbook",
  powerpoint: "this is a PowerPoint file, not an Excel workbook",
  zipNotWorkbook: "this is a zip archive but not an Excel workbook (it has no xl/workbook.xml)",
  unknown: "not an .xlsx workbook (unrecognised file format)",
} as const;

function utf16le(text: string): Buffer {
  return Buffer.from(text, "utf16le");
}

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

/** The entries of a zip's central directory, or null when the directory is missing or damaged. */
function zipDirectory(bytes: Buffer): ZipEntry[] | "zip64" | null {
  const minEocd = 22;
  if (bytes.length < minEocd) return null;
  // The end-of-central-directory record sits in the last 22 bytes plus up to 64 KiB of comment.
  const stop = Math.max(0, bytes.length - minEocd - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - minEocd; i >= stop; i--) {
    if (bytes.readUInt32LE(i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || size === 0xffffffff || entries === 0xffff) return "zip64";
  if (offset + size > eocd) return null;
  const list: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== ZIP_CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    if (p + 46 + nameLength > eocd || localOffset >= offset) return null;
    list.push({
      name: bytes.toString("utf8", p + 46, p + 46 + nameLength).replace(/^\//, ""),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      localOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return list;
}

/** One entry's bytes (stored or deflated); null when it cannot be read here (ExcelJS will judge). */
function zipEntryBytes(bytes: Buffer, entry: ZipEntry): Buffer | null {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== ZIP_LOCAL) return null;
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return zlib.inflateRawSync(data);
  } catch {
    // a damaged entry: ExcelJS gives its own reason
  }
  return null;
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return XML_ENTITIES[name] ?? whole;
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The sheet names xl/workbook.xml lists, in order. */
function sheetNames(workbookXml: string): string[] {
  const names: string[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*?\bname="([^"]*)"/g)) {
    names.push(xmlText(m[1]));
  }
  return names;
}

const shortName = (name: string): string => (name.length > 40 ? `${name.slice(0, 37)}...` : name);

/**
 * Sheet names Excel never writes but other programs do. ExcelJS refuses them with a misleading
 * error ("Worksheet name already exists" for a 32-character name) and warns on the console, so
 * they are caught here, with the name.
 */
export function sheetNameProblem(names: readonly string[]): string | null {
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name.length > 31) {
      return `the sheet name "${shortName(name)}" is longer than the 31 characters Excel allows: shorten it and save the workbook again`;
    }
    const key = name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return `two sheets are named "${earlier}" and "${name}": Excel does not allow names that differ only in upper and lower case, so rename one and save the workbook again`;
    }
    seen.set(key, name);
  }
  return null;
}

function sniffZip(bytes: Buffer): SniffResult {
  const entries = zipDirectory(bytes);
  if (entries === null) return { kind: "problem", reason: REASONS.truncated };
  if (entries === "zip64") return { kind: "xlsx" }; // too big to list cheaply; ExcelJS will judge
  const names = entries.map((e) => e.name);
  const has = (name: string) => names.some((n) => n.toLowerCase() === name);
  const workbook = entries.find((e) => e.name.toLowerCase() === "xl/workbook.xml");
  if (workbook) {
    const xml = zipEntryBytes(bytes, workbook);
    const problem = xml && sheetNameProblem(sheetNames(xml.toString("utf8")));
    return problem ? { kind: "problem", reason: problem } : { kind: "xlsx" };
  }
  if (has("xl/workbook.bin")) return { kind: "problem", reason: REASONS.xlsb };
  if (has("mimetype") && has("content.xml")) return { kind: "problem", reason: REASONS.ods };
  if (has("word/document.xml")) return { kind: "problem", reason: REASONS.word };
  if (has("ppt/presentation.xml")) return { kind: "problem", reason: REASONS.powerpoint };
  return { kind: "problem", reason: REASONS.zipNotWorkbook };
}

function sniffCompoundFile(bytes: Buffer): SniffResult {
  // Directory entry names are UTF-16LE; an encrypted OOXML package is a CFB holding
  // "EncryptionInfo" and "EncryptedPackage" streams, a BIFF workbook holds "Workbook" (or "Book").
  if (bytes.includes(utf16le("EncryptedPackage")))
    return { kind: "problem", reason: REASONS.encrypted };
  if (bytes.includes(utf16le("Workbook")) || bytes.includes(utf16le("Book\0"))) {
    return { kind: "problem", reason: REASONS.legacyXls };
  }
  return { kind: "problem", reason: REASONS.otherCfb };
}

function looksLikeText(head: Buffer): boolean {
  if (
    head.length >= 2 &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  ) {
    return true; // UTF-16 text with a byte-order mark
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= head.length / 100;
}

export function sniffWorkbookBytes(bytes: Buffer): SniffResult {
  if (bytes.length === 0) return { kind: "problem", reason: REASONS.empty };
  if (bytes.length >= 4) {
    const sig = bytes.readUInt32LE(0);
    if (sig === ZIP_LOCAL || sig === ZIP_EMPTY) return sniffZip(bytes);
  }
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(CFB_MAGIC)) return sniffCompoundFile(bytes);
  const head = bytes.subarray(0, 8192);
  if (looksLikeText(head)) {
    const start = head
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimStart()
      .slice(0, 64)
      .toLowerCase();
    const markup =
      start.startsWith("<?xml") ||
      start.startsWith("<html") ||
      start.startsWith("<!doctype") ||
      start.startsWith("<table");
    return { kind: "problem", reason: markup ? REASONS.markup : REASONS.text };
  }
  return { kind: "problem", reason: REASONS.unknown };
}
