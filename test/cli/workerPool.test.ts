/**
 * The worker pool behind `validate` on many files: results in input order whatever order the
 * workers finish in, a crashed worker costs only its own job, and workers get the heap the pool
 * asks for. The worker script is plain JavaScript written to a temp folder (a worker cannot load
 * the TypeScript sources).
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DEFAULT_WORKER_YOUNG_GENERATION_MB, mapOnWorkers } from "../../src/cli/workerPool";

type Job = { readonly n: number; readonly delayMs?: number; readonly crash?: boolean };
type Answer = {
  readonly n: number;
  readonly squared?: number;
  readonly youngMb?: number;
  readonly crashed?: string;
};

let dir: string;
let script: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "llr-pool-"));
  script = join(dir, "worker.js");
  writeFileSync(
    script,
    `const { parentPort, resourceLimits } = require("node:worker_threads");
     parentPort.on("message", ({ index, request }) => {
       if (request.crash) process.exit(3);
       setTimeout(() => parentPort.postMessage({ index, result: {
         n: request.n, squared: request.n * request.n, youngMb: resourceLimits.maxYoungGenerationSizeMb,
       } }), request.delayMs ?? 0);
     });`
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const onCrash = (job: Job, error: Error): Answer => ({ n: job.n, crashed: error.message });

describe("mapOnWorkers", () => {
  it("returns results in input order, the slow first job included", async () => {
    const jobs: Job[] = [
      { n: 1, delayMs: 150 },
      { n: 2 },
      { n: 3 },
      { n: 4, delayMs: 30 },
      { n: 5 },
    ];
    const done: number[] = [];
    const results = await mapOnWorkers<Job, Answer>(jobs, {
      script,
      size: 2,
      onCrash,
      onResult: (_, count) => done.push(count),
    });
    expect(results.map((r) => [r.n, r.squared])).toEqual([
      [1, 1],
      [2, 4],
      [3, 9],
      [4, 16],
      [5, 25],
    ]);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it("answers a crashed job with onCrash and carries on with a new worker", async () => {
    const results = await mapOnWorkers<Job, Answer>(
      [{ n: 1 }, { n: 2, crash: true }, { n: 3 }, { n: 4 }],
      {
        script,
        size: 1,
        onCrash,
      }
    );
    expect(results[1]).toEqual({ n: 2, crashed: "the worker stopped with exit code 3" });
    expect(results.filter((r) => r.crashed === undefined).map((r) => r.squared)).toEqual([
      1, 9, 16,
    ]);
  });

  it.each([
    [undefined, DEFAULT_WORKER_YOUNG_GENERATION_MB],
    [48, 48],
  ])("gives each worker a young generation of %p MB -> %p MB", async (asked, expected) => {
    const results = await mapOnWorkers<Job, Answer>([{ n: 1 }, { n: 2 }], {
      script,
      size: 2,
      onCrash,
      ...(asked === undefined ? {} : { youngGenerationMb: asked }),
    });
    expect(results.map((r) => r.youngMb)).toEqual([expected, expected]);
  });

  it("resolves at once with no jobs", async () => {
    await expect(mapOnWorkers<Job, Answer>([], { script, size: 2, onCrash })).resolves.toEqual([]);
  });
});
