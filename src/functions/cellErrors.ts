import type { MetricError } from "../domain/metrics/metricError";

/** A per-cell failure: the metric errors plus #N/A, which only the face needs (missing input, unknown label). */
export interface CellError {
  readonly code: MetricError["code"] | "NA";
  readonly message: string;
}

export const cellError = (code: CellError["code"], message: string): CellError => ({
  code,
  message,
});

/**
 * The Excel error for a cell. Only #VALUE! and #N/A can carry a message in Excel (the ErrorCode
 * reference says a custom message "can't be used" with #DIV/0! and #NUM!), so the others go bare.
 */
export function toExcelError(error: CellError): CustomFunctions.Error {
  switch (error.code) {
    case "VALUE":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    case "NA":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
    case "DIV0":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "NUM":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  }
}

/** A call-level failure (shapes, flags): one #VALUE! in the formula's cell, returned as a 1x1 matrix. */
export const wholeCallError = (message: string): CustomFunctions.Error[][] => [
  [toExcelError(cellError("VALUE", message))],
];
