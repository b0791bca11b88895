/**
 * Walking the task pane's tabs in the preview the way a user does: run a check, make a pack, find
 * coding mismatches. Shared by the security and accessibility e2e tests, so a renamed button is
 * fixed here once.
 */
import type { Locator, Page } from "playwright-core";

export type TabName = "Check" | "Pack" | "Coding";

/** Opens a tab and waits until its (lazily loaded) panel has replaced the loading spinner. */
export async function openTab(page: Page, name: TabName): Promise<Locator> {
  await page.getByRole("tab", { name, exact: true }).click();
  const panel = page.locator(`#panel-${name.toLowerCase()}`);
  await panel.waitFor();
  await panel.getByText("Loading…", { exact: true }).waitFor({ state: "detached" });
  return panel;
}

export async function runCheck(page: Page): Promise<void> {
  const panel = await openTab(page, "Check");
  await panel.getByRole("button", { name: /^Check (workbook|again)$/ }).click();
  await panel.getByRole("button", { name: "Check again" }).waitFor();
}

/** Creates the pack and waits for its charts (drawn as data: images in the preview). */
export async function createPack(page: Page): Promise<void> {
  const panel = await openTab(page, "Pack");
  await panel.getByRole("button", { name: "Create pack" }).click();
  await panel.locator('[data-testid="pack-charts"] img').first().waitFor();
}

export async function findMismatches(page: Page): Promise<void> {
  const panel = await openTab(page, "Coding");
  await panel.getByRole("button", { name: /^Find (mismatches|again)$/ }).click();
  await panel.getByRole("button", { name: "Find again" }).waitFor();
}

/** Every tab with its job done once, ending back on Check. */
export async function useEveryTab(page: Page): Promise<void> {
  await runCheck(page);
  await page.locator("[data-issue-key]").first().click();
  await createPack(page);
  await findMismatches(page);
  await openTab(page, "Check");
}
