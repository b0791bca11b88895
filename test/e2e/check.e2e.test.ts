/**
 * End to end in Debian's chromium: the production build of the task pane, opened outside Office,
 * runs Check on the preview's workbooks. The expected issue lists come from validate() on the
 * same snapshots in Node, so this test checks the pane shows exactly what the validator finds.
 *
 * Two ways of being outside Office are covered: office.js unreachable (the CDN is not routed and
 * this machine has no internet, so the page is offline) and office.js loaded from the package
 * but not in an Office client (Office.onReady gives host null).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sampleJson from "../../seeds/llr-m7-sample.snapshot.json";
import { validate, type ValidationIssue } from "../../src/domain/validation/validate";
import { plantProblems } from "../../src/preview/plantProblems";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { DIST, ROOT, ensureProductionBuild } from "./support/build";
import { launchChromium, routeOfficeCdn } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/server";

jest.setTimeout(120_000);

const ARTIFACTS = path.join(ROOT, "test-artifacts");
const sample = sampleJson as unknown as WorkbookSnapshot;
const withProblems = plantProblems(sample);

let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const metrics: Record<string, unknown> = {};

beforeAll(async () => {
  metrics.buildMs = await ensureProductionBuild();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.close();
  if (fs.existsSync(path.join(DIST, "taskpane.js"))) {
    const js = fs.readFileSync(path.join(DIST, "taskpane.js"));
    metrics.taskpaneJsBytes = js.length;
    metrics.taskpaneJsGzipBytes = zlib.gzipSync(js, { level: 9 }).length;
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, "e2e-metrics.json"), JSON.stringify(metrics, null, 2));
});

interface OpenPane {
  readonly page: Page;
  readonly pageErrors: string[];
  /** ms from navigation start until the pane was usable. */
  readonly readyMs: number;
}

async function openPane(
  name: string,
  options: { routeOffice: boolean; query?: string }
): Promise<OpenPane> {
  const context = await browser.newContext({ viewport: { width: 420, height: 860 } });
  contexts.push(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  if (options.routeOffice) await routeOfficeCdn(page);
  await page.goto(`${server.url}/taskpane.html${options.query ?? ""}`);
  await page.getByRole("button", { name: "Check workbook" }).waitFor();
  const readyMs = await page.evaluate(
    () => performance.getEntriesByName("llr:pane-ready")[0]?.startTime ?? -1
  );
  metrics[`${name}.paneReadyMs`] = Math.round(readyMs);
  return { page, pageErrors, readyMs };
}

async function runCheck(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Check workbook" }).click();
  await page.getByRole("button", { name: "Check again" }).waitFor();
}

type Row = readonly [severity: string, code: string, sheet: string, cell: string, message: string];

function expectedRows(issues: readonly ValidationIssue[]): Row[] {
  return issues.map((i) => [
    i.severity === "error" ? "Error" : "Warning",
    i.code,
    i.sheet,
    i.cell,
    i.message,
  ]);
}

function renderedRows(page: Page): Promise<Row[]> {
  return page.$$eval("[data-issue-key]", (rows) =>
    rows.map(
      (row) =>
        [...row.querySelectorAll('[role="gridcell"]')].map(
          (c) => c.textContent ?? ""
        ) as unknown as Row
    )
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The pane shows exactly validate()'s list, in order, with the right counts. */
async function expectIssueList(page: Page, issues: readonly ValidationIssue[]): Promise<void> {
  if (issues.length === 0) {
    await page.getByText("No problems found").waitFor();
    expect(await page.locator("[data-issue-key]").count()).toBe(0);
    return;
  }
  expect(await renderedRows(page)).toEqual(expectedRows(issues));
  const errors = issues.filter((i) => i.severity === "error").length;
  expect(await page.getByTestId("error-count").textContent()).toBe(plural(errors, "error"));
  expect(await page.getByTestId("warning-count").textContent()).toBe(
    plural(issues.length - errors, "warning")
  );
}

function selectedText(page: Page): Promise<string | null> {
  return page.getByTestId("preview-selection").textContent();
}

/** Waits briefly for the viewer to show `text`, then asserts it (so a failure shows both values). */
async function expectSelected(page: Page, text: string): Promise<void> {
  await page
    .waitForFunction(
      (t) => document.querySelector('[data-testid="preview-selection"]')?.textContent === t,
      text,
      { timeout: 5000 }
    )
    .catch(() => undefined);
  expect(await selectedText(page)).toBe(text);
}

describe("task pane Check in chromium (preview host)", () => {
  it("offline (office.js unreachable): checks the sample workbook and shows validate()'s issues", async () => {
    const { page, pageErrors, readyMs } = await openPane("offline", { routeOffice: false });
    expect(readyMs).toBeGreaterThan(0);
    await expect(page.getByTestId("preview-banner").textContent()).resolves.toContain(
      "Office.js could not be loaded"
    );

    await runCheck(page);
    await expectIssueList(page, validate(sample));

    // The later tabs load on demand (the Pack tab itself is tested in pack.e2e.test.ts).
    await page.getByRole("tab", { name: "Pack", exact: true }).click();
    await page.getByRole("button", { name: "Create pack" }).waitFor();
    await page.getByRole("tab", { name: "Check", exact: true }).click();

    // Choosing the sample with problems in the banner opens it and starts a fresh pane.
    await page.getByTestId("preview-workbook").selectOption("bad");
    await runCheck(page);
    await expectIssueList(page, validate(withProblems.snapshot));
    expect(pageErrors).toEqual([]);
  });

  it("outside Office (office.js loaded, host null): ?workbook=bad lists the planted problems and selects cells", async () => {
    const { page, pageErrors } = await openPane("hostNull", {
      routeOffice: true,
      query: "?workbook=bad",
    });
    await expect(page.getByTestId("preview-banner").textContent()).resolves.toContain(
      "Opened outside Excel"
    );
    expect(
      await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)
    ).toBe("object");

    await runCheck(page);
    const issues = validate(withProblems.snapshot);
    await expectIssueList(page, issues);
    for (const planted of withProblems.planted) {
      expect(issues.some((i) => i.sheet === planted.sheet && i.cell === planted.cell)).toBe(true);
    }

    // Clicking a row selects its cell in the (preview) workbook.
    const rows = await renderedRows(page);
    const before = await selectedText(page);
    const target = rows.findIndex(
      ([, , sheet, cell]) => cell !== "" && `Selected: ${sheet}!${cell}` !== before
    );
    expect(target).toBeGreaterThanOrEqual(0);
    await page.locator("[data-issue-key]").nth(target).click();
    const [, , sheet, cell] = rows[target];
    await expectSelected(page, `Selected: ${sheet}!${cell}`);
    await expect(
      page
        .locator(`[data-testid="preview-grid"] td[aria-current="true"]`)
        .first()
        .getAttribute("data-address")
    ).resolves.toBe(cell.split(":")[0]);

    // Keyboard: arrow down to the next row, Enter selects its cell.
    const next = rows.findIndex((r, i) => i > target && r[3] !== "");
    if (next > target) {
      for (let i = target; i < next; i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await expectSelected(page, `Selected: ${rows[next][2]}!${rows[next][3]}`);
    }

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "check.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
