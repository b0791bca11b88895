/**
 * The Content-Security-Policy of the add-in's pages, as written in the sources (the e2e security
 * test checks the built pages carry the same and that the preview runs under it). Each directive
 * is pinned, so loosening the policy is a visible decision in review, not an accident.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { cspAndFirstScript, cspMetaContents, parseCsp } from "../e2e/support/csp";

const ROOT = resolve(__dirname, "../..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const webpackConfig = require(join(ROOT, "webpack.config.js")) as { OFFICE_JS_CDN: string };

/** The CDN office.js comes from, then the address it replaced (the page says why both). */
const OFFICE_CDN_HOSTS = [
  "https://officeapis.public.onecdn.static.microsoft",
  "https://appsforoffice.microsoft.com",
];

const TASKPANE_POLICY: [string, string[]][] = [
  ["default-src", ["'self'"]],
  ["script-src", ["'self'", ...OFFICE_CDN_HOSTS]],
  ["style-src", ["'self'", "'unsafe-inline'"]],
  ["img-src", ["'self'", "data:"]],
  ["connect-src", ["'self'"]],
  ["frame-src", OFFICE_CDN_HOSTS],
  ["object-src", ["'none'"]],
  ["base-uri", ["'self'"]],
  ["form-action", ["'none'"]],
];

const HELP_POLICY: [string, string[]][] = [
  ["default-src", ["'none'"]],
  ["object-src", ["'none'"]],
  ["base-uri", ["'none'"]],
  ["form-action", ["'none'"]],
];

function policyOf(file: string) {
  const metas = cspMetaContents(read(file));
  expect(metas).toHaveLength(1);
  return parseCsp(metas[0]);
}

describe.each([
  ["src/taskpane/taskpane.html", TASKPANE_POLICY],
  ["src/help/help.html", HELP_POLICY],
])("%s", (file, expected) => {
  it("has exactly the pinned directives", () => {
    expect([...policyOf(file).keys()].sort()).toEqual(expected.map(([name]) => name).sort());
  });

  it.each(expected)("%s is %j", (directive, sources) => {
    expect(policyOf(file).get(directive)).toEqual(sources);
  });

  it("puts the CSP meta tag before any script, so it covers all of them", () => {
    const { csp, script } = cspAndFirstScript(read(file));
    expect(csp).toBeGreaterThanOrEqual(0);
    if (script >= 0) expect(csp).toBeLessThan(script);
  });

  it("has no inline script and no inline event handler (the policy would refuse them)", () => {
    // Comments and the template's <%= … %> placeholders are not markup.
    const html = read(file)
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<%=[\s\S]*?%>/g, "template-value");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(
      scripts.filter(([, attrs, body]) => !/\ssrc=/.test(attrs) || body.trim() !== "")
    ).toEqual([]);
    expect(html.match(/\son[a-z]+\s*=/gi)).toBeNull();
  });
});

describe("task pane script-src", () => {
  const scriptSrc = () => policyOf("src/taskpane/taskpane.html").get("script-src") ?? [];

  it("allows the office.js URL the build puts in the page", () => {
    expect(scriptSrc()).toContain(new URL(webpackConfig.OFFICE_JS_CDN).origin);
  });

  it("lets office.js frame its own error page from the folder it came from", () => {
    const frameSrc = policyOf("src/taskpane/taskpane.html").get("frame-src") ?? [];
    expect(frameSrc).toContain(new URL(webpackConfig.OFFICE_JS_CDN).origin);
  });

  it.each([
    "'unsafe-inline'",
    "'unsafe-eval'",
    "'wasm-unsafe-eval'",
    "*",
    "https:",
    "http:",
    "data:",
    "blob:",
  ])("does not allow %s", (source) => {
    expect(scriptSrc()).not.toContain(source);
  });
});
