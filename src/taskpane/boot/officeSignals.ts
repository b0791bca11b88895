/**
 * What the page can tell about Office before and after office.js answers: the `_host_Info`
 * parameter Office adds to the pane's URL, the Office global, and Office.onReady's host.
 */
import type { OfficeAnswer } from "./startupMachine";

/** The part of the Office global start-up needs, so tests can pass a fake. */
export interface OfficeLike {
  onReady(): Promise<{ readonly host: unknown }>;
  readonly HostType?: { readonly Excel?: unknown };
}

/** The global Office object, or undefined when office.js did not load. */
export function officeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}

/**
 * True when the query string carries a non-empty `_host_Info`, the parameter Office adds when it
 * opens the pane (office.js reads it the same way). Matched without regard to case, since hosts
 * have spelt it differently.
 */
export function hasHostInfo(search: string): boolean {
  return /(?:^|[?&])_host_info=[^&#]/i.test(search);
}

/** Office.onReady's answer: Excel, no host (a plain browser), or another Office app. */
export function answerOf(
  office: OfficeLike,
  info: { readonly host: unknown } | undefined
): OfficeAnswer {
  const host = info?.host ?? null;
  if (host === null) return { kind: "none" };
  if (host === (office.HostType?.Excel ?? "Excel")) return { kind: "excel" };
  return { kind: "other", host: String(host) };
}

export function messageOf(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return typeof e === "string" && e ? e : "unknown error";
}
