/**
 * LibreOffice headless as an independent spreadsheet engine: it opens a workbook, recalculates
 * every formula and saves it again, so the stored cached values can be compared with its results.
 * LibreOffice keeps cached results by default, so the profile is seeded with OOXMLRecalcMode=0
 * ("always recalculate"); a fresh profile per run keeps the user's own settings out of it.
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable on PATH or where Debian puts it, or null. */
export function findSoffice(): string | null {
  for (const folder of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = path.join(folder, name);
      if (folder && existsSync(candidate)) return candidate;
    }
  }
  const debian = "/usr/lib/libreoffice/program/soffice";
  return existsSync(debian) ? debian : null;
}

export const SOFFICE_MISSING =
  "LibreOffice is not installed, so the pack's stored values cannot be checked against an independent engine. " +
  "Install it with: apt-get install -y --no-install-recommends libreoffice-calc (bash .ci/run does this).";

/**
 * Opens each file in LibreOffice, recalculates it and saves it as .xlsx in `outDir` (same base
 * names); `workDir` holds the throwaway profile.
 */
export async function recalculateWithLibreOffice(
  files: readonly string[],
  outDir: string,
  workDir: string
): Promise<void> {
  const soffice = findSoffice();
  if (soffice === null) throw new Error(SOFFICE_MISSING);
  const profile = path.join(workDir, "lo-profile");
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  await fs.mkdir(outDir, { recursive: true });
  await run(
    soffice,
    [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...files,
    ],
    { timeout: 180_000 }
  );
  for (const file of files) {
    const converted = path.join(outDir, path.basename(file));
    if (!existsSync(converted)) throw new Error(`LibreOffice did not write ${converted}`);
  }
}
