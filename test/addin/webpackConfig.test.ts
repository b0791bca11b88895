// Fast checks of webpack.config.js itself (the full production build is in build.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const CONFIG = join(ROOT, "webpack.config.js");
const packageJson = require(join(ROOT, "package.json")) as { config: { prodUrl: string } };

type Config = Record<string, any>;
interface ConfigModule {
  (env?: Record<string, unknown>, argv?: { mode?: string }): Config;
  DEV_URL: string;
  PRODUCTION_URL: string;
  OFFICE_JS_CDN: string;
  STANDALONE_FUNCTIONS: string;
  productionManifest(xml: string, productionUrl: string): string;
  checkProductionUrl(url: unknown): string;
}

/** Loads the config afresh with the given environment variables set (undefined = unset). */
function loadConfig(env: Record<string, string | undefined> = {}): ConfigModule {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(env);
  try {
    let loaded: ConfigModule | undefined;
    jest.isolateModules(() => {
      loaded = require(CONFIG) as ConfigModule;
    });
    return loaded as ConfigModule;
  } finally {
    apply(saved);
  }
}

const pluginNamed = (config: Config, name: string) =>
  config.plugins.find((p: object) => p.constructor.name === name);

describe("webpack.config.js", () => {
  const webpackConfig = loadConfig({ npm_package_config_prodUrl: undefined });
  const production = webpackConfig({}, { mode: "production" });
  const development = webpackConfig({}, { mode: "development" });

  it("builds the task pane, the functions and the commands with one shared webpack runtime", () => {
    expect(production.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      "functions-standalone": { import: "./src/functions/functions.ts", runtime: false },
    });
    expect(production.optimization.runtimeChunk).toBe("single");
    expect(production.output.filename).toBe("[name].js");
  });

  it("builds the functions once more with a runtime of their own, for the manifest's Script", () => {
    expect(webpackConfig.STANDALONE_FUNCTIONS).toBe("functions-standalone");
    const standalone = production.entry[webpackConfig.STANDALONE_FUNCTIONS];
    expect(standalone.import).toBe(production.entry.functions);
    // runtime: false is what keeps runtimeChunk "single" from moving the runtime out of it.
    expect(standalone.runtime).toBe(false);
  });

  it("puts every bundle on the one taskpane.html page, functions first", () => {
    const pages = production.plugins.filter(
      (p: object) => p.constructor.name === "HtmlWebpackPlugin"
    );
    expect(pages).toHaveLength(1);
    const options = pages[0].userOptions;
    expect(options.filename).toBe("taskpane.html");
    expect(options.chunks).toEqual(["functions", "commands", "taskpane"]);
    // The address "Referencing the Office JavaScript API library" documents (since 2026-09).
    expect(options.officeJs).toBe("https://officeapis.public.onecdn.static.microsoft/1/office.js");
    expect(webpackConfig.OFFICE_JS_CDN).toBe(options.officeJs);
  });

  it("writes the unified manifest from the manifest.xml and functions.json it emits", () => {
    const plugin = pluginNamed(production, "UnifiedManifestPlugin");
    expect([plugin.xml, plugin.functions, plugin.output]).toEqual([
      "manifest.xml",
      "functions.json",
      "manifest.json",
    ]);
    expect(pluginNamed(development, "UnifiedManifestPlugin")).toBeDefined();
  });

  it("generates functions.json from src/functions/functions.ts", () => {
    const plugin = pluginNamed(production, "CustomFunctionsMetadataPlugin");
    expect(plugin.options).toEqual({
      input: join(ROOT, "src/functions/functions.ts"),
      output: "functions.json",
    });
  });

  it.each([
    ["production", production],
    ["development", development],
  ])("%s: transpiles only, source maps without eval, no size hints", (_mode, config) => {
    expect(config.module.rules[0].use.options.transpileOnly).toBe(true);
    expect(config.devtool).toMatch(/source-map$/);
    expect(config.devtool).not.toMatch(/eval/);
    expect(config.performance.hints).toBe(false);
  });

  it("takes the production URL from package.json config.prodUrl", () => {
    expect(webpackConfig.PRODUCTION_URL).toBe(packageJson.config.prodUrl);
    expect(packageJson.config.prodUrl).toMatch(/^https:\/\/.+\/$/);
  });

  it("lets npm_package_config_prodUrl override the production URL", () => {
    const other = loadConfig({ npm_package_config_prodUrl: "https://addins.example.org/llr/" });
    expect(other.PRODUCTION_URL).toBe("https://addins.example.org/llr/");
  });

  it.each([
    ["http://llr.example.org/", /https URL/],
    ["https://llr.example.org", /ending in "\/"/],
    ["", /https URL/],
    ["https://localhost:3000/", /dev server/],
  ])("refuses the production URL %j", (url, message) => {
    expect(() => webpackConfig.checkProductionUrl(url)).toThrow(message);
    const bad = loadConfig({ npm_package_config_prodUrl: url || " " });
    expect(() => bad({}, { mode: "production" })).toThrow();
    expect(() => bad({}, { mode: "development" })).not.toThrow();
  });

  it("rewrites every dev-server URL in the manifest, not just the first", () => {
    const xml =
      '<a v="https://localhost:3000/taskpane.html"/><b v="https://localhost:3000/assets/i.png"/>';
    expect(webpackConfig.productionManifest(xml, "https://llr.example.org/x/")).toBe(
      '<a v="https://llr.example.org/x/taskpane.html"/><b v="https://llr.example.org/x/assets/i.png"/>'
    );
  });

  describe("dev server", () => {
    let home: string;
    beforeEach(() => {
      home = mkdtempSync(join(os.tmpdir(), "llr-home-"));
      jest.spyOn(os, "homedir").mockReturnValue(home);
    });
    afterEach(() => {
      jest.restoreAllMocks();
      rmSync(home, { recursive: true, force: true });
    });

    it("serves https on port 3000 with the office-addin-dev-certs files", () => {
      const dir = join(home, ".office-addin-dev-certs");
      mkdirSync(dir);
      writeFileSync(join(dir, "ca.crt"), "CA");
      writeFileSync(join(dir, "localhost.crt"), "CERT");
      writeFileSync(join(dir, "localhost.key"), "KEY");
      const config = loadConfig()({ WEBPACK_SERVE: true }, { mode: "development" });
      expect(config.devServer.port).toBe(3000);
      expect(config.devServer.server.type).toBe("https");
      const { ca, cert, key } = config.devServer.server.options;
      expect([String(ca), String(cert), String(key)]).toEqual(["CA", "CERT", "KEY"]);
    });

    it("falls back to http with a warning when the certificates are missing", () => {
      const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
      try {
        const config = loadConfig()({ WEBPACK_SERVE: true }, { mode: "development" });
        expect(config.devServer.server).toEqual({ type: "http" });
        expect(warn).toHaveBeenCalledWith(expect.stringMatching(/office-addin-dev-certs install/));
      } finally {
        warn.mockRestore();
      }
    });

    it("does not look for certificates when only building", () => {
      const config = loadConfig()({ WEBPACK_BUILD: true }, { mode: "production" });
      expect(config.devServer.server).toBeUndefined();
    });
  });
});
