/** Office.js errors as the adapter meets them: a code to branch on, never the message text. */

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
