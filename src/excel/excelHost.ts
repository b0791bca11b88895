/**
 * The WorkbookHost the task pane uses inside Excel: one session (what has been learnt about this
 * Excel) for the life of the pane, and one Excel.run per operation.
 */
import type { WorkbookHost } from "../workbook/host";
import type { RequirementsLike } from "./requirements";
import { createExcelSession, type ExcelSession } from "./session";
import { readSnapshot } from "./read/readSnapshot";
import { applyPlan } from "./write/applyPlan";
import { clearHighlights, highlight } from "./highlight";
import { selectRange } from "./select";

export interface ExcelHostOptions {
  /** Office.context.requirements by default; tests pass the fake's. */
  readonly requirements?: RequirementsLike;
  /** A session to share, for tests that look at what it learnt. */
  readonly session?: ExcelSession;
}

export function createExcelHost(options: ExcelHostOptions = {}): WorkbookHost {
  const session = options.session ?? createExcelSession(options.requirements);
  return {
    kind: "excel",
    readSnapshot: (onProgress) =>
      Excel.run((context) => readSnapshot(context, session, onProgress)),
    select: (sheet, address) => Excel.run((context) => selectRange(context, sheet, address)),
    applyPlan: (plan, onProgress) =>
      Excel.run((context) => applyPlan(context, session, plan, onProgress)),
    highlight: (plans) => Excel.run((context) => highlight(context, session, plans)),
    clearHighlights: (marker) => Excel.run((context) => clearHighlights(context, session, marker)),
  };
}
