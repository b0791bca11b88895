/**
 * A page that records what the security and accessibility e2e tests assert on: every request it
 * makes, every Content-Security-Policy violation, every dialog (alert/confirm/prompt) and every
 * uncaught error. Dialogs are dismissed so a stray alert cannot hang the test.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { OFFICE_CDN, routeOfficeCdn } from "./browser";

export interface CspViolation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sourceFile: string;
  readonly line: number;
  readonly column: number;
  readonly sample: string;
}

export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly requests: string[];
  readonly failedRequests: string[];
  readonly violations: CspViolation[];
  readonly dialogs: string[];
  readonly pageErrors: string[];
}

export type OfficeMode =
  /** office.js from the CDN is refused (as on a machine with no internet); the pane is the preview. */
  | "offline"
  /** The CDN is served from the @microsoft/office-js package: office.js loads, host null. */
  | "routed";

export interface WatchOptions {
  readonly office: OfficeMode;
  /** Turns the page's CSP off, to prove escaping on its own rather than behind the CSP. */
  readonly bypassCSP?: boolean;
  readonly viewport?: { width: number; height: number };
}

export async function openWatchedPage(
  browser: Browser,
  options: WatchOptions
): Promise<WatchedPage> {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    viewport: options.viewport ?? { width: 420, height: 860 },
  });
  const page = await context.newPage();
  const watched: WatchedPage = {
    page,
    context,
    requests: [],
    failedRequests: [],
    violations: [],
    dialogs: [],
    pageErrors: [],
  };
  page.on("request", (r) => watched.requests.push(r.url()));
  page.on("requestfailed", (r) => watched.failedRequests.push(r.url()));
  page.on("pageerror", (e) => watched.pageErrors.push(e.message));
  page.on("dialog", (d) => {
    watched.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  await page.exposeFunction("__llrCspViolation", (v: CspViolation) => watched.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __llrCspViolation(v: unknown): void })
        .__llrCspViolation;
      report({
        directive: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        line: e.lineNumber,
        column: e.columnNumber,
        sample: e.sample,
      });
    });
  });
  if (options.office === "routed") await routeOfficeCdn(page);
  // Refused explicitly, so the test means the same on a machine that has internet.
  else await page.route(`${OFFICE_CDN}**`, (route) => route.abort("internetdisconnected"));
  return watched;
}
