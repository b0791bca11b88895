#!/usr/bin/env node
/** The `llr-workforce` executable (built to lib/cli/main.js). */
import { processIo } from "./io";
import { run } from "./run";

void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
