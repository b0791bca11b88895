#!/usr/bin/env node
/**
 * `npm test` runs this first: the browser and spreadsheet tests need Debian's chromium and
 * LibreOffice Calc. On a fresh Debian machine where we are root, install what is missing with
 * apt-get (the same packages .ci/run installs); anywhere else, say what to install and go on,
 * so the tests that need them fail with a clear message rather than this script guessing.
 */
const { execFileSync } = require("child_process");
const { existsSync } = require("fs");

const tools = [
  { name: "chromium", present: () => existsSync("/usr/bin/chromium"), apt: ["chromium"] },
  {
    name: "LibreOffice Calc",
    present: () => existsSync("/usr/bin/soffice") || existsSync("/usr/lib/libreoffice/program/soffice"),
    apt: ["--no-install-recommends", "libreoffice-calc"],
  },
];

const missing = tools.filter((t) => !t.present());
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (!isRoot || !hasApt) {
  console.warn(`ensure-test-tools: missing ${missing.map((t) => t.name).join(", ")}; install them (Debian: ` +
    `apt-get install chromium libreoffice-calc) or the tests that use them will fail.`);
  process.exit(0);
}

const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
console.log(`ensure-test-tools: installing ${missing.map((t) => t.name).join(", ")} with apt-get`);
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
for (const tool of missing) {
  execFileSync("apt-get", ["install", "-y", "-qq", ...tool.apt], { stdio: ["ignore", "ignore", "inherit"], env });
}
