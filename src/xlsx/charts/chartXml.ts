/**
 * A native chart as a DrawingML part (xl/charts/chartN.xml): ECMA-376 Part 1 §21.2. Element
 * order follows the schema (Excel refuses a chart whose children are out of order). Series keep
 * references to the pack cells and cached copies of their values.
 */
import type { ChartKind, ChartPlan } from "../../workbook/plan";
import type { ChartData, ChartSeriesData } from "./chartData";
import { escapeXml } from "./xmlText";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Series colours: Office's default palette, so the file looks like a chart made in Excel. */
const PALETTE = [
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "264478",
  "9E480E",
  "636363",
  "997300",
];

const CATEGORY_AXIS_ID = 500100;
const VALUE_AXIS_ID = 500200;

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string | undefined, size: number): string {
  if (text === undefined || text === "") return "";
  return `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;
}

function number(value: number): string {
  // Shortest round-trip form; XML Schema doubles accept "1e-7" and "-3.2".
  return String(value);
}

function strCache(values: readonly string[]): string {
  const points = values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], formatCode: string): string {
  const points = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${number(v)}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function lineLook(colour: string): string {
  return `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>`;
}

function barLook(colour: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>`;
}

function seriesXml(kind: ChartKind, s: ChartSeriesData, index: number, data: ChartData): string {
  const colour = PALETTE[index % PALETTE.length];
  const tx = `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>`;
  const cat = `<c:cat><c:strRef><c:f>${escapeXml(data.categoriesRef)}</c:f>${strCache(data.categories)}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f>${numCache(s.values, data.formatCode)}</c:numRef></c:val>`;
  const head = `<c:idx val="${index}"/><c:order val="${index}"/>${tx}`;
  if (kind === "line") {
    return `<c:ser>${head}${lineLook(colour)}<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`;
  }
  return `<c:ser>${head}${barLook(colour)}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
}

function axes(kind: ChartKind, chart: ChartPlan, formatCode: string): string {
  // A horizontal bar chart has its categories on the left and its values along the bottom.
  const horizontal = kind === "clusteredBar";
  const catPos = horizontal ? "l" : "b";
  const valPos = horizontal ? "b" : "l";
  const tickText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;
  const catAx =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${catPos}"/>${title(chart.xAxisTitle, 1000)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/>${tickText}<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines/>${title(chart.yAxisTitle, 1000)}` +
    `<c:numFmt formatCode="${escapeXml(formatCode)}" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${tickText}<c:crossAx val="${CATEGORY_AXIS_ID}"/>` +
    // With reversed categories (so the first row is at the top) the values axis crosses at the far end to stay at the bottom.
    `<c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return catAx + valAx;
}

function plotXml(chart: ChartPlan, data: ChartData): string {
  const series = data.series.map((s, i) => seriesXml(chart.kind, s, i, data)).join("");
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  if (chart.kind === "line") {
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`;
  }
  const barDir = chart.kind === "clusteredBar" ? "bar" : "col";
  return (
    `<c:barChart><c:barDir val="${barDir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/>${axisIds}</c:barChart>`
  );
}

/** The whole chart part for one ChartPlan and the data read from its range. */
export function chartXml(chart: ChartPlan, data: ChartData): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title, 1300)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotXml(chart, data)}${axes(chart.kind, chart, data.formatCode)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}
