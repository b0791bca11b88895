/**
 * Says what a file really is from its bytes, before ExcelJS sees it: ExcelJS's own errors for a
 * renamed CSV, a truncated zip or an encrypted workbook are cryptic ("End of data reached",
 * "Cannot read properties of undefined"), and users need one line that tells them what to do.
 */

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

/** The file names in a zip's central directory, or null when the directory is missing or damaged. */
export function zipEntryNames(bytes: Buffer): string[] | "zip64" | null {
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
  const names: string[] = [];
  let p = offset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== ZIP_CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    if (p + 46 + nameLength > eocd || localOffset >= offset) return null;
    names.push(bytes.toString("utf8", p + 46, p + 46 + nameLength).replace(/^\//, ""));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function sniffZip(bytes: Buffer): SniffResult {
  const names = zipEntryNames(bytes);
  if (names === null) return { kind: "problem", reason: REASONS.truncated };
  if (names === "zip64") return { kind: "xlsx" }; // too big to list cheaply; ExcelJS will judge
  const has = (name: string) => names.some((n) => n.toLowerCase() === name);
  if (has("xl/workbook.xml")) return { kind: "xlsx" };
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
