/**
 * Accessibility end to end in Debian's chromium, on the production build in the browser preview:
 * - axe-core on every tab of the task pane (Check before and after a check, Pack before and after
 *   making a pack, Coding before and after finding mismatches), the preview's banner and sheet
 *   viewer included: no serious or critical violation. Every finding, minor ones too, is written
 *   to test-artifacts/a11y.json for review;
 * - the keyboard alone: Tab to Check, Enter runs it, the arrows walk the issues, Enter and Space
 *   select an issue's cell in the workbook.
 */
import * as fs from "fs";
import * as path from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { DIST, ROOT, ensureProductionBuild } from "./support/build";
import { launchChromium } from "./support/browser";
import { createPack, findMismatches, openTab, runCheck } from "./support/everyTab";
import { serveDirectory, type StaticServer } from "./support/server";
import { openWatchedPage, type WatchedPage } from "./support/watchedPage";

jest.setTimeout(180_000);

const ARTIFACTS = path.join(ROOT, "test-artifacts");

let server: StaticServer;
let browser: Browser;
const pages: WatchedPage[] = [];
const findings: Record<string, unknown> = {};

beforeAll(async () => {
  await ensureProductionBuild();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
}, 400_000);

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context.close()));
  await browser?.close();
  await server?.close();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, "a11y.json"), JSON.stringify(findings, null, 2));
});

async function openPane(query = ""): Promise<Page> {
  const watched = await openWatchedPage(browser, { office: "offline" });
  pages.push(watched);
  await watched.page.goto(`${server.url}/taskpane.html${query}`);
  await watched.page.getByRole("button", { name: "Check workbook" }).waitFor();
  return watched.page;
}

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type AxeNode = AxeResults["violations"][number]["nodes"][number];

/**
 * Nodes axe flags that are not barriers. Tabster (Fluent's focus manager) puts focusable,
 * aria-hidden <i data-tabster-dummy> guards around tab lists and grids; they pass focus straight
 * on and are hidden from screen readers on purpose (microsoft/tabster#288; Accessibility Insights
 * suppresses the same result). Only these nodes are dropped; the rule still runs on every other.
 */
const NOT_BARRIERS: readonly { rule: string; why: string; node: (n: AxeNode) => boolean }[] = [
  {
    rule: "aria-hidden-focus",
    why: "tabster focus guards (data-tabster-dummy)",
    node: (n) => n.html.includes("data-tabster-dummy"),
  },
];

async function scan(page: Page, state: string): Promise<string[]> {
  // Fluent animates colours when a button toggles; a scan mid-transition measures the contrast of
  // a colour that is never at rest. Let every finite transition settle first (a cancelled one
  // rejects, an endless spinner never ends: neither is waited for).
  await page.evaluate(() =>
    Promise.allSettled(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished)
    )
  );
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !NOT_BARRIERS.some((x) => x.rule === v.id && x.node(n))),
    }))
    .filter((v) => v.nodes.length > 0);
  findings[state] = violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`
    );
}

describe("axe-core on every tab of the task pane (preview)", () => {
  let page: Page;

  // One pane, walked in order like a user: each state builds on the one before.
  beforeAll(async () => {
    page = await openPane("?workbook=bad");
  });

  it("Check, before a check", async () => {
    expect(await scan(page, "check-idle")).toEqual([]);
  });

  it("Check, with the issues listed, filtered and one selected", async () => {
    await runCheck(page);
    await page.locator("[data-issue-key]").first().click();
    expect(await scan(page, "check-done")).toEqual([]);
    await page.getByRole("button", { name: /^Errors \(/ }).click();
    expect(await scan(page, "check-filtered")).toEqual([]);
  });

  it("Pack, before making the pack", async () => {
    await openTab(page, "Pack");
    await page.getByRole("button", { name: "Create pack" }).waitFor();
    expect(await scan(page, "pack-idle")).toEqual([]);
  });

  it("Pack, with the pack made (tables and charts)", async () => {
    await createPack(page);
    expect(await scan(page, "pack-done")).toEqual([]);
  });

  it("Coding, before finding mismatches", async () => {
    await openTab(page, "Coding");
    expect(await scan(page, "coding-idle")).toEqual([]);
  });

  it("Coding, with the findings listed", async () => {
    await findMismatches(page);
    expect(await scan(page, "coding-done")).toEqual([]);
  });
});

describe("the axe check can fail", () => {
  it("reports a nameless button and an unlabelled image as serious or critical (canary)", async () => {
    const page = await openPane();
    await page.evaluate(() => {
      const main = document.querySelector("main") ?? document.body;
      main.append(
        document.createElement("button"),
        Object.assign(new Image(), { src: "assets/icon-32.png" })
      );
    });
    const found = await scan(page, "canary");
    expect(found.map((f) => f.split(":")[0])).toEqual(
      expect.arrayContaining(["critical button-name", "critical image-alt"])
    );
  });
});

describe("keyboard only", () => {
  /** Presses Tab until `target` has focus; fails after `limit` presses. */
  async function tabTo(page: Page, target: Locator, limit = 30): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`${limit} presses of Tab did not reach ${target.toString()}`);
  }

  const focusedIssue = (page: Page) =>
    page.evaluate(() => document.activeElement?.getAttribute("data-issue-key") ?? null);

  const selection = (page: Page) => page.getByTestId("preview-selection").textContent();

  /** Sheet and cell of the issue row with this key, as the grid shows them. */
  async function addressOf(page: Page, key: string): Promise<string> {
    const cells = await page
      .locator(`[data-issue-key="${key}"] [role="gridcell"]`)
      .allTextContents();
    return `${cells[2]}!${cells[3]}`;
  }

  async function expectSelected(page: Page, address: string): Promise<void> {
    await page.waitForFunction(
      (t) => document.querySelector('[data-testid="preview-selection"]')?.textContent === t,
      `Selected: ${address}`
    );
    expect(await selection(page)).toBe(`Selected: ${address}`);
  }

  it("Tab to Check, Enter runs it, arrows walk the issues, Enter and Space select the cell", async () => {
    const page = await openPane("?workbook=bad");
    const rows = page.locator("[data-issue-key]");

    const check = page.getByRole("button", { name: "Check workbook" });
    await tabTo(page, check);
    await page.keyboard.press("Enter");
    const again = page.getByRole("button", { name: "Check again" });
    await again.waitFor();
    // Focus stays on the button while and after it runs.
    expect(await again.evaluate((el) => el === document.activeElement)).toBe(true);

    // Tab into the list: its first row takes focus.
    const keys = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-issue-key")));
    expect(keys.length).toBeGreaterThan(2);
    await tabTo(page, rows.first());
    expect(await focusedIssue(page)).toBe(keys[0]);

    // Down walks the rows; Enter selects the focused issue's cell.
    const before = await selection(page);
    let at = 0;
    while (at < keys.length - 1 && `Selected: ${await addressOf(page, keys[at]!)}` === before) {
      await page.keyboard.press("ArrowDown");
      at++;
      expect(await focusedIssue(page)).toBe(keys[at]);
    }
    const first = await addressOf(page, keys[at]!);
    expect(`Selected: ${first}`).not.toBe(before);
    await page.keyboard.press("Enter");
    await expectSelected(page, first);

    // Space selects too; Up walks back.
    let next = at + 1;
    await page.keyboard.press("ArrowDown");
    while (next < keys.length - 1 && (await addressOf(page, keys[next]!)) === first) {
      await page.keyboard.press("ArrowDown");
      next++;
    }
    expect(await focusedIssue(page)).toBe(keys[next]);
    const second = await addressOf(page, keys[next]!);
    await page.keyboard.press(" ");
    await expectSelected(page, second);
    await page.keyboard.press("ArrowUp");
    expect(await focusedIssue(page)).toBe(keys[next - 1]);
    await page.keyboard.press("Enter");
    await expectSelected(page, await addressOf(page, keys[next - 1]!));

    // Shift+Tab back to the button; Space runs the check again and the list is back.
    await page.keyboard.press("Shift+Tab");
    const back = page.getByRole("button", { name: "Check again" });
    for (let i = 0; i < 10 && !(await back.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Shift+Tab");
    expect(await back.evaluate((el) => el === document.activeElement)).toBe(true);
    // The run is seen starting however quickly it ends: a DOM observer notes "Checking…".
    await page.evaluate(() => {
      const w = window as unknown as { __sawChecking?: boolean };
      w.__sawChecking = false;
      new MutationObserver(() => {
        if (document.body.textContent?.includes("Checking…")) w.__sawChecking = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.press(" ");
    await page.waitForFunction(
      () => (window as unknown as { __sawChecking?: boolean }).__sawChecking
    );
    await page.getByRole("button", { name: "Check again" }).waitFor();
    expect(await rows.count()).toBe(keys.length);
  });
});
