/** Which workbooks the preview offers. Kept apart from the sample data so the first bundle stays small. */

export type PreviewWorkbookId = "sample" | "bad";

export interface PreviewWorkbookInfo {
  readonly id: PreviewWorkbookId;
  readonly label: string;
}

export const PREVIEW_WORKBOOKS: readonly PreviewWorkbookInfo[] = [
  { id: "sample", label: "Sample workbook (Month 7)" },
  { id: "bad", label: "Sample with problems" },
];

export function isPreviewWorkbookId(value: string): value is PreviewWorkbookId {
  return PREVIEW_WORKBOOKS.some((w) => w.id === value);
}

/** `?workbook=bad` opens the sample with problems; anything else the plain sample. */
export function previewWorkbookFromQuery(search: string): PreviewWorkbookId {
  const wanted = new URLSearchParams(search).get("workbook")?.trim().toLowerCase();
  return wanted === "bad" || wanted === "problems" ? "bad" : "sample";
}
