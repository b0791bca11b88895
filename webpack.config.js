/*
 * Builds the add-in into dist/: one shared-runtime page (taskpane.html) that loads the task pane,
 * the =LLR.* custom functions and the ribbon commands, plus functions.json, the functions'
 * standalone script (the manifest's <Script>), the icons and the two manifests.
 *
 *   npm run build        production build; dist/manifest.xml and dist/manifest.json (the unified
 *                        manifest, scripts/manifest/) point at PRODUCTION_URL
 *   npm run build:dev    development build; both manifests keep https://localhost:3000/
 *   npm run dev-server   serves the development build on https://localhost:3000
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const packageJson = require("./package.json");
const { UnifiedManifestPlugin } = require("./scripts/manifest/UnifiedManifestPlugin");

/** Where the source manifest points: the dev server. */
const DEV_URL = "https://localhost:3000/";
const DEV_SERVER_PORT = 3000;

/**
 * Where the production manifest points. Set it in package.json "config": {"prodUrl": "..."}
 * (npm passes it to scripts as npm_package_config_prodUrl, so `npm run build` can be pointed
 * elsewhere without editing the file). It must be https and end with "/".
 */
const PRODUCTION_URL = process.env.npm_package_config_prodUrl || packageJson.config.prodUrl;

/**
 * Microsoft requires office.js from its CDN (never bundled) for add-ins it distributes. This is the
 * address "Referencing the Office JavaScript API library" documents since September 2026, on
 * Microsoft's unified cloud domain; it replaced the older appsforoffice.microsoft.com address.
 * office.js loads the rest of itself from the same folder, so the page's CSP names this origin.
 */
const OFFICE_JS_CDN = "https://officeapis.public.onecdn.static.microsoft/1/office.js";

/** office-addin-dev-certs writes here; its getHttpsServerOptions() cannot be used (it runs sudo). */
const DEV_CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

const FUNCTIONS_SOURCE = path.resolve(__dirname, "src/functions/functions.ts");

/**
 * The manifest's custom-functions <Script>: the functions with a webpack runtime of their own, so
 * the file works alone (as the JavaScript-only runtime would load it). taskpane.html does not load
 * it: the page gets the functions from its shared-runtime chunks, so they register once there.
 */
const STANDALONE_FUNCTIONS = "functions-standalone";

function checkProductionUrl(url) {
  if (typeof url !== "string" || !/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(
      `package.json config.prodUrl must be an https URL ending in "/" (got ${JSON.stringify(url)})`
    );
  }
  if (url.startsWith(DEV_URL)) {
    throw new Error(`package.json config.prodUrl must not be the dev server (${DEV_URL})`);
  }
  return url;
}

/** Rewrites every dev-server URL in the manifest (all of them, not just the first). */
function productionManifest(xml, productionUrl) {
  return xml.split(DEV_URL).join(productionUrl);
}

/** The dev certificates when office-addin-dev-certs has generated them, else null. */
function readDevCerts(dir = DEV_CERTS_DIR) {
  const paths = ["ca.crt", "localhost.crt", "localhost.key"].map((name) => path.join(dir, name));
  if (!paths.every((file) => fs.existsSync(file))) return null;
  const [ca, cert, key] = paths.map((file) => fs.readFileSync(file));
  return { ca, cert, key };
}

function devServerTransport(serving) {
  if (!serving) return undefined;
  const certs = readDevCerts();
  if (certs) return { type: "https", options: certs };
  console.warn(
    `\n[llr] WARNING: no dev certificates in ${DEV_CERTS_DIR}; serving plain http://localhost:${DEV_SERVER_PORT}.\n` +
      "[llr] Office needs https: run `npx office-addin-dev-certs install` and restart the dev server.\n"
  );
  return { type: "http" };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const productionUrl = production ? checkProductionUrl(PRODUCTION_URL) : null;

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the page will run under a CSP without 'unsafe-eval'.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      // runtime: false keeps runtimeChunk "single" from taking this entry's runtime out of it.
      [STANDALONE_FUNCTIONS]: { import: "./src/functions/functions.ts", runtime: false },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lazy chunks load relative to the page, and every page is served from this one folder. The
      // default "auto" works the folder out from document.currentScript when the runtime starts,
      // and throws where there is no document (test/addin/build.test.ts runs the runtime and the
      // custom functions in a bare script context, as a JavaScript-only runtime would).
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checking is a separate step (`npm run typecheck`), which keeps builds fast.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // One webpack runtime for every entry on the page, so a module imported by the task pane
      // and by the custom functions is instantiated once: that is the point of a shared runtime.
      runtimeChunk: "single",
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The functions go first so the custom functions register before the React bundle runs:
        // Excel loads this page headless to calculate, often with no task pane open.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        inject: "head",
        officeJs: OFFICE_JS_CDN,
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? productionManifest(content.toString(), productionUrl) : content,
          },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Runs right after office.js; kept out of the HTML because the CSP forbids inline scripts.
          { from: "src/taskpane/officeShim.js", to: "officeShim.js" },
          { from: "src/help/help.html", to: "help.html" },
        ],
      }),
      // manifest.json, the unified manifest, from the manifest.xml and functions.json above.
      new UnifiedManifestPlugin({ xml: "manifest.xml", functions: "functions.json" }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devServerTransport(Boolean(env.WEBPACK_SERVE)),
      static: false,
      // Hot module replacement would add its runtime to the custom functions' chunk too.
      hot: false,
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.PRODUCTION_URL = PRODUCTION_URL;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.STANDALONE_FUNCTIONS = STANDALONE_FUNCTIONS;
module.exports.productionManifest = productionManifest;
module.exports.checkProductionUrl = checkProductionUrl;
module.exports.readDevCerts = readDevCerts;
