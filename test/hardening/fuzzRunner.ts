/**
 * How the fuzz tests run: a fixed seed (FUZZ_SEED, else the constant below) so CI replays the
 * same cases every time, run counts from the environment, and a failure message that says how
 * to replay the counterexample.
 *
 *   FUZZ_SEED=123 npx jest test/hardening            another fixed seed
 *   FUZZ_RUNS=20000 npx jest test/hardening          more runs for every pure property
 *   FUZZ_IO_RUNS=200 npx jest test/hardening/fuzz.roundTrip.test.ts
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> npx jest <file>    replay one failure (both are printed)
 */
import fc from "fast-check";

const DEFAULT_SEED = 20231130;

function envInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return n;
}

export const FUZZ_SEED = envInteger("FUZZ_SEED") ?? DEFAULT_SEED;
const FUZZ_RUNS = envInteger("FUZZ_RUNS");
const FUZZ_IO_RUNS = envInteger("FUZZ_IO_RUNS");
const FUZZ_PATH = process.env.FUZZ_PATH?.trim() || undefined;

/** Runs for a pure property: FUZZ_RUNS when set, else the property's CI default. */
export const pureRuns = (ciDefault: number): number => FUZZ_RUNS ?? ciDefault;
/** Runs for a property that writes files. */
export const ioRuns = (ciDefault: number): number => FUZZ_IO_RUNS ?? ciDefault;

/**
 * fc.assert with the fixed seed. fast-check's own report (seed, path, shrunk counterexample) is
 * kept and prefixed with the command that replays it.
 */
export async function fuzz<Ts>(
  testFile: string,
  property: fc.IRawProperty<Ts>,
  numRuns: number
): Promise<void> {
  const params: fc.Parameters<Ts> = {
    seed: FUZZ_SEED,
    numRuns,
    // The failing assertion goes into the report itself, next to the counterexample.
    includeErrorInReport: true,
    ...(FUZZ_PATH !== undefined ? { path: FUZZ_PATH, endOnFailure: true } : {}),
  };
  try {
    await fc.assert(property, params);
  } catch (e) {
    const report = e instanceof Error ? e.message : String(e);
    const path = /path: "([^"]*)"/.exec(report)?.[1];
    const replay = `FUZZ_SEED=${FUZZ_SEED}${path ? ` FUZZ_PATH=${path}` : ""} npx jest ${testFile}`;
    throw new Error(`Fuzz failure with seed ${FUZZ_SEED}; replay with: ${replay}\n\n${report}`);
  }
}
