/**
 * End to end in Debian's chromium: the production build opened as Excel opens it, with Office's
 * `_host_Info` in the URL, and an office.js whose Office.onReady answers Excel only after 5 s, as
 * a cold Excel start does. The pane must say it is connecting, then open on Excel, and never show
 * the preview (whose banner a MutationObserver watches for from the first byte of the page) nor
 * download the sample workbook. Opened without `_host_Info`, the same office.js shows that a
 * preview started while Office was silent gives way to Excel when Excel answers.
 *
 * office.js is a stand-in served at the CDN address the page asks for; every other request off
 * this machine is refused, so the page cannot hang on the real CDN.
 */
import * as fs from "fs";
import * as path from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { DIST, ensureProductionBuild } from "./support/build";
import { launchChromium } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/server";

jest.setTimeout(120_000);

const ANSWER_AFTER_MS = 5000;
const HOST_INFO = "?_host_Info=Excel$Win32$16.01$en-GB$$$$0";

/**
 * The stand-in office.js: Office becomes ready ANSWER_AFTER_MS after the script runs, and then
 * every onReady call, earlier or later, resolves with host Excel (as office.js does). This Excel
 * lacks ExcelApi 1.12, so the pane must explain the optional feature that needs it.
 */
const FAKE_OFFICE_JS = `
(function () {
  var answer = null;
  var waiting = [];
  setTimeout(function () {
    answer = { host: "Excel", platform: "PC" };
    window.__llrOfficeReadyAt = performance.now();
    waiting.splice(0).forEach(function (resolve) { resolve(answer); });
  }, ${ANSWER_AFTER_MS});
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { PC: "PC" },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          return !(name === "ExcelApi" && version === "1.12");
        }
      }
    },
    onReady: function (callback) {
      var ready = new Promise(function (resolve) {
        if (answer) resolve(answer); else waiting.push(resolve);
      });
      return callback ? ready.then(function (info) { callback(info); return info; }) : ready;
    }
  };
  window.CustomFunctions = { associate: function () {} };
  window.Excel = {
    run: function () {
      window.__llrExcelRuns = (window.__llrExcelRuns || 0) + 1;
      return Promise.reject(new Error("Excel.run is not part of this start-up test"));
    }
  };
})();
`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await ensureProductionBuild();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The lazy chunks that carry the sample workbook: Excel mode must never ask for them. */
function sampleChunks(): string[] {
  return fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js"))
    .filter((f) => fs.readFileSync(path.join(DIST, f), "utf8").includes("llr-m7-sample.xlsx"));
}

/** Serious or critical axe-core violations, less Fluent's tabster focus guards (see a11y.e2e.test.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter(
        (n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))
      ),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

interface Watched {
  readonly page: Page;
  readonly requests: string[];
  readonly pageErrors: string[];
}

async function openPane(query: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 420, height: 860 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.route(
    (url) => url.origin !== server.url,
    async (route) => {
      if (new URL(route.request().url()).pathname.endsWith("/office.js")) {
        await route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE_JS });
      } else {
        await route.abort("internetdisconnected");
      }
    }
  );
  await page.addInitScript(() => {
    const flags = window as unknown as {
      __llrSawBanner?: boolean;
      __llrBannerText?: string;
      __llrSawConnecting?: boolean;
    };
    new MutationObserver(() => {
      const banner = document.querySelector('[data-testid="preview-banner"]');
      if (banner) {
        flags.__llrSawBanner = true;
        flags.__llrBannerText ??= banner.textContent ?? "";
      }
      if (document.querySelector('[data-testid="connecting"]')) flags.__llrSawConnecting = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(`${server.url}/taskpane.html${query}`);
  return { page, requests, pageErrors };
}

describe("start-up inside Excel in chromium", () => {
  it("a 5 s Office.onReady: Connecting to Excel, then the Excel pane, never the preview", async () => {
    const chunks = sampleChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const { page, requests, pageErrors } = await openPane(HOST_INFO);

    // The spinner has an accessible name (it only exists until Office answers).
    await page.getByRole("progressbar", { name: "Connecting to Excel…" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Check workbook" }).waitFor({ timeout: 30_000 });
    const timing = await page.evaluate(() => ({
      officeReadyAt: (window as unknown as { __llrOfficeReadyAt: number }).__llrOfficeReadyAt,
      paneReadyAt: performance.getEntriesByName("llr:pane-ready")[0]?.startTime ?? -1,
    }));
    expect(timing.officeReadyAt).toBeGreaterThanOrEqual(ANSWER_AFTER_MS);
    expect(timing.paneReadyAt).toBeGreaterThanOrEqual(timing.officeReadyAt);

    const flags = await page.evaluate(() => {
      const w = window as unknown as { __llrSawBanner?: boolean; __llrSawConnecting?: boolean };
      return { banner: w.__llrSawBanner ?? false, connecting: w.__llrSawConnecting ?? false };
    });
    expect(flags).toEqual({ banner: false, connecting: true });
    await expect(page.locator("header").textContent()).resolves.not.toContain("preview");
    expect(await page.getByTestId("connecting").count()).toBe(0);

    // The requirement check ran against this Excel: ExcelApi 1.12 is missing, nothing else.
    const bar = page.getByTestId("requirements-bar");
    await expect(bar.textContent()).resolves.toContain("This Excel lacks ExcelApi 1.12");
    await expect(bar.textContent()).resolves.not.toContain("update Excel; some actions may fail");
    expect(await seriousViolations(page)).toEqual([]);

    const fetched = requests.map((u) => new URL(u).pathname.replace(/^\//, ""));
    expect(fetched.filter((f) => chunks.includes(f))).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([
      expect.stringMatching(/\/office\.js$/),
    ]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("outside Office, the same late answer replaces the preview that started after 2 s", async () => {
    const { page, pageErrors } = await openPane("");
    // The banner goes once Excel answers (the preview's own pane has a Check button too).
    await page.waitForFunction(
      () =>
        (window as unknown as { __llrSawBanner?: boolean }).__llrSawBanner === true &&
        !document.querySelector('[data-testid="preview-banner"]'),
      undefined,
      { timeout: 30_000 }
    );
    await page.getByRole("button", { name: "Check workbook" }).waitFor();
    await expect(page.locator("header").textContent()).resolves.not.toContain("preview");
    // The observer that proves the first test never showed the banner does see it here, with the
    // reason the preview started.
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __llrSawBanner?: boolean; __llrBannerText?: string };
      return { banner: w.__llrSawBanner ?? false, text: w.__llrBannerText ?? "" };
    });
    expect(seen.banner).toBe(true);
    expect(seen.text).toContain("Office has not answered");
    expect(await page.getByTestId("connecting").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
