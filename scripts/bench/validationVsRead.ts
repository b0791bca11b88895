/** Issue 3's budget: validating a large return should cost under 10% of reading it with ExcelJS. */
import { readSnapshotFromFile } from "../../src/xlsx";
import { validate } from "../../src/domain/validation";
import { largeWorkbookFile } from "./largeWorkbookFile";
import { ms, pct, printTable, time } from "./measure";

export async function benchValidationVsRead(dir: string): Promise<void> {
  const file = await largeWorkbookFile(dir);
  const read = await time(3, async () => {
    const r = await readSnapshotFromFile(file);
    if (!r.ok) throw new Error(r.error.reason);
    return r.value;
  });
  const snapshot = read.result;
  validate(snapshot); // warm the JIT so the figure is the steady state an analyst sees on a re-check
  const check = await time(5, () => validate(snapshot));
  printTable("Validation vs ExcelJS read (10 organisations x 12 months, 100,000-row Staff sheet)", [
    ["ExcelJS read (median of 3)", ms(read.medianMs)],
    ["validate (median of 5)", ms(check.medianMs)],
    ["validate / read", `${pct(check.medianMs / read.medianMs)}  (goal: under 10%)`],
    ["issues found", String(check.result.length)],
  ]);
}
