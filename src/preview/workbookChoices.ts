/** Which workbooks the preview offers. Kept apart from the sample data so the first bundle stays small. */

export type PreviewWorkbookId = "sample" | "bad" | "hostile";

export interface PreviewWorkbookInfo {
  readonly id: PreviewWorkbookId;
  readonly label: string;
}

export const PREVIEW_WORKBOOKS: readonly PreviewWorkbookInfo[] = [
  { id: "sample", label: "Sample workbook (Month 7)" },
  { id: "bad", label: "Sample with problems" },
  // Script-injection text in its cells; the security e2e test opens it with ?workbook=hostile.
  { id: "hostile", label: "Sample with hostile text" },
];

export function isPreviewWorkbookId(value: string): value is PreviewWorkbookId {
  return PREVIEW_WORKBOOKS.some((w) => w.id === value);
}

/** `?workbook=bad` opens the sample with problems, `?workbook=hostile` the one with hostile text; anything else the plain sample. */
export function previewWorkbookFromQuery(search: string): PreviewWorkbookId {
  const wanted = new URLSearchParams(search).get("workbook")?.trim().toLowerCase();
  if (wanted === "bad" || wanted === "problems") return "bad";
  return wanted === "hostile" ? "hostile" : "sample";
}
