/**
 * The checked-in corpus is what scripts/bad-input/generate.ts writes: every byte-stable file is
 * rebuilt in memory and compared, so a change to a builder (or to the clean fixture it starts
 * from) without `npm run fixtures:bad-input` fails here, not silently in the corpus test.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { buildGenerated, GENERATED, LIBREOFFICE } from "../../scripts/bad-input/generate";
import { BAD_INPUT_DIR, badInputCases } from "./badInputCases";

describe("test/fixtures/bad-input", () => {
  it("holds exactly what npm run fixtures:bad-input writes", async () => {
    const built = await buildGenerated();
    const stale: string[] = [];
    for (const [file, bytes] of built) {
      const onDisk = await fs.readFile(path.join(BAD_INPUT_DIR, file)).catch(() => null);
      if (onDisk === null || !onDisk.equals(bytes)) stale.push(file);
    }
    expect(stale).toEqual([]);
  });

  it("lists every generated and LibreOffice-made file in cases.json under its source", () => {
    const sources = new Map(badInputCases().map((c) => [c.file, c.source]));
    for (const file of Object.keys(GENERATED)) expect({ file, source: sources.get(file) }).toEqual({ file, source: "generated" });
    for (const file of Object.keys(LIBREOFFICE)) expect({ file, source: sources.get(file) }).toEqual({ file, source: "libreoffice" });
  });
});
