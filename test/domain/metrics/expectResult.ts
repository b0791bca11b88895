import type { Result } from "../../../src/domain/result";
import type { MetricError } from "../../../src/domain/metrics/metricError";

/** Asserts an ok numeric result to 12 significant places (metrics are plain arithmetic). */
export function expectValue(
  result: Result<number | string, MetricError>,
  expected: number | string
): void {
  if (!result.ok)
    throw new Error(
      `expected ${expected}, got error ${result.error.code}: ${result.error.message}`
    );
  if (typeof expected === "number") expect(result.value as number).toBeCloseTo(expected, 12);
  else expect(result.value).toBe(expected);
}

export function expectError(
  result: Result<number | string, MetricError>,
  code: MetricError["code"],
  message?: RegExp
): void {
  if (result.ok) throw new Error(`expected ${code}, got ${result.value}`);
  expect(result.error.code).toBe(code);
  if (message) expect(result.error.message).toMatch(message);
}
