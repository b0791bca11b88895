/** The workbooks the browser preview can open: the Month 7 sample, and the same with planted problems. */
import sampleJson from "../../seeds/llr-m7-sample.snapshot.json";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { plantProblems } from "./plantProblems";
import type { PreviewWorkbookId } from "./workbookChoices";

export const sampleSnapshot: WorkbookSnapshot = sampleJson as unknown as WorkbookSnapshot;

export function previewWorkbook(id: PreviewWorkbookId): WorkbookSnapshot {
  return id === "bad" ? plantProblems(sampleSnapshot).snapshot : sampleSnapshot;
}
