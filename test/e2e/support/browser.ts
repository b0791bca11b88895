/** Debian's chromium driven by playwright-core, with the launch flags verified on this machine. */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "./build";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The CDN folder the built page loads office.js from (webpack.config.js decides it). */
export const OFFICE_CDN = new URL(
  ".",
  (require(path.join(ROOT, "webpack.config.js")) as { OFFICE_JS_CDN: string }).OFFICE_JS_CDN
).href;
const OFFICE_JS_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the e2e tests.`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Serves the Office CDN from the office-js package, so office.js loads as it would online. */
export async function routeOfficeCdn(page: Page): Promise<void> {
  await page.route(`${OFFICE_CDN}**`, async (route) => {
    const rel = route
      .request()
      .url()
      .slice(OFFICE_CDN.length)
      .replace(/[?#].*$/, "");
    const file = path.join(OFFICE_JS_DIST, rel);
    if (!file.startsWith(OFFICE_JS_DIST + path.sep) || !fs.existsSync(file)) {
      await route.fulfill({ status: 404, body: "not in @microsoft/office-js" });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: "text/javascript",
      body: fs.readFileSync(file),
    });
  });
}
