/**
 * The write syncs: the plan's sheets added under temporary names, their values, formulas and
 * number formats in requests under the payload budget (one sync each, with progress), then
 * tables, formats, layout and charts. Nothing the user has is touched here; the commit
 * (commit.ts) puts the sheets in place.
 */
import type { ReadProgress } from "../../workbook/host";
import type { ChartPlan, SheetPlan } from "../../workbook/plan";
import { parseA1 } from "../../workbook/a1";
import { parseRange } from "../../workbook/rangeRef";
import type { ListPlacement } from "../../workbook/validationLists";
import { blockInput } from "../officeValues";
import { addChart } from "./charts";
import type { Existing } from "./existing";
import type { AddedSheet, WriteJournal } from "./journal";
import { OPERATION_BYTES, packRows, type CellWrite, type Piece } from "./payload";
import { applyFormat, applyLayout, formatOperations } from "./sheetFormats";
import type { SheetTarget } from "./targets";

export interface WrittenSheet {
  readonly target: SheetTarget;
  readonly sheet: Excel.Worksheet;
  /** The plan's tables as added, in plan order; named at the commit. */
  readonly tables: Excel.Table[];
}

export interface WriteOptions {
  readonly budget: number;
  /** False when this Excel cannot build charts from separate rows (requirements.ts). */
  readonly chartsAllowed: boolean;
  readonly onProgress?: (p: ReadProgress) => void;
}

export interface WriteOutcome {
  readonly written: WrittenSheet[];
  /** Sheet-scoped defined names of the workbook's sheets, for the table names. */
  readonly sheetScopedNames: string[];
  /** Charts left out for want of the feature. */
  readonly skippedCharts: number;
}

interface SheetWrite extends CellWrite {
  readonly kind: "formulas" | "numberFormat";
  readonly sheet: Excel.Worksheet;
}

function cellWrites(added: AddedSheet, lists: ListPlacement): SheetWrite[] {
  const { sheet, target } = added;
  const pieces: SheetWrite[] = [];
  const push = (kind: SheetWrite["kind"], top: number, left: number, rows: unknown[][]) => {
    if (rows.length > 0 && rows[0].length > 0) pieces.push({ kind, sheet, top, left, rows });
  };
  if (!target.plan) {
    const height = lists.sheetColumns.reduce((h, c) => Math.max(h, c.length), 0);
    const rows = Array.from({ length: height }, (_, r) =>
      lists.sheetColumns.map((col) => (r < col.length ? col[r] : null))
    );
    push("formulas", 0, 0, blockInput(rows).input);
    return pieces;
  }
  for (const block of target.plan.blocks) {
    const at = parseA1(block.at)!;
    push("formulas", at.row, at.col, blockInput(block.rows).input);
  }
  for (const format of target.plan.formats ?? []) {
    const rect = parseRange(format.range)!;
    if (format.numberFormat === undefined) continue;
    const width = rect.right - rect.left + 1;
    const row = Array<string>(width).fill(format.numberFormat);
    const rows = Array.from({ length: rect.bottom - rect.top + 1 }, () => row);
    push("numberFormat", rect.top, rect.left, rows);
  }
  return pieces;
}

function queuePiece(piece: Piece<SheetWrite>): void {
  const range = piece.sheet.getRangeByIndexes(
    piece.top,
    piece.left,
    piece.rows.length,
    piece.rows[0].length
  );
  if (piece.kind === "formulas") range.formulas = piece.rows as unknown[][];
  else range.numberFormat = piece.rows as unknown[][];
}

function usableCharts(plan: SheetPlan, chartsAllowed: boolean): readonly ChartPlan[] {
  // Charts from named series need ChartSeries.setValues / setXAxisValues.
  return (plan.charts ?? []).filter((c) => chartsAllowed || (c.series ?? []).length === 0);
}

function dressingOperations(sheets: readonly AddedSheet[], chartsAllowed: boolean): number {
  let ops = 0;
  for (const { target } of sheets) {
    const plan = target.plan;
    if (!plan) continue;
    ops += (plan.tables ?? []).length * 2;
    for (const f of plan.formats ?? []) ops += formatOperations(f) + 1;
    ops += (plan.columnWidths ?? []).length * 3 + 2;
    for (const c of usableCharts(plan, chartsAllowed)) ops += 14 + (c.series ?? []).length * 4;
  }
  return ops;
}

/** Tables over the values, then fonts and fills, layout and charts. */
function queueDressing(sheets: readonly AddedSheet[], chartsAllowed: boolean): Excel.Table[][] {
  return sheets.map(({ sheet, target }) => {
    const plan = target.plan;
    if (!plan) return [];
    const tables = (plan.tables ?? []).map((t) => {
      const table = sheet.tables.add(t.range, true);
      table.style = t.style ?? "TableStyleMedium2";
      return table;
    });
    for (const format of plan.formats ?? []) applyFormat(sheet, format);
    applyLayout(sheet, plan);
    for (const chart of usableCharts(plan, chartsAllowed)) addChart(sheet, chart);
    return tables;
  });
}

export async function writeSheets(
  context: Excel.RequestContext,
  existing: Existing,
  targets: readonly SheetTarget[],
  lists: ListPlacement,
  options: WriteOptions,
  journal: WriteJournal
): Promise<WriteOutcome> {
  const { budget, chartsAllowed, onProgress } = options;
  context.application.suspendApiCalculationUntilNextSync();
  for (const target of targets) {
    const sheet = context.workbook.worksheets.add(target.tempName);
    sheet.load("id");
    if (!target.plan) sheet.visibility = "Hidden";
    journal.added.push({ target, sheet, id: null });
  }
  const scoped = existing.sheets.map((s) => {
    const names = s.proxy.names;
    names.load("items/name");
    return names;
  });

  const writes = journal.added.flatMap((a) => cellWrites(a, lists));
  const dressingBytes = dressingOperations(journal.added, chartsAllowed) * OPERATION_BYTES;
  const requests = packRows(writes, budget, dressingBytes);
  let tables: Excel.Table[][] = [];
  for (let i = 0; i < requests.length; i++) {
    if (i > 0) context.application.suspendApiCalculationUntilNextSync();
    requests[i].forEach(queuePiece);
    if (i === requests.length - 1) tables = queueDressing(journal.added, chartsAllowed);
    onProgress?.({
      stage:
        requests.length > 1
          ? `Writing values and formulas (part ${i + 1} of ${requests.length})`
          : "Writing values, formulas, tables and charts",
      fraction: 0.1 + (0.7 * i) / requests.length,
    });
    // One request per sync is the point: batched together they would exceed the limit again.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    if (i === 0) for (const a of journal.added) a.id = a.sheet.id;
  }
  const skippedCharts = targets.reduce(
    (n, t) =>
      n + (t.plan ? (t.plan.charts ?? []).length - usableCharts(t.plan, chartsAllowed).length : 0),
    0
  );
  return {
    written: journal.added.map((a, i) => ({ target: a.target, sheet: a.sheet, tables: tables[i] })),
    sheetScopedNames: scoped.flatMap((c) => c.items.map((n) => n.name)),
    skippedCharts,
  };
}
