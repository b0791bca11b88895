/**
 * Run by test/taskpane/packChartImages.test.ts in a child Node process through tsx (not by jest):
 * draws the sample pack's charts with src/preview/packChartImages.ts on ECharts' real ES-module
 * core, as the webpack bundle does, and prints each image's SVG as JSON on stdout.
 */
import * as fs from "fs";
import * as path from "path";
import { buildPack } from "../../../src/domain/pack/build";
import { packChartImages } from "../../../src/preview/packChartImages";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";

const SAMPLE = path.resolve(__dirname, "../../../seeds/llr-m7-sample.snapshot.json");
const sample = JSON.parse(fs.readFileSync(SAMPLE, "utf8")) as WorkbookSnapshot;
const built = buildPack(sample, { month: 7 });
if (!built.ok) throw new Error(built.error.message);
const svgs = packChartImages(built.value).map((image) => ({
  name: image.name,
  svg: decodeURIComponent(image.src.replace(/^data:image\/svg\+xml;charset=utf-8,/, "")),
}));
process.stdout.write(JSON.stringify(svgs));
