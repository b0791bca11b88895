/** Errors shaped like OfficeExtension.Error: a `code` the adapter branches on, and a message. */

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    location?: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

export function officeError(code: string, message: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, location);
}

/** A mistake in the code under test that Office.js would also reject, or a gap in the fake. */
export class FakeUsageError extends Error {
  constructor(message: string) {
    super(`Fake Excel: ${message}`);
    this.name = "FakeUsageError";
  }
}
