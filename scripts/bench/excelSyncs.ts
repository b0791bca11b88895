/**
 * Issue 6's Excel adapter budget: round trips to Excel (context.sync calls) to read the workbook
 * (goal 1) and to write the Month-N pack (goal at most 3), counted on the strict fake Excel the
 * adapter's tests use (test/excel/fakeExcel.ts), loaded with the Month 7 sample.
 */
import sampleJson from "../../seeds/llr-m7-sample.snapshot.json";
import { createExcelHost } from "../../src/excel/excelHost";
import { buildPack, packPlan } from "../../src/domain/pack";
import { a1Range } from "../../src/workbook/a1";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import type { WorkbookHost } from "../../src/workbook/host";
import { fakeExcel, type FakeSheet } from "../../test/excel/fakeExcel";
import { printTable, type BudgetRow } from "./measure";

const sample = sampleJson as unknown as WorkbookSnapshot;

/** A sheet of the snapshot as Excel would report its used range: rectangular, blanks as "". */
function fakeSheetOf(sheet: WorkbookSnapshot["sheets"][number]): FakeSheet {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  if (sheet.values.length === 0 || width === 0) return { name: sheet.name };
  const grid = (pick: (r: number, c: number) => unknown) =>
    sheet.values.map((_, r) => Array.from({ length: width }, (_, c) => pick(r, c)));
  const value = (r: number, c: number) => sheet.values[r][c] ?? "";
  return {
    name: sheet.name,
    ...(sheet.hidden ? { visibility: "Hidden" as const } : {}),
    used: a1Range(
      sheet.origin.row,
      sheet.origin.col,
      sheet.origin.row + sheet.values.length - 1,
      sheet.origin.col + width - 1
    ),
    values: grid(value),
    formulas: grid((r, c) => sheet.formulas?.[r]?.[c] || value(r, c)),
  };
}

async function countSyncs(
  snapshot: WorkbookSnapshot,
  work: (host: WorkbookHost) => Promise<unknown>
): Promise<number> {
  const fake = fakeExcel({ sheets: snapshot.sheets.map(fakeSheetOf) });
  (globalThis as { Excel?: unknown }).Excel = fake.excel;
  try {
    await work(createExcelHost({ requirements: fake.requirements }));
    return fake.syncCount;
  } finally {
    delete (globalThis as { Excel?: unknown }).Excel;
  }
}

export async function benchExcelSyncs(): Promise<BudgetRow[]> {
  let read: WorkbookSnapshot | null = null;
  const readSyncs = await countSyncs(sample, async (host) => {
    read = await host.readSnapshot();
  });
  const readBack = read as WorkbookSnapshot | null;
  if (!readBack || readBack.sheets.length !== sample.sheets.length)
    throw new Error(
      "the mock read did not return every sheet of the sample: the sync count would mean nothing"
    );

  const pack = buildPack(readBack);
  if (!pack.ok) throw new Error(`buildPack failed on the sample: ${pack.error.message}`);
  const plan = packPlan(pack.value);
  const cells = plan.sheets.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + b.rows.reduce((k, r) => k + r.length, 0), 0),
    0
  );
  const writeSyncs = await countSyncs(sample, (host) => host.applyPlan(plan));

  printTable("Excel adapter: context.sync() round trips (strict fake Excel, Month 7 sample)", [
    [`read the workbook (${sample.sheets.length} sheets)`, `${readSyncs}  (goal: 1)`],
    [
      `write the pack (${pack.value.tables.length} tables, ${plan.sheets[0]?.charts?.length ?? 0} charts, ${cells} cells)`,
      `${writeSyncs}  (goal: at most 3)`,
    ],
    ["Pack button end to end (read + write)", String(readSyncs + writeSyncs)],
  ]);
  return [
    { budget: "Excel syncs: read", goal: "1", measured: String(readSyncs), pass: readSyncs <= 1 },
    {
      budget: "Excel syncs: write the pack",
      goal: "<= 3",
      measured: String(writeSyncs),
      pass: writeSyncs <= 3,
    },
  ];
}
