/*
 * Stands in for echarts/core, echarts/charts, echarts/components and echarts/renderers under jest.
 * Those subpaths are ES modules only (the package's CommonJS build is the full dist/echarts.js),
 * and jest on Node 20 cannot load ES modules without --experimental-vm-modules. The full build
 * already has every chart, component and renderer registered, so the named parts are inert
 * placeholders and `use` has nothing to do. What this cannot show is whether the browser module
 * registers every part it needs: test/taskpane/packChartImages.test.ts checks that by rendering
 * with the real ES modules in a child Node process.
 */
const echarts = require("echarts/dist/echarts.js");

const PARTS = [
  "LineChart",
  "BarChart",
  "TitleComponent",
  "LegendComponent",
  "GridComponent",
  "SVGRenderer",
];

module.exports = {
  ...echarts,
  ...Object.fromEntries(PARTS.map((name) => [name, { stubbedEChartsPart: name }])),
  use() {},
};
