/**
 * `npm run eval`: precision and recall of the coding reconciliation per code over the generated
 * corpus (fixed seed). Exits 1 when a code falls below the goal of 0.95.
 *
 * Usage: npm run eval [-- --seed 5 --workbooks 200 --examples --recodingNoise 4 ...(any threshold)]
 */
import { buildCorpus } from "./corpus";
import { formatReport, score } from "./score";

const GOAL = 0.95;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

function main(): void {
  const seed = option("seed", 5);
  const workbooks = option("workbooks", 200);
  const started = Date.now();
  const corpus = buildCorpus({ seed, workbooks });
  const built = Date.now();
  const thresholds: Record<string, number> = {};
  for (const key of [
    "recodingNoise",
    "recodingMatch",
    "recodingTotalMove",
    "materialWte",
    "materialThousands",
    "unitCostShift",
  ]) {
    const v = option(key, NaN);
    if (Number.isFinite(v)) thresholds[key] = v;
  }
  const report = score(corpus, { thresholds });
  const scored = Date.now();
  const staffRows = corpus.reduce(
    (n, wb) => n + (wb.snapshot.sheets.find((s) => s.name === "Staff")?.values.length ?? 1) - 1,
    0
  );
  console.log(
    `Coding reconciliation: ${workbooks} generated workbooks (seed ${seed}), ${staffRows} Staff rows.`
  );
  console.log(`Built in ${built - started} ms, reconciled and scored in ${scored - built} ms.\n`);
  console.log(formatReport(report));
  if (process.argv.includes("--examples")) console.log(`\n${report.examples.join("\n")}`);
  const below = report.scores.filter((s) => s.precision < GOAL || s.recall < GOAL);
  if (below.length > 0) {
    console.log(`\nBelow the goal of ${GOAL}: ${below.map((s) => s.code).join(", ")}.`);
    process.exitCode = 1;
  } else {
    console.log(`\nEvery code meets the goal of ${GOAL} for precision and recall.`);
  }
}

main();
