/**
 * Native Excel charts for files. ExcelJS cannot write charts, so once it has written the workbook
 * this ChartWriter opens the zip (JSZip, which ExcelJS itself uses) and adds, per chart, a
 * DrawingML chart part, an anchor in the sheet's drawing part, and the relationships and content
 * types that tie sheet -> drawing -> chart. The series refer to the sheet's cells and carry cached
 * values, so the chart redraws when Excel recalculates and shows numbers in viewers that do not.
 */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PlacedChart } from "../applyPlan";
import type { ChartWriter } from "../writePlan";
import { anchorFor, sheetMetrics, type TwoCellAnchor } from "./anchor";
import { chartData, ChartDataError, type ChartData } from "./chartData";
import { chartXml } from "./chartXml";
import { chartAnchorXml, drawingXml } from "./drawingXml";
import {
  addContentTypeOverride,
  addRelationship,
  CONTENT_TYPES,
  drawingRelId,
  nextPartPath,
  readPart,
  readRelationships,
  REL_TYPES,
  resolveTarget,
  sheetPartPath,
  withDrawingElement,
} from "./packageParts";
import { attributesOf, tagsNamed } from "./xmlText";

/** The drawing part that holds a sheet's charts: the sheet's own (ExcelJS images) or a new one. */
async function drawingFor(
  zip: JSZip,
  sheetPart: string
): Promise<{ part: string; existing: string | null }> {
  const sheetXml = await readPart(zip, sheetPart);
  if (sheetXml === null) throw new ChartDataError(`the workbook has no ${sheetPart} part`);
  const relId = drawingRelId(sheetXml);
  if (relId !== null) {
    const rel = (await readRelationships(zip, sheetPart)).find((r) => r.id === relId);
    if (rel) {
      const part = resolveTarget(sheetPart, rel.target);
      return { part, existing: await readPart(zip, part) };
    }
  }
  const part = nextPartPath(zip, "xl/drawings", "drawing");
  const newRel = await addRelationship(zip, sheetPart, REL_TYPES.drawing, part);
  zip.file(sheetPart, withDrawingElement(sheetXml, newRel));
  await addContentTypeOverride(zip, part, CONTENT_TYPES.drawing);
  return { part, existing: null };
}

/** Shape ids are unique within a drawing; new ones follow the largest there. */
function largestShapeId(drawing: string | null): number {
  if (drawing === null) return 1;
  return tagsNamed(drawing, "xdr:cNvPr").reduce(
    (max, t) => Math.max(max, Number(attributesOf(t).id) || 0),
    1
  );
}

async function addSheetCharts(
  zip: JSZip,
  wb: ExcelJS.Workbook,
  sheet: string,
  charts: readonly PlacedChart[],
  messages: string[]
): Promise<number> {
  const ws = wb.worksheets.find((w) => w.name.toUpperCase() === sheet.toUpperCase());
  if (!ws) {
    messages.push(`Charts for "${sheet}" were not drawn: the sheet is not in the written file.`);
    return 0;
  }
  const metrics = sheetMetrics(ws);
  const ready: { chart: PlacedChart["chart"]; anchor: TwoCellAnchor; data: ChartData }[] = [];
  for (const { chart } of charts) {
    const anchor = anchorFor(chart.at, chart.width, chart.height, metrics);
    if (!anchor) {
      messages.push(
        `Chart "${chart.title}" on "${ws.name}" was not drawn: its position "${chart.at}" or size is not valid.`
      );
      continue;
    }
    try {
      ready.push({ chart, anchor, data: chartData(ws, ws.name, chart) });
    } catch (e) {
      if (!(e instanceof ChartDataError)) throw e;
      messages.push(`${e.message} It was not drawn.`);
    }
  }
  if (ready.length === 0) return 0;

  const sheetPart = await sheetPartPath(zip, ws.name);
  const drawing = await drawingFor(zip, sheetPart);
  let shapeId = largestShapeId(drawing.existing);
  const anchors: string[] = [];
  for (const { chart, anchor, data } of ready) {
    const chartPart = nextPartPath(zip, "xl/charts", "chart");
    zip.file(chartPart, chartXml(chart, data));
    await addContentTypeOverride(zip, chartPart, CONTENT_TYPES.chart);
    const relId = await addRelationship(zip, drawing.part, REL_TYPES.chart, chartPart);
    anchors.push(chartAnchorXml({ anchor, shapeId: ++shapeId, name: chart.name, relId }));
  }
  const xml =
    drawing.existing === null
      ? drawingXml(anchors)
      : drawing.existing.replace(/<\/xdr:wsDr>\s*$/, `${anchors.join("")}</xdr:wsDr>`);
  zip.file(drawing.part, xml);
  return anchors.length;
}

/** Adds the charts to the .xlsx at `file` in place (the writer's temporary file). */
export async function addNativeCharts(
  file: string,
  charts: readonly PlacedChart[]
): Promise<readonly string[]> {
  if (charts.length === 0) return [];
  const bytes = await fs.readFile(file);
  // ExcelJS reads the cached values and the column widths; JSZip edits the parts.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const zip = await JSZip.loadAsync(bytes);
  const messages: string[] = [];
  const bySheet = new Map<string, PlacedChart[]>();
  for (const placed of charts)
    bySheet.set(placed.sheet, [...(bySheet.get(placed.sheet) ?? []), placed]);
  for (const [sheet, list] of bySheet) await addSheetCharts(zip, wb, sheet, list, messages);
  const out = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  await fs.writeFile(file, out);
  return messages;
}

/** The ChartWriter to pass to writePlanToFile for native charts. */
export const writeNativeCharts: ChartWriter = addNativeCharts;
