/**
 * Issue 5's budget: reconciling a large workbook (PWR against PFR, and a 100,000-row Staff sheet
 * against occupation codes) should cost under 10% of reading it with ExcelJS. The parse is timed
 * apart from the checks because the task pane parses once for every tab.
 */
import { readSnapshotFromFile } from "../../src/xlsx";
import { parseTemplate } from "../../src/domain/template";
import { reconcile, reconcileParsed } from "../../src/domain/reconcile";
import { largeWorkbookFile } from "./largeWorkbookFile";
import { ms, pct, printTable, time } from "./measure";

export async function benchReconcileVsRead(dir: string): Promise<void> {
  const file = await largeWorkbookFile(dir);
  const read = await time(3, async () => {
    const r = await readSnapshotFromFile(file);
    if (!r.ok) throw new Error(r.error.reason);
    return r.value;
  });
  const snapshot = read.result;
  reconcile(snapshot); // warm the JIT: the steady state an analyst sees on a re-run
  const whole = await time(5, () => reconcile(snapshot));
  const parsed = parseTemplate(snapshot);
  const checks = await time(5, () => reconcileParsed(parsed));
  const staffRows = parsed.staff?.size ?? 0;
  printTable(
    `Coding reconciliation vs ExcelJS read (10 organisations x 12 months, ${staffRows.toLocaleString("en-GB")}-row Staff sheet)`,
    [
      ["ExcelJS read (median of 3)", ms(read.medianMs)],
      ["reconcile incl. parse (median of 5)", ms(whole.medianMs)],
      ["  of which the checks (median of 5)", ms(checks.medianMs)],
      ["reconcile / read", `${pct(whole.medianMs / read.medianMs)}  (goal: under 10%)`],
      ["findings", String(whole.result.findings.length)],
    ]
  );
}

if (require.main === module) {
  const { join } = require("path") as typeof import("path");
  benchReconcileVsRead(join(__dirname, "..", "..", "node_modules", ".cache", "llr-bench")).catch(
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    }
  );
}
