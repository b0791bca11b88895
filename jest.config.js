/** Unit, adapter and end-to-end tests. React tests opt into jsdom with a docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/test/setup-globals.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }] },
  moduleNameMapper: {
    // office-addin-mock@4 -> office-addin-manifest@3 pulls ESM-only packages that jest on Node 20 cannot require.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
    // ECharts' tree-shakable subpaths are ES modules only; the stub says why that is safe.
    "^echarts/(core|charts|components|renderers)$": "<rootDir>/test/stubs/echarts-esm-subpath.js",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 30000,
};
