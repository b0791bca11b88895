/** The workbooks the browser preview can open: the Month 7 sample, the same with planted problems, and with hostile text. */
import sampleJson from "../../seeds/llr-m7-sample.snapshot.json";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { hostileWorkbook } from "./hostileWorkbook";
import { plantProblems } from "./plantProblems";
import type { PreviewWorkbookId } from "./workbookChoices";

export const sampleSnapshot: WorkbookSnapshot = sampleJson as unknown as WorkbookSnapshot;

export function previewWorkbook(id: PreviewWorkbookId): WorkbookSnapshot {
  if (id === "bad") return plantProblems(sampleSnapshot).snapshot;
  return id === "hostile" ? hostileWorkbook(sampleSnapshot).snapshot : sampleSnapshot;
}
