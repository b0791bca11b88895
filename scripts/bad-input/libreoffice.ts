/**
 * Files only another program writes: a workbook saved by LibreOffice Calc, a legacy .xls and an
 * OpenDocument spreadsheet. LibreOffice stamps the time into what it saves, so these are not
 * byte-stable: the script makes them only when they are missing or when asked (--libreoffice),
 * and the results are checked in.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const SOFFICE = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => existsSync(p));

export function libreOfficeAvailable(): boolean {
  return SOFFICE !== undefined;
}

/**
 * Converts `input` (bytes of an .xlsx) with `soffice --headless --convert-to <filter>` in a fresh
 * profile (so a user's settings or a running instance cannot interfere) and returns the bytes.
 */
export function convertWithLibreOffice(input: Buffer, target: string, filter: string): Buffer {
  if (!SOFFICE) throw new Error("LibreOffice (soffice) is not installed");
  const work = mkdtempSync(path.join(os.tmpdir(), "llr-bad-input-lo-"));
  try {
    const source = path.join(work, "in", "workbook.xlsx");
    const out = path.join(work, "out");
    execFileSync("mkdir", ["-p", path.dirname(source), out]);
    writeFileSync(source, input);
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        `${target}:${filter}`,
        "--outdir",
        out,
        source,
      ],
      { stdio: "pipe", timeout: 120_000 }
    );
    const result = path.join(out, `workbook.${target}`);
    if (!existsSync(result)) throw new Error(`LibreOffice wrote no ${target} file`);
    return readFileSync(result);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
