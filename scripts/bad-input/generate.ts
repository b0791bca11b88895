/**
 * Writes the bad-input corpus, test/fixtures/bad-input/: every kind of file an NHS workbook
 * arrives as that the CLI must read with issues at cell addresses, or refuse with one clear line.
 * What each file must produce is in test/fixtures/bad-input/cases.json; the test
 * (test/hardening/badInput.test.ts) runs the CLI on each.
 *
 *   npm run fixtures:bad-input                 writes the byte-stable files (LibreOffice ones only if missing)
 *   npm run fixtures:bad-input -- --libreoffice   remakes the LibreOffice-made files too
 *   npm run fixtures:bad-input -- --check      writes nothing; exits 1 if a byte-stable file differs
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { fakeCompoundFile, makeZip } from "../../test/xlsx/badFiles";
import { fixZipTimestamps, SAMPLE_DATE } from "../seeds/xlsx";
import { convertWithLibreOffice, libreOfficeAvailable } from "./libreoffice";
import { bytesOf, cleanBytes, cleanPwrCsv, GENERATOR, TEMPLATE_BUILDERS, type Builder } from "./workbooks";
import { asMacroWorkbook, renameSheet, withDimension } from "./zipEdits";

export const BAD_INPUT_DIR = path.join(__dirname, "..", "..", "test", "fixtures", "bad-input");
export const MANIFEST = path.join(BAD_INPUT_DIR, "cases.json");

/** How a manifest entry comes to exist. */
export type Source =
  /** Written by this script, the same bytes every run. */
  | "generated"
  /** Written by LibreOffice (not byte-stable); checked in. */
  | "libreoffice"
  /** A folder, made by this script. */
  | "directory"
  /** A path that must not exist. */
  | "absent";

export interface ManifestCase {
  readonly file: string;
  readonly case: string;
  readonly source: Source;
}

async function emptyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = GENERATOR;
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  const ws = wb.addWorksheet("Sheet1");
  // Formatting without values, as a template someone started and never filled in.
  ws.getColumn(1).width = 30;
  ws.getCell("A1").font = { bold: true };
  return bytesOf(wb);
}

async function noSheets(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = GENERATOR;
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  return bytesOf(wb);
}

const stableZip = (entries: Record<string, string | Buffer>) => fixZipTimestamps(makeZip(entries), SAMPLE_DATE);

/** Byte-stable files: builders by file name. */
export const GENERATED: Readonly<Record<string, Builder>> = {
  ...TEMPLATE_BUILDERS,
  "duplicate-sheet-case.xlsx": async () => renameSheet(await withExtraPwr("PWR copy"), "PWR copy", "pwr"),
  "duplicate-sheet-trailing-space.xlsx": async () =>
    renameSheet(await withExtraPwr("PWR copy"), "PWR copy", "PWR "),
  "sheet-name-too-long.xlsx": async () =>
    renameSheet(await cleanBytes(), "Vacancies", "Vacancies by staff group and organisation 2023-24"),
  "dimension-1048576.xlsx": async () =>
    withDimension(await cleanBytes(), "xl/worksheets/sheet5.xml", "A1:I1048576"),
  "macros.xlsm": async () => asMacroWorkbook(await cleanBytes()),
  "empty-workbook.xlsx": emptyWorkbook,
  "no-sheets.xlsx": noSheets,
  "zero-byte.xlsx": async () => Buffer.alloc(0),
  "csv-renamed.xlsx": async () => Buffer.from(cleanPwrCsv(), "utf8"),
  "csv-utf16-renamed.xlsx": async () =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cleanPwrCsv().replace(/,/g, "\t"), "utf16le")]),
  "html-renamed.xlsx": async () =>
    Buffer.from(
      "<html><body><table><tr><td>Organisation</td><td>Staff type</td></tr><tr><td>UHL</td><td>Bank</td></tr></table></body></html>\n"
    ),
  "truncated.xlsx": async () => {
    const bytes = await cleanBytes();
    return bytes.subarray(0, Math.floor(bytes.length / 2));
  },
  // What Excel's File > Info > Protect Workbook > Encrypt with Password writes: an OLE compound
  // file holding EncryptionInfo and EncryptedPackage streams instead of a zip.
  "password-protected.xlsx": async () =>
    fakeCompoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
  "zip-not-workbook.xlsx": async () => stableZip({ "readme.txt": "Month 7 returns, see the attached workbooks.\n" }),
  "word-renamed.xlsx": async () =>
    stableZip({
      "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    }),
  "xlsb-renamed.xlsx": async () =>
    stableZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": Buffer.from([0x83, 0x01, 0x00]) }),
  "corrupt-xml.xlsx": async () =>
    stableZip({
      "[Content_Types].xml": "<Types",
      "xl/workbook.xml": "<workbook><sheets><sheet",
    }),
};

/** The clean workbook with a copy of PWR (one figure changed) named `name`, placed second. */
async function withExtraPwr(name: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await cleanBytes()) as unknown as ExcelJS.Buffer);
  const pwr = wb.getWorksheet("PWR");
  if (!pwr) throw new Error("no PWR");
  const copy = wb.addWorksheet(name);
  pwr.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
  copy.getCell("F2").value = "this copy is not read";
  wb.creator = GENERATOR;
  wb.lastModifiedBy = GENERATOR;
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  return bytesOf(wb);
}

/** LibreOffice-made files, from the clean workbook. */
export const LIBREOFFICE: Readonly<Record<string, () => Promise<Buffer>>> = {
  "libreoffice-saved.xlsx": async () => convertWithLibreOffice(await cleanBytes(), "xlsx", "Calc MS Excel 2007 XML"),
  "legacy.xls": async () => convertWithLibreOffice(await cleanBytes(), "xls", "MS Excel 97"),
  "ods-renamed.xlsx": async () => convertWithLibreOffice(await cleanBytes(), "ods", "calc8"),
};

/** A legacy .xls that kept a .xlsx name: the checked-in legacy.xls under another name. */
const DERIVED: Readonly<Record<string, string>> = { "legacy-renamed.xlsx": "legacy.xls" };

export const DIRECTORY_README =
  "This folder stands for a directory passed where a workbook is expected: the CLI must refuse it in one line.\n";

export function readManifest(): ManifestCase[] {
  return (JSON.parse(readFileSync(MANIFEST, "utf8")) as { cases: ManifestCase[] }).cases;
}

/** Every byte-stable file, built in memory. */
export async function buildGenerated(): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const [file, build] of Object.entries(GENERATED)) out.set(file, await build());
  return out;
}

function checkManifestCoversBuilders(cases: readonly ManifestCase[]): void {
  const known = new Set([...Object.keys(GENERATED), ...Object.keys(LIBREOFFICE), ...Object.keys(DERIVED)]);
  const problems: string[] = [];
  for (const c of cases) {
    if (c.source === "generated" && !(c.file in GENERATED) && !(c.file in DERIVED))
      problems.push(`${c.file}: no builder`);
    if (c.source === "libreoffice" && !(c.file in LIBREOFFICE)) problems.push(`${c.file}: no LibreOffice builder`);
  }
  const listed = new Set(cases.map((c) => c.file));
  for (const file of known) if (!listed.has(file)) problems.push(`${file}: built but not in cases.json`);
  if (problems.length > 0) throw new Error(`cases.json and the builders disagree:\n${problems.join("\n")}`);
}

/** Leaves a file that already holds these bytes alone (its timestamp too). */
function writeIfChanged(file: string, bytes: Buffer): void {
  if (existsSync(file) && readFileSync(file).equals(bytes)) return;
  writeFileSync(file, bytes);
}

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes("--check");
  const remakeLibreOffice = argv.includes("--libreoffice");
  const cases = readManifest();
  checkManifestCoversBuilders(cases);
  mkdirSync(BAD_INPUT_DIR, { recursive: true });
  const at = (file: string) => path.join(BAD_INPUT_DIR, file);

  const generated = await buildGenerated();
  let stale = 0;
  for (const [file, bytes] of generated) {
    const same = existsSync(at(file)) && readFileSync(at(file)).equals(bytes);
    if (same) continue;
    stale++;
    if (check) console.error(`stale: ${file}`);
    else writeFileSync(at(file), bytes);
  }
  if (check) return stale > 0 ? 1 : 0;

  for (const [file, build] of Object.entries(LIBREOFFICE)) {
    if (existsSync(at(file)) && !remakeLibreOffice) continue;
    if (!libreOfficeAvailable()) {
      console.error(`skipped ${file}: LibreOffice is not installed`);
      continue;
    }
    writeFileSync(at(file), await build());
  }
  for (const [file, from] of Object.entries(DERIVED)) {
    if (existsSync(at(from))) writeIfChanged(at(file), readFileSync(at(from)));
  }

  for (const c of cases) {
    if (c.source === "directory") {
      mkdirSync(at(c.file), { recursive: true });
      writeIfChanged(path.join(at(c.file), "README.md"), Buffer.from(DIRECTORY_README));
    }
    if (c.source === "absent" && existsSync(at(c.file))) throw new Error(`${c.file} must not exist`);
  }
  const listed = new Set([...cases.map((c) => c.file), "cases.json", ".gitattributes"]);
  for (const file of readdirSync(BAD_INPUT_DIR)) {
    if (!listed.has(file)) console.error(`warning: ${file} is not in cases.json`);
  }
  const files = cases.filter((c) => c.source !== "absent" && existsSync(at(c.file)));
  const bytes = files.reduce((n, c) => n + (statSync(at(c.file)).isFile() ? statSync(at(c.file)).size : 0), 0);
  console.log(
    `test/fixtures/bad-input: ${files.length} files (${stale} rewritten), ${Math.round(bytes / 1024)} KiB`
  );
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    }
  );
}
