/**
 * Office.js errors as the adapter meets them: a code to branch on, never the message text, and
 * the words the pane shows when Excel itself failed.
 */

/** The `code` of an OfficeExtension.Error ("ItemNotFound", "GeneralException", ...), if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The error's own message, for the words the pane shows after ours. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** An error Excel reported, in words for the pane; `code` stays Excel's, for callers and tests. */
export class ExcelOperationError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    cause?: unknown
  ) {
    super(message, { cause });
    this.name = "ExcelOperationError";
  }
}

/**
 * Excel's error while doing `what` ("read the workbook"), as a sentence that says what to do.
 * Errors that are not Excel's (no code: the adapter's own messages) pass through unchanged.
 */
export function excelFailure(error: unknown, what: string): unknown {
  const code = errorCode(error);
  if (code === undefined || error instanceof ExcelOperationError) return error;
  const detail = errorMessage(error);
  if (code === "InvalidOperationInCellEditMode")
    return new ExcelOperationError(
      `Excel could not ${what} while a cell is being edited: press Enter or Esc in the sheet, then try again.`,
      code,
      error
    );
  if (code === "GeneralException")
    return new ExcelOperationError(
      `Excel reported an error while trying to ${what} (GeneralException: ${detail}). Try again; if it happens again, save the workbook, close and reopen it.`,
      code,
      error
    );
  return new ExcelOperationError(`Excel could not ${what}: ${detail} (${code}).`, code, error);
}
