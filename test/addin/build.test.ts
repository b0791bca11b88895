// Checks what `npm run build` would deploy: functions.json, the one shared-runtime page, the
// custom functions' standalone script and the two production manifests. It reads the production build
// in dist/ that the browser e2e tests use too (test/e2e/support/build.ts builds it once, and only
// when a source is newer), so the whole suite pays for one production build.
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { createContext, runInContext } from "vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DIST, ensureProductionBuild } from "../e2e/support/build";
import { schemaErrors } from "./appManifestSchema";
import { allElements, parseXml } from "./xmlTree";

const ROOT = resolve(__dirname, "../..");
const FUNCTIONS_SOURCE = join(ROOT, "src/functions/functions.ts");
const OFFICE_JS_CDN = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
const STANDALONE_FUNCTIONS_JS = "functions-standalone.js";
/** The URL the build used: package.json config.prodUrl unless npm_package_config_prodUrl says otherwise. */
const PRODUCTION_URL = (require(join(ROOT, "webpack.config.js")) as { PRODUCTION_URL: string })
  .PRODUCTION_URL;

interface FunctionsMetadata {
  functions: { id: string; name: string; parameters: { name: string }[] }[];
}

const out = DIST;
let buildError = "";

beforeAll(async () => {
  try {
    await ensureProductionBuild();
  } catch (e) {
    buildError = (e as Error).message;
  }
}, 600_000);

function dist(file: string): string {
  return readFileSync(join(out, file), "utf8");
}

describe("production build", () => {
  it("succeeds", () => {
    // The tail of webpack's report says what broke.
    expect(buildError).toBe("");
  });

  it("writes functions.json with exactly the functions the source declares", async () => {
    const fromSource = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE, false);
    expect(fromSource.errors).toEqual([]);
    const expected = JSON.parse(fromSource.metadataJson) as FunctionsMetadata;
    const built = JSON.parse(dist("functions.json")) as FunctionsMetadata;
    expect(built.functions.length).toBeGreaterThan(0);
    expect(built).toEqual(expected);
  });

  it("registers every function when the page runs the runtime, functions and commands bundles", () => {
    const built = JSON.parse(dist("functions.json")) as FunctionsMetadata;
    const registered: [string, string][] = [];
    const page: Record<string, unknown> = {
      CustomFunctions: { associate: (id: string, fn: unknown) => registered.push([id, typeof fn]) },
    };
    page.self = page;
    page.window = page;
    createContext(page);
    for (const file of ["runtime.js", "functions.js", "commands.js"]) {
      runInContext(dist(file), page, { filename: file });
    }
    expect(registered).toEqual(built.functions.map(({ id }) => [id, "function"]));
  });

  describe(`${STANDALONE_FUNCTIONS_JS}, the manifest's custom-functions script`, () => {
    /** Runs the files in one bare script context, as Office's JavaScript-only runtime would. */
    function runAlone(files: string[]) {
      const registered: [string, string][] = [];
      // Only what that runtime is sure to offer: no window, self or document.
      const context = createContext({
        CustomFunctions: {
          associate: (id: string, fn: unknown) => registered.push([id, typeof fn]),
        },
      });
      for (const file of files) runInContext(dist(file), context, { filename: file });
      return registered;
    }

    it("registers every function of functions.json when it runs alone", () => {
      const built = JSON.parse(dist("functions.json")) as FunctionsMetadata;
      expect(built.functions.length).toBeGreaterThan(0);
      expect(runAlone([STANDALONE_FUNCTIONS_JS])).toEqual(
        built.functions.map(({ id }) => [id, "function"])
      );
    });

    it("is needed: the page's functions.js cannot run without the shared runtime.js", () => {
      expect(() => runAlone(["functions.js"])).toThrow();
    });

    it("is what the production manifest names, and the page does not load it", () => {
      const urls = allElements(parseXml(dist("manifest.xml")))
        .filter((e) => e.attrs.id === "Functions.Script.Url")
        .map((e) => e.attrs.DefaultValue);
      expect(urls).toEqual([`${PRODUCTION_URL}${STANDALONE_FUNCTIONS_JS}`]);
      expect(dist("taskpane.html")).not.toContain(STANDALONE_FUNCTIONS_JS);
    });
  });

  describe("taskpane.html", () => {
    const scripts = () =>
      [...dist("taskpane.html").matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(
        ([, attrs, body]) => ({
          // The production HTML is minified, so attribute values may be unquoted.
          src:
            /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(attrs)?.slice(1).find(Boolean) ?? null,
          deferred: /\b(defer|async)\b/.test(attrs),
          body: body.trim(),
        })
      );

    it("loads office.js from the CDN, then the shim, then the runtime and the three bundles", () => {
      expect(scripts().map((s) => s.src)).toEqual([
        OFFICE_JS_CDN,
        "officeShim.js",
        "runtime.js",
        "functions.js",
        "commands.js",
        "taskpane.js",
      ]);
    });

    it("blocks on office.js and the shim only, and has no inline script", () => {
      expect(scripts().map((s) => s.deferred)).toEqual([false, false, true, true, true, true]);
      expect(scripts().filter((s) => s.body !== "")).toEqual([]);
      expect(dist("taskpane.html")).not.toMatch(/\son[a-z]+=/i);
    });

    it("has the React root and every script it loads", () => {
      expect(dist("taskpane.html")).toMatch(/<div id="?root"?><\/div>/);
      for (const { src } of scripts()) {
        if (src && !src.startsWith("https://")) expect(existsSync(join(out, src))).toBe(true);
      }
    });

    it("ships a shim that stands in for CustomFunctions only when office.js is missing", () => {
      const shim = dist("officeShim.js");
      const run = (globals: Record<string, unknown>) => {
        const window: Record<string, unknown> = { ...globals };
        new Function("window", "Office", shim)(window, globals.Office);
        return window.CustomFunctions as { associate?: unknown } | undefined;
      };
      expect(typeof run({})?.associate).toBe("function");
      const real = { associate: () => undefined };
      expect(run({ Office: {}, CustomFunctions: real })).toBe(real);
    });
  });

  describe("manifest.xml", () => {
    it("points at the production URL only", () => {
      const manifest = dist("manifest.xml");
      expect(manifest).not.toMatch(/localhost/i);
      expect(manifest).toContain(`${PRODUCTION_URL}taskpane.html`);
    });

    it("points only at files the build wrote", () => {
      const urls = allElements(parseXml(dist("manifest.xml")))
        .map((e) => e.attrs.DefaultValue)
        .filter((v): v is string => v !== undefined && v.includes("://"));
      expect(urls.length).toBeGreaterThan(8);
      for (const url of urls) {
        expect(url.startsWith(PRODUCTION_URL)).toBe(true);
        expect({ url, exists: existsSync(join(out, url.slice(PRODUCTION_URL.length))) }).toEqual({
          url,
          exists: true,
        });
      }
    });
  });

  describe("manifest.json, the unified manifest", () => {
    type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const manifest = () => JSON.parse(dist("manifest.json")) as Json;
    const functionsJson = () => JSON.parse(dist("functions.json")) as { functions: Json[] };
    const customFunctions = () => manifest().extensions[0].runtimes[0].customFunctions as Json;

    it("is valid offline against the schema @microsoft/app-manifest ships for its version", () => {
      expect(Number(manifest().manifestVersion)).toBeGreaterThanOrEqual(1.24);
      expect(schemaErrors(manifest())).toEqual([]);
    });

    it("declares every custom function of functions.json, in namespace LLR", () => {
      const built = functionsJson().functions;
      expect(customFunctions().namespace).toEqual({ id: "LLR", name: "LLR" });
      expect(customFunctions().functions.map((f: Json) => f.id)).toEqual(built.map((f) => f.id));
      for (const [i, fn] of built.entries()) {
        expect(customFunctions().functions[i]).toMatchObject({
          name: fn.name,
          parameters: fn.parameters,
          result: { dimensionality: fn.result.dimensionality },
        });
      }
    });

    it("points at the production URL only, and only at files the build wrote", () => {
      const text = dist("manifest.json");
      expect(text).not.toMatch(/localhost/i);
      const helpUrls = new Set(functionsJson().functions.map((f) => f.helpUrl as string));
      const urls = (text.match(/https:\/\/[^"]+/g) ?? []).filter(
        (url) => !helpUrls.has(url) && url !== manifest().$schema
      );
      expect(urls.length).toBeGreaterThan(10);
      const origin = new URL(PRODUCTION_URL).origin;
      for (const url of urls) {
        if (url === origin) continue; // validDomains
        expect(url.startsWith(PRODUCTION_URL)).toBe(true);
        expect({ url, exists: existsSync(join(out, url.slice(PRODUCTION_URL.length))) }).toEqual({
          url,
          exists: true,
        });
      }
      expect(manifest().validDomains).toEqual([origin]);
    });

    it("names its icons by paths inside dist/, where the app package expects them", () => {
      const { outline, color } = manifest().icons as { outline: string; color: string };
      for (const icon of [outline, color]) expect(existsSync(join(out, icon))).toBe(true);
    });
  });

  it("writes source maps for the bundles", () => {
    for (const name of ["runtime", "functions", "commands", "taskpane", "functions-standalone"]) {
      expect(existsSync(join(out, `${name}.js.map`))).toBe(true);
    }
  });
});
