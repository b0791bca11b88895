/**
 * Makes sure dist/ holds a production build of the current sources, building once when it is
 * missing or older than any input. A lock keeps parallel e2e files from building at once.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createHash } from "crypto";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
/**
 * Written after this helper's production build. webpack cleans dist/ on every build, so a later
 * `npm run build:dev` removes it and the next e2e run rebuilds instead of testing a dev bundle.
 */
const BUILD_MARK = path.join(DIST, ".e2e-production-build");
const INPUTS = [
  "src",
  "seeds/llr-m7-sample.snapshot.json",
  "webpack.config.js",
  "package.json",
  "tsconfig.json",
  "manifest.xml",
  "assets",
  // The build runs scripts/manifest/ to write manifest.json.
  "scripts/manifest",
];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function distIsStale(): boolean {
  if (!fs.existsSync(BUILD_MARK)) return true;
  const built = fs.statSync(BUILD_MARK).mtimeMs;
  return INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > built);
}

const LOCK = path.join(
  os.tmpdir(),
  `llr-e2e-build-${createHash("sha1").update(ROOT).digest("hex").slice(0, 8)}.lock`
);
const STALE_LOCK_MS = 5 * 60_000;

async function withLock<T>(work: () => T): Promise<T> {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (fs.existsSync(LOCK) ? fs.statSync(LOCK).mtimeMs : Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds when needed; returns how long the build took in ms (0 when dist/ was fresh). */
export async function ensureProductionBuild(): Promise<number> {
  if (!fs.existsSync(path.join(ROOT, "webpack.config.js"))) {
    throw new Error(
      "webpack.config.js is missing, so the task pane cannot be built for the e2e test."
    );
  }
  return withLock(() => {
    if (!distIsStale()) return 0;
    const started = Date.now();
    try {
      execFileSync(
        process.execPath,
        [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
        {
          cwd: ROOT,
          stdio: "pipe",
          env: { ...process.env, NODE_ENV: "production" },
        }
      );
    } catch (e) {
      const out = e as { stdout?: Buffer; stderr?: Buffer };
      const log = `${out.stdout?.toString() ?? ""}\n${out.stderr?.toString() ?? ""}`;
      throw new Error(`The production build failed:\n${log.slice(-4000)}`);
    }
    fs.writeFileSync(BUILD_MARK, new Date().toISOString());
    return Date.now() - started;
  });
}
