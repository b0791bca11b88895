/** ECharts' SVG renderer in Node, as the browser preview uses it (no canvas, no DOM). */
import { execFileSync } from "child_process";
import * as path from "path";
import { buildPack } from "../../src/domain/pack/build";
import {
  chartDescription,
  packChartImages,
  PANE_CHART_SIZE,
  svgDataUrl,
} from "../../src/preview/packChartImages";
import { renameOrganisation, sample } from "./support/packHost";

const svgOf = (src: string) =>
  decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ""));

describe("pack charts for the preview", () => {
  const built = buildPack(sample, { month: 7 });
  if (!built.ok) throw new Error(built.error.message);
  const pack = built.value;
  const images = packChartImages(pack);

  it("draws every chart of the pack as an SVG image of the pane's size", () => {
    expect(images.map((i) => i.name)).toEqual(pack.charts.map((c) => c.name));
    for (const image of images) {
      expect(image.src.startsWith("data:image/svg+xml;charset=utf-8,")).toBe(true);
      const svg = svgOf(image.src);
      expect(svg).toMatch(
        new RegExp(`^<svg[^>]* width="${PANE_CHART_SIZE.width}" height="${PANE_CHART_SIZE.height}"`)
      );
      expect(svg).not.toMatch(/<script|onload=|onerror=/i);
    }
  });

  it("plots the pack's own series: legend names from the table", () => {
    const chart = pack.charts.find((c) => c.kind === "clusteredBar")!;
    const svg = svgOf(images.find((i) => i.name === chart.name)!.src);
    for (const series of chart.series) expect(svg).toContain(`>${series}<`);
    expect(images.find((i) => i.name === chart.name)!.description).toBe(chartDescription(chart));
  });

  it("escapes workbook text inside the SVG", () => {
    const hostile = "<script>alert(1)</script>";
    const renamed = buildPack(renameOrganisation(sample, pack.organisations[0], hostile), {
      month: 7,
    });
    if (!renamed.ok) throw new Error(renamed.error.message);
    for (const image of packChartImages(renamed.value))
      expect(svgOf(image.src)).not.toContain("<script");
  });

  it("encodes the whole SVG so it cannot break out of the URL", () => {
    expect(svgDataUrl('<svg a="1"># %</svg>')).toBe(
      "data:image/svg+xml;charset=utf-8,%3Csvg%20a%3D%221%22%3E%23%20%25%3C%2Fsvg%3E"
    );
  });

  it("draws the same SVG with the ES-module core and its registered parts as with full ECharts", () => {
    // jest maps echarts/core & co. to the full build (test/stubs/echarts-esm-subpath.js), so a part
    // the module forgets to register would only go missing in the bundle: tsx runs the module on
    // the real ES modules, as webpack bundles them, and every chart must come out the same.
    const root = path.resolve(__dirname, "../..");
    const stdout = execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/tsx/dist/cli.mjs"),
        path.join(__dirname, "support/paneChartsWithEsModules.ts"),
      ],
      { cwd: root, encoding: "utf8", timeout: 120_000 }
    );
    // zrender numbers its clip paths after a process-wide instance counter.
    const normalise = (svg: string) => svg.replace(/zr\d+-/g, "zr-");
    const fromEsModules = JSON.parse(stdout) as { name: string; svg: string }[];
    expect(fromEsModules.map((c) => ({ ...c, svg: normalise(c.svg) }))).toEqual(
      images.map((i) => ({ name: i.name, svg: normalise(svgOf(i.src)) }))
    );
    expect(fromEsModules.length).toBe(pack.charts.length);
  }, 150_000);
});
