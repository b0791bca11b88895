/**
 * Every Office.js call the add-in makes, in one module (the Office-Add-in-samples convention):
 * reading a snapshot, applying a write plan, selecting a cell. Everything else is pure.
 *
 * Reading in ONE context.sync(), whatever the number of sheets: the sheets are not known before
 * a sync, and a collection load cannot reach a method such as getUsedRange. So the read walks
 * the sheets with getFirst() / getNextOrNullObject(), queueing a used-range load for each step,
 * for more steps than the workbook is likely to have. Steps past the last sheet are null objects,
 * which Office.js reports as such (the runtime marks results under a null object `_IsNull`
 * instead of failing the batch). If every step was a real sheet, another round continues from the
 * last one: a second sync only for workbooks with more sheets than the probe (24, or the last
 * count seen plus 8). This relies on Office.js answering navigation from a null object with
 * null objects; should an Excel build reject it instead, the read falls back to listing the
 * collection (two syncs) for the rest of the session.
 *
 * Sheets beyond the read limits (5 MB per request on the web, 5M cells per range) make that one
 * sync fail or return null values. Then the sheet list and used-range addresses are read (one
 * sync), the sheets that fit in a request are read together, and each large sheet in chunks of
 * rows (one sync each, with progress); a used range over MAX_SHEET_CELLS is refused, naming the sheet.
 */
import type { ApplyResult, ReadProgress } from "../workbook/host";
import type { ChartPlan, RangeFormat, SheetPlan, WritePlan } from "../workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { a1Range, parseA1 } from "../workbook/a1";
import { parseRange, type CellRect } from "../workbook/rangeRef";
import {
  candidateSheetNames,
  chooseSheetTarget,
  ownerNameFor,
  referencesSheet,
  sameSheetName,
  type SheetSlot,
} from "../workbook/ownership";
import {
  areaRects,
  highlightAreas,
  isMarkerFormula,
  planMarkers,
  type HighlightPlan,
} from "../workbook/highlight";
import {
  LIST_SHEET_MARKER,
  LIST_SHEET_NAME,
  listRangeReference,
  placeValidationLists,
} from "../workbook/validationLists";
import {
  blockInput,
  rectOfAddress,
  sheetFromRange,
  snapshotFormulas,
  snapshotValues,
  widthInPoints,
} from "./officeValues";
import {
  CHUNK_CELLS,
  MAX_SHEET_CELLS,
  SheetTooLargeError,
  cellCount,
  isLimitError,
  rowChunks,
} from "./readLimits";

type Progress = (p: ReadProgress) => void;

export const DEFAULT_SHEET_PROBE = 24;
let lastSheetCount = 0;

export interface ReadOptions {
  /** How many sheets one round of the walk queues; tests set it small. */
  readonly sheetProbe?: number;
  /** Cells per chunk for sheets read in parts. */
  readonly chunkCells?: number;
}

// ---------------------------------------------------------------------------------------------
// Reading

interface SheetStep {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

function queueSteps(first: Excel.Worksheet, count: number, withValues: boolean): SheetStep[] {
  const steps: SheetStep[] = [];
  let sheet = first;
  for (let i = 0; i < count; i++) {
    sheet.load("name,visibility");
    const used = sheet.getUsedRangeOrNullObject(true);
    if (withValues) used.load("address,values,formulas");
    else used.load("address");
    steps.push({ sheet, used });
    if (i < count - 1) sheet = sheet.getNextOrNullObject();
  }
  return steps;
}

/** Walks all sheets, a round at a time; the first round is queued by the caller so it can share a sync. */
async function walkSheets(
  context: Excel.RequestContext,
  firstRound: SheetStep[],
  probe: number,
  withValues: boolean
): Promise<SheetStep[]> {
  const all: SheetStep[] = [];
  let round = firstRound;
  for (;;) {
    const real = round.filter((s) => !s.sheet.isNullObject);
    all.push(...real);
    if (real.length < round.length) return all;
    round = queueSteps(real[real.length - 1].sheet.getNextOrNullObject(), probe, withValues);
    // Only for workbooks with more sheets than a round probes: each round needs the last one's end.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

function isHidden(sheet: Excel.Worksheet): boolean {
  return sheet.visibility !== "Visible";
}

async function readSheetInChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: string,
  hidden: boolean,
  address: string,
  chunkCells: number,
  onProgress?: Progress
): Promise<SheetSnapshot> {
  const rect = rectOfAddress(address);
  if (!rect) return sheetFromRange(name, hidden, null, [], []);
  const cells = cellCount(rect);
  if (cells > MAX_SHEET_CELLS)
    throw new SheetTooLargeError(name, address.slice(address.lastIndexOf("!") + 1), cells);
  const width = rect.right - rect.left + 1;
  const totalRows = rect.bottom - rect.top + 1;
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  let budget = chunkCells;
  let row = rect.top;
  while (row <= rect.bottom) {
    const [chunk] = rowChunks({ ...rect, top: row }, budget);
    onProgress?.({
      stage: `Reading sheet "${name}" in parts (too large for one request): rows ${(chunk.row - rect.top + 1).toLocaleString("en-GB")}–${(chunk.row - rect.top + chunk.rows).toLocaleString("en-GB")} of ${totalRows.toLocaleString("en-GB")}`,
      fraction: (row - rect.top) / totalRows,
    });
    const range = sheet.getRangeByIndexes(chunk.row, rect.left, chunk.rows, width);
    range.load("values,formulas");
    try {
      // One chunk per request is the point: batched together they would exceed the limit again.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      // Long text can still overflow a request: halve the chunk, down to a single row.
      if (isLimitError(e) && chunk.rows > 1) {
        budget = Math.max(width, Math.floor((chunk.rows * width) / 2));
        continue;
      }
      throw e;
    }
    values.push(...(range.values as unknown[][]));
    formulas.push(...(range.formulas as unknown[][]));
    row += chunk.rows;
  }
  return sheetFromRange(name, hidden, rect, values, formulas);
}

/**
 * The safety net for the one-sync walk: if an Excel build rejected navigation from a null
 * object, the sheets are listed from the collection (one sync) and their used ranges read in a
 * second. Remembered for the session so the failed attempt is paid once.
 */
let walkUnsupported = false;
const WALK_FAILURE_CODES = new Set([
  "InvalidArgument",
  "InvalidReference",
  "InvalidObjectPath",
  "InvalidOperation",
  "ItemNotFound",
  "NotImplemented",
  "ApiNotFound",
]);

function isWalkFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && WALK_FAILURE_CODES.has(code);
}

async function listByCollection(
  context: Excel.RequestContext,
  withValues: boolean
): Promise<SheetStep[]> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/visibility");
  await context.sync();
  const steps = collection.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    if (withValues) used.load("address,values,formulas");
    else used.load("address");
    return { sheet, used };
  });
  await context.sync();
  return steps;
}

/** Every sheet with its used range loaded: one sync by the walk, unless it is unsupported. */
async function listSheets(
  context: Excel.RequestContext,
  probe: number,
  withValues: boolean
): Promise<SheetStep[]> {
  if (walkUnsupported) return listByCollection(context, withValues);
  const firstRound = queueSteps(context.workbook.worksheets.getFirst(), probe, withValues);
  try {
    await context.sync();
  } catch (e) {
    if (!isWalkFailure(e)) throw e;
    walkUnsupported = true;
    return listByCollection(context, withValues);
  }
  return walkSheets(context, firstRound, probe, withValues);
}

/** Test hook: forget what earlier reads learnt about this Excel. */
export function resetReadState(): void {
  walkUnsupported = false;
  lastSheetCount = 0;
}

const valuesLoaded = new WeakSet<Excel.Range>();

function loadedValues(used: Excel.Range): boolean {
  return valuesLoaded.has(used) && used.values != null;
}

/**
 * After a too-large first read, the sheets that fit in one request are read together, a request
 * at a time, so only the large sheets cost one request per chunk.
 */
async function loadSmallSheets(
  context: Excel.RequestContext,
  steps: readonly SheetStep[],
  chunkCells: number
): Promise<void> {
  let batch: Excel.Range[] = [];
  let cells = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await context.sync();
    batch.forEach((r) => valuesLoaded.add(r));
    batch = [];
    cells = 0;
  };
  for (const { used } of steps) {
    if (used.isNullObject) continue;
    const rect = rectOfAddress(used.address);
    const size = rect ? cellCount(rect) : 0;
    if (!rect || size > chunkCells) continue;
    if (cells + size > chunkCells) await flush();
    used.load("values,formulas");
    batch.push(used);
    cells += size;
  }
  await flush();
}

/** The snapshot of every sheet, read within an existing request context. */
export async function readWithContext(
  context: Excel.RequestContext,
  onProgress?: Progress,
  options: ReadOptions = {}
): Promise<WorkbookSnapshot> {
  const probe = options.sheetProbe ?? Math.max(DEFAULT_SHEET_PROBE, lastSheetCount + 8);
  const chunkCells = options.chunkCells ?? CHUNK_CELLS;
  onProgress?.({ stage: "Reading the workbook", fraction: 0 });

  const list = (withValues: boolean) => listSheets(context, probe, withValues);
  let steps: SheetStep[];
  let withValues = true;
  try {
    steps = await list(true);
    steps.forEach((s) => valuesLoaded.add(s.used));
  } catch (e) {
    if (!isLimitError(e)) throw e;
    // Too much for one request: list the sheets and their used ranges first, then read in parts.
    onProgress?.({
      stage: "The workbook is too large to read in one request; reading it in parts",
      fraction: 0,
    });
    withValues = false;
    steps = await list(false);
  }
  lastSheetCount = steps.length;
  if (!withValues) await loadSmallSheets(context, steps, chunkCells);

  const sheets: SheetSnapshot[] = [];
  for (let i = 0; i < steps.length; i++) {
    const { sheet, used } = steps[i];
    const hidden = isHidden(sheet);
    if (used.isNullObject) {
      sheets.push(sheetFromRange(sheet.name, hidden, null, [], []));
    } else if (loadedValues(used)) {
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

export function readWorkbookSnapshot(
  onProgress?: Progress,
  options?: ReadOptions
): Promise<WorkbookSnapshot> {
  return Excel.run((context) => readWithContext(context, onProgress, options));
}

// ---------------------------------------------------------------------------------------------
// Writing

interface SlotProbe {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly owner: Excel.NamedItem | null;
}

interface TableProbe {
  readonly name: string;
  readonly table: Excel.Table;
}

interface Placement {
  readonly desired: string;
  readonly marker: string | undefined;
  readonly slots: readonly SlotProbe[];
}

function probeSlots(
  context: Excel.RequestContext,
  desired: string,
  marker: string | undefined
): Placement {
  const slots = candidateSheetNames(desired).map((name): SlotProbe => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name,position");
    let owner: Excel.NamedItem | null = null;
    if (marker !== undefined) {
      owner = context.workbook.names.getItemOrNullObject(ownerNameFor(name, marker));
      owner.load("formula");
    }
    return { name, sheet, owner };
  });
  return { desired, marker, slots };
}

function slotState(slot: SlotProbe): SheetSlot {
  const exists = !slot.sheet.isNullObject;
  const owned =
    exists &&
    slot.owner !== null &&
    !slot.owner.isNullObject &&
    referencesSheet(slot.owner.formula, slot.sheet.name);
  return { name: exists ? slot.sheet.name : slot.name, exists, owned };
}

function probeTables(context: Excel.RequestContext, name: string): TableProbe[] {
  return [name, ...[2, 3, 4, 5].map((n) => `${name}_${n}`)].map((candidate) => {
    const table = context.workbook.tables.getItemOrNullObject(candidate);
    table.load("name,worksheet/name");
    return { name: candidate, table };
  });
}

interface Written {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly plan: SheetPlan | null;
  readonly index: number;
}

/**
 * Deletes the add-in's own sheet when the chosen slot holds one, and any stale owner name of that
 * slot (it may point at a renamed sheet or at #REF!), then adds the sheet and marks it.
 */
function replaceAndAdd(
  context: Excel.RequestContext,
  placement: Placement,
  chosen: ChosenSlot
): Excel.Worksheet {
  const probe = placement.slots[chosen.index];
  let position: number | undefined;
  if (probe.owner && !probe.owner.isNullObject) probe.owner.delete();
  if (chosen.slot.exists) {
    position = probe.sheet.position;
    probe.sheet.delete();
  }
  const sheet = context.workbook.worksheets.add(chosen.slot.name);
  if (position !== undefined) sheet.position = position;
  if (placement.marker !== undefined) {
    context.workbook.names.add(
      ownerNameFor(chosen.slot.name, placement.marker),
      sheet.getRange("A1")
    );
  }
  return sheet;
}

interface ChosenSlot {
  readonly index: number;
  readonly slot: SheetSlot;
  readonly message?: string;
}

function chosenTarget(placement: Placement): ChosenSlot {
  const states = placement.slots.map(slotState);
  const target = chooseSheetTarget(placement.desired, states);
  if (!target.ok) throw new Error(target.message);
  const index = states.findIndex((s) => s.name === target.name);
  return { index, slot: states[index], message: target.message };
}

function rectOrThrow(sheet: string, range: string, what: string): CellRect {
  const rect = parseRange(range);
  if (!rect) throw new Error(`Sheet "${sheet}": ${what} range "${range}" is not an A1 range.`);
  return rect;
}

function applyFormat(sheet: Excel.Worksheet, name: string, format: RangeFormat): void {
  const rect = rectOrThrow(name, format.range, "format");
  const range = sheet.getRange(format.range);
  if (format.numberFormat !== undefined) {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    range.numberFormat = Array.from({ length: rows }, () =>
      Array<string>(cols).fill(format.numberFormat as string)
    );
  }
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.wrapText !== undefined) range.format.wrapText = format.wrapText;
  if (format.horizontalAlignment !== undefined) {
    const alignment = { left: "Left", center: "Center", right: "Right" } as const;
    range.format.horizontalAlignment = alignment[format.horizontalAlignment];
  }
}

const CHART_TYPES = {
  line: "Line",
  clusteredBar: "BarClustered",
  clusteredColumn: "ColumnClustered",
} as const;

function addChart(sheet: Excel.Worksheet, chart: ChartPlan): void {
  const seriesBy = chart.seriesBy === "rows" ? "Rows" : "Columns";
  const named = chart.series ?? [];
  // Explicit series may be rows that are not next to each other: start the chart on the first
  // series alone, then name it and add the rest, all without reading anything back (no sync).
  const source = named.length > 0 ? named[0].values : chart.dataRange;
  const made = sheet.charts.add(CHART_TYPES[chart.kind], sheet.getRange(source), seriesBy);
  if (named.length > 0) {
    named.forEach((s, i) => {
      const series = i === 0 ? made.series.getItemAt(0) : made.series.add(s.name);
      series.name = s.name;
      if (i > 0) series.setValues(sheet.getRange(s.values));
      if (chart.categories) series.setXAxisValues(sheet.getRange(chart.categories));
    });
  }
  made.name = chart.name;
  made.title.text = chart.title;
  made.legend.visible = true;
  made.legend.position = "Bottom";
  if (chart.xAxisTitle) made.axes.categoryAxis.title.text = chart.xAxisTitle;
  if (chart.yAxisTitle) made.axes.valueAxis.title.text = chart.yAxisTitle;
  made.setPosition(chart.at);
  made.width = chart.width;
  made.height = chart.height;
}

/**
 * Applies a plan in at most three syncs, whatever its size: (1) find which sheets, names and
 * tables already exist; (2) replace the add-in's own sheets and write every block's values and
 * formulas as whole 2-D arrays, with calculation suspended; (3) tables over them, then formats,
 * drop-down lists, column widths, frozen panes and charts.
 */
export async function applyWithContext(
  context: Excel.RequestContext,
  plan: WritePlan,
  onProgress?: Progress
): Promise<ApplyResult> {
  const messages: string[] = [];
  const lists = placeValidationLists(plan);

  // Sync 1: what exists.
  onProgress?.({ stage: "Checking existing sheets", fraction: 0 });
  const listPlacement =
    lists.sheetColumns.length > 0 ? probeSlots(context, LIST_SHEET_NAME, LIST_SHEET_MARKER) : null;
  const placements = plan.sheets.map((s) => probeSlots(context, s.name, s.ownerMarker));
  const tableProbes = plan.sheets.map((s) =>
    (s.tables ?? []).map((t) => probeTables(context, t.name))
  );
  await context.sync();

  // Sync 2: sheets, values and formulas.
  onProgress?.({ stage: "Writing values and formulas", fraction: 1 / 3 });
  context.application.suspendApiCalculationUntilNextSync();
  const replaced = new Set<string>();
  // The list sheet's name is settled first (the rules refer to it); the sheet is added last.
  const listChosen = listPlacement ? chosenTarget(listPlacement) : null;
  const listSheetName = listChosen?.slot.name ?? null;
  if (listChosen?.message) messages.push(listChosen.message);
  if (listChosen?.slot.exists) replaced.add(listChosen.slot.name.toUpperCase());
  const written: Written[] = plan.sheets.map((sheetPlan, index) => {
    const chosen = chosenTarget(placements[index]);
    if (chosen.message) messages.push(chosen.message);
    if (chosen.slot.exists) replaced.add(chosen.slot.name.toUpperCase());
    const sheet = replaceAndAdd(context, placements[index], chosen);
    for (const block of sheetPlan.blocks) {
      const at = parseA1(block.at);
      if (!at)
        throw new Error(`Sheet "${sheetPlan.name}": block address "${block.at}" is not a cell.`);
      const { input, width } = blockInput(block.rows);
      if (input.length === 0 || width === 0) continue;
      sheet.getRange(
        a1Range(at.row, at.col, at.row + input.length - 1, at.col + width - 1)
      ).formulas = input;
    }
    return { sheet, name: chosen.slot.name, plan: sheetPlan, index };
  });
  if (listPlacement && listChosen) {
    const sheet = replaceAndAdd(context, listPlacement, listChosen);
    const height = lists.sheetColumns.reduce((h, c) => Math.max(h, c.length), 0);
    const rows = Array.from({ length: height }, (_, r) =>
      lists.sheetColumns.map((col) => (r < col.length ? col[r] : null))
    );
    sheet.getRangeByIndexes(0, 0, height, lists.sheetColumns.length).formulas =
      blockInput(rows).input;
    sheet.visibility = "Hidden";
  }
  await context.sync();

  // Sync 3: tables, formats, lists, layout, charts.
  onProgress?.({ stage: "Adding tables, formats and charts", fraction: 2 / 3 });
  context.application.suspendApiCalculationUntilNextSync();
  for (const { sheet, name, plan: sheetPlan, index } of written) {
    if (!sheetPlan) continue;
    (sheetPlan.tables ?? []).forEach((table, t) => {
      const probes = tableProbes[index][t];
      // A table of that name on a sheet being replaced is gone now; elsewhere it is the user's.
      const free = probes.find(
        (p) => p.table.isNullObject || replaced.has(p.table.worksheet.name.toUpperCase())
      );
      if (!free)
        throw new Error(
          `Tables named "${table.name}" to "${table.name}_5" already exist; rename one and run again.`
        );
      if (free.name !== table.name) {
        messages.push(
          `A table named "${table.name}" already exists in the workbook, so the table on "${name}" is named "${free.name}".`
        );
      }
      rectOrThrow(name, table.range, `table ${table.name}`);
      const made = sheet.tables.add(table.range, true);
      made.name = free.name;
      made.style = table.style ?? "TableStyleMedium2";
    });
    for (const format of sheetPlan.formats ?? []) applyFormat(sheet, name, format);
    for (const v of lists.bySheet[index]) {
      rectOrThrow(name, v.range, "validation");
      const source =
        v.source.kind === "inline"
          ? v.source.text
          : "=" +
            listRangeReference(listSheetName ?? LIST_SHEET_NAME, v.source.column, v.source.count);
      const range = sheet.getRange(v.range);
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      // A warning, not a stop: the validator accepts aliases the list does not show.
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "Not in the list",
        message: "This value is not one of the template's values. Keep it only if you are sure.",
      };
      if (v.prompt)
        range.dataValidation.prompt = { showPrompt: true, title: "", message: v.prompt };
    }
    for (const { col, width } of sheetPlan.columnWidths ?? []) {
      sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth =
        widthInPoints(width);
    }
    const freeze = sheetPlan.freeze;
    if (freeze && freeze.rows > 0 && freeze.cols > 0)
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
    else if (freeze && freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
    else if (freeze && freeze.cols > 0) sheet.freezePanes.freezeColumns(freeze.cols);
    for (const chart of sheetPlan.charts ?? []) addChart(sheet, chart);
    if (sheetPlan.activate) sheet.activate();
  }
  await context.sync();
  onProgress?.({ stage: "Written", fraction: 1 });
  const sheets = written.map((w) => w.name);
  return { sheets: listSheetName ? [...sheets, listSheetName] : sheets, messages };
}

export function applyPlanInExcel(plan: WritePlan, onProgress?: Progress): Promise<ApplyResult> {
  return Excel.run((context) => applyWithContext(context, plan, onProgress));
}

// ---------------------------------------------------------------------------------------------
// Selecting

export async function selectWithContext(
  context: Excel.RequestContext,
  sheetName: string,
  address: string
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  if (address.trim() !== "") sheet.getRange(address).select();
  try {
    await context.sync();
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === "ItemNotFound")
      throw new Error(`There is no sheet named "${sheetName}" in this workbook any more.`);
    if (code === "InvalidArgument")
      throw new Error(`"${address}" is not a cell address on sheet ${sheetName}.`);
    throw e;
  }
}

export function selectInExcel(sheetName: string, address: string): Promise<void> {
  return Excel.run((context) => selectWithContext(context, sheetName, address));
}

/** True when the sheet exists and carries the add-in's marker; one sync. */
export async function isOwnedSheet(
  context: Excel.RequestContext,
  sheetName: string,
  marker: string
): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  const owner = context.workbook.names.getItemOrNullObject(ownerNameFor(sheetName, marker));
  owner.load("formula");
  await context.sync();
  return !sheet.isNullObject && !owner.isNullObject && referencesSheet(owner.formula, sheet.name);
}

export { snapshotFormulas, snapshotValues };

// ---------------------------------------------------------------------------------------------
// Highlighting: conditional formats the add-in owns (src/workbook/highlight.ts)

interface SheetFormats {
  readonly sheet: Excel.Worksheet;
  readonly formats: Excel.ConditionalFormatCollection;
}

/**
 * If an Excel build refused to load the custom rule through customOrNullObject in one go, the
 * types are read first and the custom rules' formulas second (one more sync), for the session.
 */
let nestedRuleLoadUnsupported = false;

/** Test hook: forget what earlier highlights learnt about this Excel. */
export function resetHighlightState(): void {
  nestedRuleLoadUnsupported = false;
}

function protectedSheetMessage(name: string, what: string): string {
  return `Sheet "${name}" is protected, so ${what}: unprotect it (Review › Unprotect Sheet) and try again.`;
}

/** Sync 1: every sheet's name and protection. */
async function loadSheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  await context.sync();
  return sheets.items;
}

/**
 * Sync 2 (3 on the fallback): the conditional formats on every sheet, with the rule formula of
 * the custom ones; returns those whose formula carries one of the markers.
 */
async function findOwnedFormats(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  markers: readonly string[]
): Promise<{ sheet: Excel.Worksheet; format: Excel.ConditionalFormat }[]> {
  const queue = (props: string): SheetFormats[] =>
    sheets.map((sheet) => {
      // The whole sheet, not the used range: a highlight outlives the values under it.
      const formats = sheet.getRange().conditionalFormats;
      formats.load(props);
      return { sheet, formats };
    });
  let all: SheetFormats[];
  let nested = !nestedRuleLoadUnsupported;
  if (nested) {
    all = queue("items/type,items/customOrNullObject/rule/formula");
    try {
      await context.sync();
    } catch (e) {
      if (!isWalkFailure(e)) throw e;
      nestedRuleLoadUnsupported = true;
      nested = false;
    }
  }
  if (!nested) {
    all = queue("items/type");
    await context.sync();
    for (const { formats } of all!)
      for (const format of formats.items)
        if (format.type === "Custom") format.custom.load("rule/formula");
    // Only for Excel builds that refused the one-step load above.
    await context.sync();
  }
  const owned: { sheet: Excel.Worksheet; format: Excel.ConditionalFormat }[] = [];
  for (const { sheet, formats } of all!) {
    for (const format of formats.items) {
      if (format.type !== "Custom") continue;
      const custom = nested ? format.customOrNullObject : format.custom;
      if (nested && custom.isNullObject) continue;
      const formula = custom.rule.formula;
      if (markers.some((m) => isMarkerFormula(formula, m))) owned.push({ sheet, format });
    }
  }
  return owned;
}

function refuseProtected(owned: readonly { sheet: Excel.Worksheet }[], what: string): void {
  const locked = owned.find((o) => o.sheet.protection.protected);
  if (locked) throw new Error(protectedSheetMessage(locked.sheet.name, what));
}

async function deleteAndAdd(
  context: Excel.RequestContext,
  owned: readonly { format: Excel.ConditionalFormat }[],
  add: () => void
): Promise<void> {
  owned.forEach(({ format }) => format.delete());
  add();
  try {
    await context.sync();
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === "AccessDenied")
      throw new Error(
        "Excel refused to change the highlights (a sheet may be protected or the workbook shared read-only)."
      );
    throw e;
  }
}

/**
 * Removes the markers' highlights everywhere, then adds the plans', in three syncs: (1) the
 * sheets, (2) their conditional formats with the custom rules' formulas, (3) delete ours and add
 * the new ones (one conditional format per chunk of ranges). Nothing changes when a plan's sheet
 * is missing or protected or a range is not an A1 address.
 */
export async function highlightWithContext(
  context: Excel.RequestContext,
  plans: readonly HighlightPlan[]
): Promise<void> {
  if (plans.length === 0) return;
  const sheets = await loadSheets(context);
  const targets = plans.map((plan) => {
    const sheet = sheets.find((s) => sameSheetName(s.name, plan.sheet));
    if (!sheet)
      throw new Error(
        `There is no sheet named "${plan.sheet}" in this workbook any more, so nothing was highlighted.`
      );
    if (sheet.protection.protected)
      throw new Error(protectedSheetMessage(sheet.name, "nothing was highlighted"));
    const areas = highlightAreas(plan);
    for (const area of areas)
      if (!areaRects(area))
        throw new Error(`Sheet "${sheet.name}": "${area}" is not a list of A1 ranges.`);
    return { sheet, plan, areas };
  });
  const owned = await findOwnedFormats(context, sheets, planMarkers(plans));
  refuseProtected(owned, "the earlier highlights cannot be replaced");
  await deleteAndAdd(context, owned, () => {
    for (const { sheet, plan, areas } of targets) {
      for (const area of areas) {
        const format = sheet.getRanges(area).conditionalFormats.add("Custom");
        format.custom.rule.formula = plan.formula;
        format.custom.format.fill.color = plan.fill;
      }
    }
  });
}

/** Deletes the marker's conditional formats on every sheet; at most three syncs, two when there are none. */
export async function clearHighlightsWithContext(
  context: Excel.RequestContext,
  marker: string
): Promise<number> {
  const sheets = await loadSheets(context);
  const owned = await findOwnedFormats(context, sheets, [marker]);
  if (owned.length === 0) return 0;
  refuseProtected(owned, "its highlights cannot be removed and none were");
  await deleteAndAdd(context, owned, () => undefined);
  return owned.length;
}

export function highlightInExcel(plans: readonly HighlightPlan[]): Promise<void> {
  return Excel.run((context) => highlightWithContext(context, plans));
}

export function clearHighlightsInExcel(marker: string): Promise<number> {
  return Excel.run((context) => clearHighlightsWithContext(context, marker));
}
