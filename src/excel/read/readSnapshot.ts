/**
 * The workbook snapshot, read in ONE context.sync() for an ordinary workbook (walkSheets.ts), and
 * in parts when it is beyond the read limits (readInParts.ts).
 */
import type { ReadProgress } from "../../workbook/host";
import type { SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import type { ExcelSession } from "../session";
import { rectOfAddress, sheetFromRange } from "../officeValues";
import { CHUNK_CELLS, isLimitError } from "../readLimits";
import { loadSmallSheets, readSheetInChunks } from "./readInParts";
import { DEFAULT_SHEET_PROBE, listSheets, type SheetStep } from "./walkSheets";

type Progress = (p: ReadProgress) => void;

export interface ReadOptions {
  /** How many sheets one round of the walk queues; tests set it small. */
  readonly sheetProbe?: number;
  /** Cells per chunk for sheets read in parts. */
  readonly chunkCells?: number;
}

/** The snapshot of every sheet, read within an existing request context. */
export async function readSnapshot(
  context: Excel.RequestContext,
  session: ExcelSession,
  onProgress?: Progress,
  options: ReadOptions = {}
): Promise<WorkbookSnapshot> {
  const probe = options.sheetProbe ?? Math.max(DEFAULT_SHEET_PROBE, session.lastSheetCount + 8);
  const chunkCells = options.chunkCells ?? CHUNK_CELLS;
  onProgress?.({ stage: "Reading the workbook", fraction: 0 });

  let steps: SheetStep[];
  let loaded: Set<Excel.Range>;
  try {
    steps = await listSheets(context, session, probe, true);
    loaded = new Set(steps.map((s) => s.used));
  } catch (e) {
    if (!isLimitError(e)) throw e;
    // Too much for one request: list the sheets and their used ranges first, then read in parts.
    onProgress?.({
      stage: "The workbook is too large to read in one request; reading it in parts",
      fraction: 0,
    });
    steps = await listSheets(context, session, probe, false);
    loaded = await loadSmallSheets(context, steps, chunkCells);
  }
  session.lastSheetCount = steps.length;

  const sheets: SheetSnapshot[] = [];
  for (let i = 0; i < steps.length; i++) {
    const { sheet, used } = steps[i];
    const hidden = sheet.visibility !== "Visible";
    if (used.isNullObject) {
      sheets.push(sheetFromRange(sheet.name, hidden, null, [], []));
    } else if (loaded.has(used) && used.values != null) {
      sheets.push(
        sheetFromRange(
          sheet.name,
          hidden,
          rectOfAddress(used.address),
          used.values,
          used.formulas ?? []
        )
      );
    } else {
      // Over 5M cells Excel answers with null values instead of failing.
      sheets.push(
        await readSheetInChunks(
          context,
          sheet,
          sheet.name,
          hidden,
          used.address,
          chunkCells,
          onProgress
        )
      );
    }
    onProgress?.({ stage: `Read ${sheet.name}`, fraction: (i + 1) / steps.length });
  }
  return { source: "Excel", sheets };
}
