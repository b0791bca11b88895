/**
 * The workbook snapshot: in ONE context.sync() for an ordinary workbook (walkSheets.ts), and in
 * parts when it is beyond the read limits (readInParts.ts). Excel's own errors reach the pane as
 * sentences (excelErrors.ts); GeneralException is not taken for "too large".
 */
import type { ReadProgress } from "../../workbook/host";
import type { SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import type { ExcelSession } from "../session";
import { excelFailure } from "../excelErrors";
import { rectOfAddress, sheetFromRange } from "../officeValues";
import { CHUNK_CELLS } from "../readLimits";
import { loadSmallSheets, readSheetInChunks } from "./readInParts";
import { DEFAULT_SHEET_PROBE, listSheets, type SheetListing } from "./walkSheets";

type Progress = (p: ReadProgress) => void;

export interface ReadOptions {
  /** How many sheets one round of the walk queues; tests set it small. */
  readonly sheetProbe?: number;
  /** Cells per chunk for sheets read in parts. */
  readonly chunkCells?: number;
}

async function readListed(
  context: Excel.RequestContext,
  listing: SheetListing,
  chunkCells: number,
  onProgress?: Progress
): Promise<SheetSnapshot[]> {
  const { steps } = listing;
  let loaded: ReadonlySet<Excel.Range>;
  if (listing.withValues) {
    loaded = new Set(steps.map((s) => s.used));
  } else {
    onProgress?.({
      stage: "The workbook is too large to read in one request; reading it in parts",
      fraction: 0,
    });
    loaded = await loadSmallSheets(context, steps, chunkCells);
  }
  const sheets: SheetSnapshot[] = [];
  for (let i = 0; i < steps.length; i++) {
    const { sheet, used } = steps[i];
    const hidden = sheet.visibility !== "Visible";
    if (used.isNullObject) {
      sheets.push(sheetFromRange(sheet.name, hidden, null, [], []));
    } else if (loaded.has(used) && used.values != null) {
      const rect = rectOfAddress(used.address);
      sheets.push(sheetFromRange(sheet.name, hidden, rect, used.values, used.formulas ?? []));
    } else {
      // Over 5M cells Excel may answer with null values instead of failing.
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
  return sheets;
}

/** The snapshot of every sheet, with the workbook's date system, within a request context. */
export async function readSnapshot(
  context: Excel.RequestContext,
  session: ExcelSession,
  onProgress?: Progress,
  options: ReadOptions = {}
): Promise<WorkbookSnapshot> {
  const probe = options.sheetProbe ?? Math.max(DEFAULT_SHEET_PROBE, session.lastSheetCount + 8);
  const chunkCells = options.chunkCells ?? CHUNK_CELLS;
  onProgress?.({ stage: "Reading the workbook", fraction: 0 });
  try {
    const listing = await listSheets(context, session, probe);
    session.lastSheetCount = listing.steps.length;
    const sheets = await readListed(context, listing, chunkCells, onProgress);
    return { source: "Excel", sheets, dateSystem: listing.dateSystem };
  } catch (e) {
    throw excelFailure(e, "read the workbook");
  }
}
