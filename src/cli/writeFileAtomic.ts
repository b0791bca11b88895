/** Writes a text file through a temporary file in the same folder and a rename, so a failure never leaves half a file. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const out = path.resolve(file);
  const temp = path.join(
    path.dirname(out),
    `.${path.basename(out)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    await fs.writeFile(temp, text, "utf8");
    await fs.rename(temp, out);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
