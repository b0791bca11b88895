// Runs the production webpack build once (about 15 s) into a temporary folder and checks what
// would be deployed: functions.json, the one shared-runtime page and the production manifest.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { createContext, runInContext } from "vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { allElements, parseXml } from "./xmlTree";

const ROOT = resolve(__dirname, "../..");
const FUNCTIONS_SOURCE = join(ROOT, "src/functions/functions.ts");
const OFFICE_JS_CDN = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
const PRODUCTION_URL = (require(join(ROOT, "package.json")) as { config: { prodUrl: string } })
  .config.prodUrl;

interface FunctionsMetadata {
  functions: { id: string; name: string; parameters: { name: string }[] }[];
}

let out: string;
let build: { status: number | null; output: string };

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "llr-dist-"));
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.npm_package_config_prodUrl; // build with the URL in package.json
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--output-path",
      out,
    ],
    { cwd: ROOT, env, encoding: "utf8", timeout: 180_000 }
  );
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 200_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

function dist(file: string): string {
  return readFileSync(join(out, file), "utf8");
}

describe("production build", () => {
  it("succeeds", () => {
    // The tail of webpack's report says what broke.
    expect({
      status: build.status,
      tail: build.status === 0 ? "" : build.output.slice(-3000),
    }).toEqual({
      status: 0,
      tail: "",
    });
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

  it("writes source maps for the bundles", () => {
    for (const name of ["runtime", "functions", "commands", "taskpane"]) {
      expect(existsSync(join(out, `${name}.js.map`))).toBe(true);
    }
  });
});
