/**
 * `npm run seeds`: builds seeds/llr-m7-sample.xlsx and seeds/llr-m7-sample.snapshot.json from
 * published-m7.json and assumptions.ts, after checking that the data reproduces every published
 * Month 7 figure. Deterministic: the same inputs give the same bytes.
 *
 * Usage (from the repository root): npm run seeds [-- <output directory>]   (default: seeds)
 */
import { mkdir, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { buildSampleModel } from "./model";
import { buildSheets } from "./sheets";
import { gridsToSnapshot, snapshotToJson } from "./snapshot";
import { verifySample } from "./verify";
import { gridsToXlsx } from "./xlsx";

export const SAMPLE_XLSX = "llr-m7-sample.xlsx";
export const SAMPLE_SNAPSHOT = "llr-m7-sample.snapshot.json";

export interface SampleFiles {
  readonly xlsx: Buffer;
  readonly snapshotJson: string;
}

export async function buildSampleFiles(): Promise<SampleFiles> {
  const model = buildSampleModel();
  const failures = verifySample(model);
  if (failures.length > 0) {
    throw new Error(`The sample does not reproduce the published Month 7 pack:\n  ${failures.join("\n  ")}`);
  }
  const grids = buildSheets(model);
  return { xlsx: await gridsToXlsx(grids), snapshotJson: snapshotToJson(gridsToSnapshot(grids, SAMPLE_XLSX)) };
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? "seeds");
  const files = await buildSampleFiles();
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, SAMPLE_XLSX), files.xlsx);
  await writeFile(path.join(outDir, SAMPLE_SNAPSHOT), files.snapshotJson);
  console.log(`Wrote ${path.join(outDir, SAMPLE_XLSX)} and ${SAMPLE_SNAPSHOT} (reproduces the published Month 7 figures).`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
