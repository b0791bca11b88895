/**
 * Issues 3 and 5's budget: checking a large return (validate, then the coding reconciliation over
 * its 100,000-row Staff sheet) should cost under 10% of reading the file with ExcelJS.
 */
import { readSnapshotFromFile } from "../../src/xlsx";
import { validate } from "../../src/domain/validation";
import { reconcile } from "../../src/domain/reconcile";
import { largeWorkbookFile } from "./largeWorkbookFile";
import { ms, pct, printTable, time, type BudgetRow } from "./measure";

export async function benchValidationVsRead(dir: string): Promise<BudgetRow[]> {
  const file = await largeWorkbookFile(dir);
  const read = await time(3, async () => {
    const r = await readSnapshotFromFile(file);
    if (!r.ok) throw new Error(r.error.reason);
    return r.value;
  });
  const snapshot = read.result;
  const staffRows = (snapshot.sheets.find((s) => s.name === "Staff")?.values.length ?? 1) - 1;
  // Warm the JIT so the figures are the steady state an analyst sees on a re-check.
  validate(snapshot);
  reconcile(snapshot);
  const check = await time(5, () => validate(snapshot));
  const coding = await time(5, () => reconcile(snapshot));
  const both = check.medianMs + coding.medianMs;
  const byCode = new Map<string, number>();
  for (const f of coding.result.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  printTable(
    `Checks vs ExcelJS read (10 organisations x 12 months, ${staffRows.toLocaleString("en-GB")}-row Staff sheet)`,
    [
      ["ExcelJS read (median of 3)", ms(read.medianMs)],
      [
        "validate (median of 5)",
        `${ms(check.medianMs)}  (${pct(check.medianMs / read.medianMs)} of the read)`,
      ],
      [
        "reconcile (median of 5)",
        `${ms(coding.medianMs)}  (${pct(coding.medianMs / read.medianMs)} of the read)`,
      ],
      ["validate + reconcile / read", `${pct(both / read.medianMs)}  (goal: under 10%)`],
      ["validation issues", String(check.result.length)],
      [
        "reconciliation findings",
        [...byCode].map(([code, n]) => `${code} ${n}`).join(", ") || "none",
      ],
    ]
  );
  return [
    {
      budget: "100k-row Staff: validate + reconcile / read",
      goal: "< 10%",
      measured: `${pct(both / read.medianMs)} (${ms(check.medianMs)} + ${ms(coding.medianMs)} vs ${ms(read.medianMs)})`,
      pass: both / read.medianMs < 0.1,
    },
  ];
}
