/**
 * Which workbook the pane works on: Excel when Office.js says so, otherwise the browser preview.
 * Every path settles: office.js missing (offline), loaded outside Office (host null), another
 * Office app, an error, or no answer within the timeout.
 */

/** The part of the Office global the decision needs, so tests can pass a fake. */
export interface OfficeLike {
  onReady(): Promise<{ readonly host: unknown }>;
  readonly HostType?: { readonly Excel?: unknown };
}

export type PreviewReason =
  "office-missing" | "outside-office" | "other-host" | "office-timeout" | "office-error";

export type HostChoice =
  | { readonly kind: "excel" }
  | { readonly kind: "preview"; readonly reason: PreviewReason; readonly detail?: string };

export const OFFICE_READY_TIMEOUT_MS = 2000;

/** The global Office object, or undefined when office.js did not load. */
export function officeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}

export function chooseHost(
  office: OfficeLike | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS
): Promise<HostChoice> {
  if (!office) return Promise.resolve({ kind: "preview", reason: "office-missing" });
  const excel = office.HostType?.Excel ?? "Excel";
  return new Promise<HostChoice>((resolve) => {
    const timer = setTimeout(
      () => resolve({ kind: "preview", reason: "office-timeout" }),
      timeoutMs
    );
    const settle = (choice: HostChoice) => {
      clearTimeout(timer);
      resolve(choice);
    };
    let ready: Promise<{ readonly host: unknown }>;
    try {
      ready = Promise.resolve(office.onReady());
    } catch (e) {
      settle({ kind: "preview", reason: "office-error", detail: messageOf(e) });
      return;
    }
    ready.then(
      (info) => {
        const host = info?.host ?? null;
        if (host === null || host === undefined)
          settle({ kind: "preview", reason: "outside-office" });
        else if (host === excel) settle({ kind: "excel" });
        else settle({ kind: "preview", reason: "other-host", detail: String(host) });
      },
      (e: unknown) => settle({ kind: "preview", reason: "office-error", detail: messageOf(e) })
    );
  });
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Why the pane is showing the preview, in words for the banner. */
export function previewReasonText(choice: Extract<HostChoice, { kind: "preview" }>): string {
  switch (choice.reason) {
    case "office-missing":
      return "Office.js could not be loaded (offline?), so the pane runs on a built-in sample workbook.";
    case "outside-office":
      return "Opened outside Excel, so the pane runs on a built-in sample workbook.";
    case "other-host":
      return `This add-in works in Excel; in ${choice.detail ?? "this app"} it runs on a built-in sample workbook.`;
    case "office-timeout":
      return "Office did not answer in time, so the pane runs on a built-in sample workbook.";
    case "office-error":
      return `Office reported an error (${choice.detail ?? "unknown"}), so the pane runs on a built-in sample workbook.`;
  }
}
