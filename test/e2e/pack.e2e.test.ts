/**
 * End to end in Debian's chromium: the production build of the task pane, opened outside Office
 * (the browser preview on the sample workbook), creates the Month 7 pack. Every figure the page
 * shows is compared with buildPack() run in Node on the same snapshot, formatted with the same
 * formatter as the Excel number formats; the charts must load as images; the table links select
 * the table on the new sheet in the preview's workbook.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sampleJson from "../../seeds/llr-m7-sample.snapshot.json";
import { buildPack } from "../../src/domain/pack/build";
import { packPlan } from "../../src/domain/pack/plan";
import type { Pack, PackTable } from "../../src/domain/pack/model";
import { formatPackValue } from "../../src/report/formatValue";
import { a1 } from "../../src/workbook/a1";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { DIST, ROOT, ensureProductionBuild } from "./support/build";
import { launchChromium } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/server";

jest.setTimeout(120_000);

const ARTIFACTS = path.join(ROOT, "test-artifacts");
const sample = sampleJson as unknown as WorkbookSnapshot;
const MONTH = 7;

function buildM7(): Pack {
  const built = buildPack(sample, { month: MONTH });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}
const pack = buildM7();
const plan = packPlan(pack);

let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await ensureProductionBuild();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.close();
});

async function openPackTab(): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 420, height: 860 } });
  contexts.push(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("tab", { name: "Pack", exact: true }).click();
  await page.locator('button:has-text("Create pack"):not([disabled])').waitFor();
  return { page, pageErrors };
}

async function createPack(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Create pack" }).click();
  await page.getByTestId("pack-summary").waitFor();
}

function expectedRows(t: PackTable): string[][] {
  return [
    [...t.columns],
    ...t.rows.map((r) => [r.label, ...r.cells.map((c) => formatPackValue(c.value, c.format))]),
  ];
}

function renderedRows(page: Page, name: string): Promise<string[][]> {
  return page.$$eval(`table[data-pack-table="${name}"] tr`, (rows) =>
    rows.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? ""))
  );
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
  expect(await page.getByTestId("preview-selection").textContent()).toBe(text);
}

describe("task pane Pack in chromium (preview host)", () => {
  it("creates the Month 7 pack on the sample and shows buildPack's figures, tables and charts", async () => {
    const { page, pageErrors } = await openPackTab();

    // Defaults: the reporting month by name, every organisation of PWR ticked.
    expect(await page.getByRole("combobox", { name: "Month" }).textContent()).toBe(pack.label);
    for (const organisation of pack.organisations)
      expect(await page.getByRole("checkbox", { name: organisation }).isChecked()).toBe(true);

    await createPack(page);
    expect(await page.getByTestId("pack-sheet").textContent()).toBe(pack.sheetName);
    expect(await page.getByTestId("pack-host-messages").count()).toBe(0);

    // Every table, every figure, as formatted from the values computed in Node.
    for (const table of pack.tables) {
      expect({ table: table.name, rows: await renderedRows(page, table.name) }).toEqual({
        table: table.name,
        rows: expectedRows(table),
      });
    }
    // The published Month 7 pack (docs/published-pack.md, Table 1): Nursing, Midwifery +86 WTE in total, UHL +75.
    const wte = pack.tables.find((t) => t.name === "WTEVariance")!;
    const nursing = wte.rows.find((r) => r.label === "Nursing, Midwifery")!;
    const total = nursing.cells[wte.columns.indexOf("Total") - 1].value;
    const uhl = nursing.cells[wte.columns.indexOf("UHL") - 1].value;
    expect([total, uhl]).toEqual([86, 75]);
    const shownNursing = (await renderedRows(page, "WTEVariance")).find(
      (r) => r[0] === nursing.label
    )!;
    expect([
      shownNursing[wte.columns.indexOf("Total")],
      shownNursing[wte.columns.indexOf("UHL")],
    ]).toEqual([formatPackValue(total, "wte"), formatPackValue(uhl, "wte")]);

    // Charts: one loaded SVG image per chart of the pack.
    await page.getByTestId("pack-charts").waitFor();
    const images = page.locator("[data-testid=pack-charts] figure img");
    expect(await images.count()).toBe(pack.charts.length);
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll<HTMLImageElement>("[data-testid=pack-charts] img")].filter(
          (i) => i.complete && i.naturalWidth > 0
        ).length === n,
      pack.charts.length,
      { timeout: 10_000 }
    );
    const sources = await images.evaluateAll((imgs) =>
      imgs.map((i) => (i as HTMLImageElement).src.slice(0, 24))
    );
    expect(new Set(sources)).toEqual(new Set(["data:image/svg+xml;chars"]));
    expect(await page.locator("[data-testid=pack-charts] figcaption").allTextContents()).toEqual(
      pack.charts.map((c) => c.title)
    );

    // The new sheet is in the preview's workbook, active, with the pack's figures as Excel shows them.
    const sheetTab = page.getByRole("tab", { name: pack.sheetName });
    expect(await sheetTab.getAttribute("aria-selected")).toBe("true");

    // Each table's link selects its range on the pack sheet.
    for (const table of [plan.sheets[0].tables![0], plan.sheets[0].tables![2]]) {
      await page.getByRole("button", { name: table.name, exact: true }).click();
      await expectSelected(page, `Selected: ${pack.sheetName}!${table.range}`);
    }
    await page.getByRole("button", { name: "WTEVariance", exact: true }).click();
    await expectSelected(page, `Selected: ${pack.sheetName}!${plan.sheets[0].tables![0].range}`);
    const nursingRow = wte.at.row + 2 + wte.rows.indexOf(nursing);
    const viewerCell = page.locator(
      `[data-testid="preview-grid"] td[data-address="${a1(nursingRow, wte.at.col + wte.columns.indexOf("Total"))}"]`
    );
    expect(await viewerCell.textContent()).toBe(formatPackValue(total, "wte"));

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.getByTestId("pack-summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "pack.png") });
    // The whole pane, as tall as its content, for the README.
    const paneHeight = await page.evaluate(
      () => document.querySelector("main")?.scrollHeight ?? 860
    );
    await page.setViewportSize({ width: 420, height: Math.min(paneHeight + 320, 8000) });
    await page.screenshot({ path: path.join(ARTIFACTS, "pack-full.png") });
    await page.setViewportSize({ width: 420, height: 860 });

    // Again: the add-in's own sheet is replaced, not duplicated.
    await page.getByRole("tab", { name: "Check", exact: true }).click();
    await page.getByRole("tab", { name: "Pack", exact: true }).click();
    await createPack(page);
    expect(await page.getByTestId("pack-sheet").textContent()).toBe(pack.sheetName);
    expect(await page.getByRole("tab", { name: new RegExp(`^${pack.sheetName}`) }).count()).toBe(1);

    expect(pageErrors).toEqual([]);
  });

  it("another month and one organisation: the pack of buildPack with those options", async () => {
    const { page, pageErrors } = await openPackTab();
    const [first, ...others] = pack.organisations;
    const built = buildPack(sample, { month: MONTH - 1, organisations: [first] });
    if (!built.ok) throw new Error(built.error.message);
    const june = built.value;
    await page.getByRole("combobox", { name: "Month" }).click();
    await page.getByRole("option", { name: june.label }).click();
    for (const o of others) await page.getByRole("checkbox", { name: o }).uncheck();
    await createPack(page);
    expect(await page.getByTestId("pack-sheet").textContent()).toBe(june.sheetName);
    const wte = june.tables.find((t) => t.name === "WTEVariance")!;
    expect(await renderedRows(page, wte.name)).toEqual(expectedRows(wte));
    expect(pageErrors).toEqual([]);
  });
});
