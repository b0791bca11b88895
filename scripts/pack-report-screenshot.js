#!/usr/bin/env node
/**
 * Makes assets/pack-report.png, the README's picture of the pack's HTML report: run `npm run demo`
 * first, then `node scripts/pack-report-screenshot.js`. Debian's chromium through playwright-core;
 * the picture shows the report's top (the WTE table) and four of its six charts, kept under 300 KB.
 */
const path = require("node:path");
const { existsSync } = require("node:fs");
const { pathToFileURL } = require("node:url");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..");
const report = path.join(root, "out", "llr-pack-oct-23.html");
const picture = path.join(root, "assets", "pack-report.png");

async function main() {
  if (!existsSync(report)) throw new Error(`${report} is missing: run npm run demo first`);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
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
  try {
    const page = await browser.newPage({
      viewport: { width: 1100, height: 800 },
      deviceScaleFactor: 1,
    });
    await page.goto(pathToFileURL(report).href);
    // The other tables and the last two charts are left out to keep the picture small.
    await page.addStyleTag({
      content:
        "#CostVariance, #AgencyVariance, #PriceCap, #Vacancies, #PlanVsActualWTE, #PlanVsActualCost, footer, figure:nth-child(n+5) { display: none !important; }",
    });
    await page.screenshot({ path: picture, fullPage: true });
  } finally {
    await browser.close();
  }
  process.stdout.write(`Wrote ${picture}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
