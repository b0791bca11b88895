/**
 * Makes the kinds of file users pass instead of a readable .xlsx, in a temporary folder, so the
 * tests never depend on checked-in binaries.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import ExcelJS from "exceljs";

/** A zip with stored (uncompressed) entries: enough for the sniffer and for ExcelJS. */
export function makeZip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(entries).length;
  eocd.writeUInt16LE(count, 8);
  eocd.writeUInt16LE(count, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** A compound-file header followed by directory-entry names, as Office writes them (UTF-16LE). */
export function fakeCompoundFile(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  const entries = streamNames.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name + "\0", "utf16le").copy(entry, 0);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    return entry;
  });
  return Buffer.concat([header, Buffer.alloc(512), ...entries]);
}

export async function tempDir(prefix = "llr-test-"): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface BadFile {
  readonly kind: string;
  readonly file: string;
  /** A fragment the one-line reason must contain. */
  readonly expect: RegExp;
}

/** Every unreadable kind the CLI and the reader must turn into one clear line. */
export async function makeBadFiles(dir: string): Promise<BadFile[]> {
  const at = (name: string) => path.join(dir, name);
  const good = await xlsxBytes((wb) =>
    wb.addWorksheet("PWR").addRow(["Organisation", "Staff type"])
  );
  await fs.writeFile(at("zero.xlsx"), Buffer.alloc(0));
  await fs.writeFile(
    at("renamed.xlsx"),
    "Organisation,Staff type,Staff group\nUHL,Substantive,Other\n"
  );
  await fs.writeFile(
    at("page.xlsx"),
    "<html><body><table><tr><td>1</td></tr></table></body></html>"
  );
  await fs.writeFile(at("truncated.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
  await fs.writeFile(
    at("encrypted.xlsx"),
    fakeCompoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"])
  );
  await fs.writeFile(
    at("legacy.xlsx"),
    fakeCompoundFile(["Root Entry", "Workbook", "\u0005SummaryInformation"])
  );
  await fs.writeFile(at("archive.xlsx"), makeZip({ "readme.txt": "not a workbook" }));
  await fs.writeFile(
    at("binary.xlsx"),
    makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": Buffer.alloc(8) })
  );
  await fs.writeFile(
    at("noise.xlsx"),
    Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x10, 0x00, 0x00])
  );
  await fs.writeFile(
    at("broken-xml.xlsx"),
    makeZip({ "[Content_Types].xml": "<Types", "xl/workbook.xml": "<workbook><sheets><sheet" })
  );
  await fs.writeFile(at("no-sheets.xlsx"), await xlsxBytes(() => undefined));
  await fs.writeFile(
    at("blank-sheets.xlsx"),
    await xlsxBytes((wb) => void (wb.addWorksheet("A"), wb.addWorksheet("B")))
  );
  await fs.mkdir(at("folder.xlsx"));
  return [
    { kind: "missing file", file: at("missing.xlsx"), expect: /^no such file$/ },
    { kind: "directory", file: at("folder.xlsx"), expect: /directory/ },
    { kind: "zero-byte file", file: at("zero.xlsx"), expect: /empty \(0 bytes\)/ },
    { kind: "CSV renamed .xlsx", file: at("renamed.xlsx"), expect: /CSV or text file/ },
    { kind: "HTML renamed .xlsx", file: at("page.xlsx"), expect: /HTML or XML file/ },
    { kind: "truncated zip", file: at("truncated.xlsx"), expect: /corrupt or truncated/ },
    { kind: "password-protected", file: at("encrypted.xlsx"), expect: /password-protected/ },
    { kind: "legacy .xls", file: at("legacy.xlsx"), expect: /legacy \.xls: save as \.xlsx/ },
    {
      kind: "zip that is not a workbook",
      file: at("archive.xlsx"),
      expect: /zip archive but not an Excel workbook/,
    },
    { kind: "binary workbook", file: at("binary.xlsx"), expect: /\.xlsb/ },
    { kind: "unknown binary", file: at("noise.xlsx"), expect: /unrecognised file format/ },
    {
      kind: "ExcelJS failure",
      file: at("broken-xml.xlsx"),
      expect: /cannot be read as an \.xlsx workbook: /,
    },
    {
      kind: "workbook without sheets",
      file: at("no-sheets.xlsx"),
      expect: /empty: it has no sheets/,
    },
    {
      kind: "workbook of blank sheets",
      file: at("blank-sheets.xlsx"),
      expect: /empty: none of its 2 sheets/,
    },
  ];
}

/** One entry of a zip (stored or deflated), read with node's zlib: to look at the XML Excel will read. */
export function readZipEntry(bytes: Buffer, name: string): string | null {
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    const method = bytes.readUInt16LE(p + 10);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const skip = nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    const entryName = bytes.toString("utf8", p + 46, p + 46 + nameLength);
    if (entryName === name) {
      const dataStart =
        localOffset +
        30 +
        bytes.readUInt16LE(localOffset + 26) +
        bytes.readUInt16LE(localOffset + 28);
      const data = bytes.subarray(dataStart, dataStart + compressedSize);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8");
    }
    p += 46 + skip;
  }
  return null;
}
