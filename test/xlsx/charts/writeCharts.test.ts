import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { writePlanToFile } from "../../../src/xlsx/writePlan";
import { writeNativeCharts } from "../../../src/xlsx/charts";
import {
  anchorFor,
  columnWidthEmu,
  EMU_PER_POINT,
  type SheetMetrics,
} from "../../../src/xlsx/charts/anchor";
import {
  relativeTarget,
  resolveTarget,
  withDrawingElement,
} from "../../../src/xlsx/charts/packageParts";
import type { ChartPlan, SheetPlan } from "../../../src/workbook/plan";
import { tempDir } from "../badFiles";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("llr-charts-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const MONTHS = ["M1", "M2", "M3", "M4"];
const SHEET = "LLR Pack <&> O'Neil 23";

const LINE: ChartPlan = {
  name: "WTE line",
  kind: "line",
  title: `Plan vs actual <WTE> & "more"`,
  dataRange: "A2:E4",
  seriesBy: "rows",
  xAxisTitle: "Month",
  yAxisTitle: "WTE",
  at: "H2",
  width: 480,
  height: 270,
};
const BAR: ChartPlan & {
  categories: string;
  series: { nameCell: string; name: string; values: string }[];
} = {
  name: "Variance bar",
  kind: "clusteredBar",
  title: "Variance to plan (£m)",
  dataRange: "A6:D9",
  seriesBy: "columns",
  xAxisTitle: "Staff group",
  yAxisTitle: "£m",
  at: "H22",
  width: 400,
  height: 200,
  // Explicit series that skip the Total column, as the pack's charts do.
  categories: "A7:A9",
  series: [
    { nameCell: "C6", name: "UHL", values: "C7:C9" },
    { nameCell: "D6", name: "LPT", values: "D7:D9" },
  ],
};

function sheetPlan(charts: ChartPlan[]): SheetPlan {
  return {
    name: SHEET,
    ownerMarker: "pack",
    blocks: [
      { at: "A1", rows: [["Plan vs actual"]] },
      {
        at: "A2",
        rows: [
          ["Series", ...MONTHS],
          ["UHL plan", 100, 110, 120, 130],
          [
            "UHL actual",
            { formula: "=B3+5", value: 105 },
            { formula: "=C3-5", value: 105 },
            { formula: '=""', value: "" },
            null,
          ],
        ],
      },
      {
        at: "A6",
        rows: [
          ["Group", "Total", "UHL", "LPT"],
          ["Nursing, Midwifery", -3, -2, -1],
          ["Clinical <Support>", 1.2, 1, 0.2],
          ["Medical, Dental", 0.5, 0.25, 0.25],
        ],
      },
    ],
    formats: [{ range: "B7:D9", numberFormat: '£#,##0.0"m";-£#,##0.0"m"' }],
    tables: [{ name: "Variance", range: "A6:D9" }],
    charts,
  };
}

async function partsOf(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir && /\.(xml|rels)$/.test(name))
      out[name] = await zip.files[name].async("string");
  }
  return out;
}

describe("native charts in the written .xlsx", () => {
  let file: string;
  let parts: Record<string, string>;
  let messages: readonly string[];

  beforeAll(async () => {
    file = path.join(dir, "charts.xlsx");
    const result = await writePlanToFile({ sheets: [sheetPlan([LINE, BAR])] }, file, {
      chartWriter: writeNativeCharts,
    });
    if (!result.ok) throw new Error(result.error.reason);
    messages = result.value.messages;
    parts = await partsOf(file);
  });

  it("reports nothing left undrawn", () => {
    expect(messages).toEqual([]);
  });

  it("adds one chart part per chart, one drawing, and ties them together", () => {
    expect(
      Object.keys(parts)
        .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
        .sort()
    ).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    const types = parts["[Content_Types].xml"];
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
    const sheetRels = parts["xl/worksheets/_rels/sheet1.xml.rels"];
    expect(sheetRels).toMatch(
      /Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/drawing" Target="..\/drawings\/drawing1.xml"/
    );
    expect(sheetRels).toContain("relationships/table"); // the table's relationship is kept
    const drawingRels = parts["xl/drawings/_rels/drawing1.xml.rels"];
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
  });

  it("puts <drawing> before <tableParts>, where the schema wants it", () => {
    const sheet = parts["xl/worksheets/sheet1.xml"];
    const drawing = sheet.indexOf("<drawing ");
    expect(drawing).toBeGreaterThan(0);
    expect(drawing).toBeLessThan(sheet.indexOf("<tableParts"));
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
  });

  it("writes well-formed XML in every part", () => {
    for (const [name, xml] of Object.entries(parts)) {
      expect([name, XMLValidator.validate(xml)]).toEqual([name, true]);
    }
  });

  it("draws a line chart whose series refer to the sheet and cache its values, blanks as gaps", () => {
    const chart = parts["xl/charts/chart1.xml"];
    expect(chart).toContain("<c:lineChart>");
    expect(chart).toContain("<a:t>Plan vs actual &lt;WTE&gt; &amp; &quot;more&quot;</a:t>");
    const ref = `'LLR Pack &lt;&amp;&gt; O''Neil 23'`;
    expect(chart).toContain(
      `<c:tx><c:strRef><c:f>${ref}!$A$3</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>UHL plan</c:v></c:pt></c:strCache></c:strRef></c:tx>`
    );
    expect(chart).toContain(`<c:cat><c:strRef><c:f>${ref}!$B$2:$E$2</c:f>`);
    expect(chart).toContain(
      `<c:val><c:numRef><c:f>${ref}!$B$4:$E$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="4"/>` +
        `<c:pt idx="0"><c:v>105</c:v></c:pt><c:pt idx="1"><c:v>105</c:v></c:pt></c:numCache></c:numRef></c:val>`
    );
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
    expect(chart).toContain("<a:t>Month</a:t>");
    expect(chart).toContain("<a:t>WTE</a:t>");
    expect(chart).toContain('<c:legend><c:legendPos val="b"/>');
  });

  it("draws a clustered horizontal bar chart from the named series only", () => {
    const chart = parts["xl/charts/chart2.xml"];
    expect(chart).toContain('<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    expect(chart).not.toContain("$B$7:$B$9"); // the Total column is not a series
    expect(chart).toContain("!$C$7:$C$9</c:f>");
    expect(chart).toContain("<c:v>Clinical &lt;Support&gt;</c:v>");
    expect(chart).toContain(
      "<c:formatCode>£#,##0.0&quot;m&quot;;-£#,##0.0&quot;m&quot;</c:formatCode>"
    );
    expect(chart).toContain(
      '<c:pt idx="0"><c:v>-2</c:v></c:pt><c:pt idx="1"><c:v>1</c:v></c:pt><c:pt idx="2"><c:v>0.25</c:v></c:pt>'
    );
  });

  it("anchors each chart at its cell with its size", () => {
    const drawing = parts["xl/drawings/drawing1.xml"];
    const anchors = drawing.match(/<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>/g) ?? [];
    expect(anchors).toHaveLength(2);
    expect(anchors[0]).toContain(
      "<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
    );
    expect(anchors[0]).toContain(
      `<a:ext cx="${480 * EMU_PER_POINT}" cy="${270 * EMU_PER_POINT}"/>`
    );
    expect(anchors[1]).toContain("<xdr:row>21</xdr:row>");
    expect(anchors[0]).toContain('name="WTE line"');
    expect(new Set([...drawing.matchAll(/cNvPr id="(\d+)"/g)].map((m) => m[1])).size).toBe(2);
  });

  it("can still be read by ExcelJS, values and tables intact", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell("B4").value).toEqual({ formula: "B3+5", result: 105 });
    expect(ws.getCell("A8").value).toBe("Clinical <Support>");
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(["Variance"]);
  });
});

describe("charts next to pictures and in bad shape", () => {
  it("adds charts to a sheet's existing drawing and keeps its picture", async () => {
    const base = path.join(dir, "with-image.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    ws.getCell("A1").value = "x";
    // A 1x1 transparent PNG.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64"
    );
    ws.addImage(
      wb.addImage({ buffer: png, extension: "png" } as unknown as ExcelJS.Image),
      "A10:B12"
    );
    await wb.xlsx.writeFile(base);
    const zip = await JSZip.loadAsync(await fs.readFile(base));
    const sheetPart = Object.keys(zip.files).find((n) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
    )!;
    const { addNativeCharts } = await import("../../../src/xlsx/charts");
    // Put the line chart's data on the sheet first (written by ExcelJS in the real flow).
    const data = new ExcelJS.Workbook();
    await data.xlsx.readFile(base);
    const dws = data.getWorksheet(SHEET)!;
    dws.getRow(2).values = ["Series", ...MONTHS];
    dws.getRow(3).values = ["UHL plan", 1, 2, 3, 4];
    await data.xlsx.writeFile(base);
    const messages = await addNativeCharts(base, [{ sheet: SHEET, chart: LINE }]);
    expect(messages).toEqual([]);
    const parts = await partsOf(base);
    const drawings = Object.keys(parts).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(drawings).toHaveLength(1);
    expect(parts[drawings[0]]).toContain("<xdr:pic>");
    expect(parts[drawings[0]]).toContain("<c:chart ");
    expect(parts[sheetPart].match(/<drawing /g)).toHaveLength(1);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(base);
    expect(reread.getWorksheet(SHEET)!.getImages()).toHaveLength(1);
  });

  it.each([
    [
      "a data range with no values",
      { ...LINE, dataRange: "A2:A2" },
      /data range "A2:A2" needs a header row, a label column and at least one value/,
    ],
    [
      "a position that is not a cell",
      { ...LINE, at: "nowhere" },
      /position "nowhere" or size is not valid/,
    ],
    [
      "a series whose length does not match the categories",
      { ...BAR, series: [{ nameCell: "C6", name: "UHL", values: "C7:C8" }] },
      /series "UHL" has 2 values for 3 categories/,
    ],
  ])("leaves out %s with a message naming the chart and sheet", async (_what, chart, message) => {
    const file = path.join(dir, `bad-${Math.random().toString(16).slice(2)}.xlsx`);
    const result = await writePlanToFile({ sheets: [sheetPlan([chart as ChartPlan])] }, file, {
      chartWriter: writeNativeCharts,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.messages).toHaveLength(1);
    expect(result.value.messages[0]).toMatch(message);
    expect(result.value.messages[0]).toContain(SHEET);
    const parts = await partsOf(file);
    expect(Object.keys(parts).some((p) => p.startsWith("xl/charts/"))).toBe(false);
    expect(parts["xl/worksheets/sheet1.xml"]).not.toContain("<drawing ");
  });
});

describe("anchor and package helpers", () => {
  const uniform = (colEmu: number, rowEmu: number): SheetMetrics => ({
    columnEmu: () => colEmu,
    rowEmu: () => rowEmu,
  });

  it.each([
    [9.140625, 64], // Excel's default column, 8.43 characters shown
    [11, 77],
    [28, 196],
  ])("a column stored %p wide is %p pixels, as in Excel", (chars, pixels) => {
    expect(columnWidthEmu(chars)).toBe(pixels * 9525);
  });

  it("walks columns and rows to find the bottom-right cell and its offsets", () => {
    // 100 pt wide over 40 pt columns: two whole columns and 20 pt into the third.
    const anchor = anchorFor("C5", 100, 45, uniform(40 * EMU_PER_POINT, 15 * EMU_PER_POINT))!;
    expect(anchor.from).toEqual({ col: 2, colOff: 0, row: 4, rowOff: 0 });
    expect(anchor.to).toEqual({ col: 4, colOff: 20 * EMU_PER_POINT, row: 7, rowOff: 0 });
  });

  it("skips hidden columns", () => {
    const metrics: SheetMetrics = { columnEmu: (c) => (c === 1 ? 0 : 10), rowEmu: () => 10 };
    expect(anchorFor("A1", 25 / EMU_PER_POINT, 5 / EMU_PER_POINT, metrics)!.to).toMatchObject({
      col: 3,
      colOff: 5,
    });
  });

  it.each([
    ["xl/worksheets/sheet1.xml", "../drawings/drawing1.xml", "xl/drawings/drawing1.xml"],
    ["xl/workbook.xml", "worksheets/sheet2.xml", "xl/worksheets/sheet2.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet3.xml", "xl/worksheets/sheet3.xml"],
  ])("resolves %s -> %s", (source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
    if (!target.startsWith("/")) expect(relativeTarget(source, part)).toBe(target);
  });

  it("inserts <drawing> before the first element the schema puts after it", () => {
    const xml = `<worksheet><sheetData/><pageMargins/><legacyDrawing r:id="x"/><tableParts count="1"/></worksheet>`;
    expect(withDrawingElement(xml, "rId9")).toMatch(
      /<pageMargins\/><drawing [^>]*r:id="rId9"\/><legacyDrawing/
    );
    expect(withDrawingElement(`<worksheet><sheetData/></worksheet>`, "rId1")).toMatch(
      /<sheetData\/><drawing [^>]*\/><\/worksheet>$/
    );
  });
});
