/**
 * The file adapter and the checked-in preview snapshot must agree on the sample workbook: the
 * task pane's preview and the CLI then validate exactly the same data.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readSnapshotFromFile } from "../../src/xlsx/readSnapshot";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";

const root = path.resolve(__dirname, "../..");
const xlsx = path.join(root, "seeds/llr-m7-sample.xlsx");
const json = path.join(root, "seeds/llr-m7-sample.snapshot.json");

it("reads seeds/llr-m7-sample.xlsx into the same sheets as seeds/llr-m7-sample.snapshot.json", async () => {
  expect(existsSync(xlsx) && existsSync(json)).toBe(true);
  const read = await readSnapshotFromFile(xlsx);
  if (!read.ok) throw new Error(read.error.reason);
  const expected = JSON.parse(readFileSync(json, "utf8")) as WorkbookSnapshot;
  expect(read.value.sheets).toEqual(expected.sheets);
});
