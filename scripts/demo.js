#!/usr/bin/env node
/**
 * `npm run demo`: checks the sample workbook, fills its Month 7 pack into out/ as a workbook
 * (live tables, native charts) and a self-contained HTML report, says where they are, and ends
 * with the staff-group coding mismatch summary.
 * Runs the built CLI (lib/cli, made by `npm run build:cli` just before).
 */
const fs = require("node:fs");
const path = require("node:path");
const { run } = require("../lib/cli/run");
const { processIo } = require("../lib/cli/io");

const root = path.resolve(__dirname, "..");
const sample = path.join(root, "seeds", "llr-m7-sample.xlsx");
const outDir = path.join(root, "out");
const workbook = path.join(outDir, "llr-pack-oct-23.xlsx");
const report = path.join(outDir, "llr-pack-oct-23.html");

async function main() {
  const io = processIo();
  io.stdout(`== llr-workforce validate ${path.relative(root, sample)}\n`);
  const checked = await run(["validate", sample], io);
  if (checked !== 0) {
    io.stderr(`demo: the sample workbook did not validate (exit ${checked}); no pack written.\n`);
    return checked;
  }
  fs.mkdirSync(outDir, { recursive: true });
  io.stdout(
    `\n== llr-workforce fill ${path.relative(root, sample)} -o ${path.relative(root, workbook)} --html ${path.relative(root, report)}\n`
  );
  const filled = await run(["fill", sample, "-o", workbook, "--html", report], io);
  if (filled !== 0) return filled;
  io.stdout(`\n== llr-workforce mismatches ${path.relative(root, sample)} --summary\n`);
  // Exit 1 means "mismatches found", which is what the sample is built to show.
  const mismatches = await run(["mismatches", sample, "--summary"], io);
  if (mismatches > 1) return mismatches;
  io.stdout(
    `\nDemo output:\n  workbook with the pack sheet: ${workbook}\n  HTML report (open in a browser): ${report}\n`
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`demo: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  }
);
