/**
 * The bad-input corpus's manifest (test/fixtures/bad-input/cases.json) as typed data, and the
 * fingerprint used to prove a run wrote nothing to its input.
 */
import { createHash } from "node:crypto";
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";

export const BAD_INPUT_DIR = path.resolve(__dirname, "../fixtures/bad-input");

export interface ExpectedIssue {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface BadInputCase {
  readonly file: string;
  readonly case: string;
  readonly source: "generated" | "libreoffice" | "directory" | "absent";
  /** Present when no command can read the file: the one-line reason every command gives. */
  readonly reason?: string;
  readonly validate?: { readonly exit: number; readonly issues: readonly ExpectedIssue[] };
  /** Defaults: exit 0 and a written copy. `stderr` with "{file}" for the input path. */
  readonly fill?: { readonly exit: number; readonly stderr?: string };
  /** Default: exit 1 (the fixture's Consultant Physician has an unknown occupation code). */
  readonly mismatches?: { readonly exit: number };
  /** The outcome listed is the right one, which the code does not give yet. */
  readonly knownBug?: string;
  readonly note?: string;
}

export function badInputCases(): BadInputCase[] {
  const manifest = JSON.parse(readFileSync(path.join(BAD_INPUT_DIR, "cases.json"), "utf8")) as {
    cases: BadInputCase[];
  };
  return manifest.cases;
}

/** A hash of a file's bytes, of a folder's names and contents, or "absent". */
export async function fingerprint(target: string): Promise<string> {
  const hash = createHash("sha256");
  let stat;
  try {
    stat = await fs.lstat(target);
  } catch {
    return "absent";
  }
  if (stat.isDirectory()) {
    for (const name of (await fs.readdir(target)).sort()) {
      hash.update(`${name}\0${await fingerprint(path.join(target, name))}\0`);
    }
    return `dir:${hash.digest("hex")}`;
  }
  hash.update(await fs.readFile(target));
  return `file:${stat.mode}:${stat.mtimeMs}:${hash.digest("hex")}`;
}
