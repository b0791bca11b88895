/** The WorkbookHost the task pane uses inside Excel: a thin face over excelApi.ts. */
import type { WorkbookHost } from "../workbook/host";
import {
  applyPlanInExcel,
  clearHighlightsInExcel,
  highlightInExcel,
  readWorkbookSnapshot,
  selectInExcel,
} from "./excelApi";

export function createExcelHost(): WorkbookHost {
  return {
    kind: "excel",
    readSnapshot: (onProgress) => readWorkbookSnapshot(onProgress),
    select: (sheet, address) => selectInExcel(sheet, address),
    applyPlan: (plan, onProgress) => applyPlanInExcel(plan, onProgress),
    highlight: (plans) => highlightInExcel(plans),
    clearHighlights: (marker) => clearHighlightsInExcel(marker),
  };
}
