#!/usr/bin/env node
/*
 * `npm run audit:prod`: npm audit of the production dependencies (what ships in the add-in and the
 * CLI), failing on any high or critical advisory that scripts/audit-allowlist.json does not
 * accept with a reason. Exit codes:
 *   0  no high or critical advisory (or each one is accepted in the allowlist)
 *   1  high or critical advisories: each is listed with its package, title and link
 *   2  the audit did not run (the registry's advisory endpoint is unreachable or refused the
 *      request, or npm's output could not be read). Nothing was checked, so this fails too,
 *      unless LLR_AUDIT_OFFLINE_OK=1 says this machine is known to have no advisory service:
 *      then it prints that the audit did NOT run and exits 0. Set it only where that is true
 *      (an offline mirror that answers 405 to npm's POST), never to quiet a failing audit.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const FAILING = new Set(["high", "critical"]);
const ALLOWLIST = path.join(__dirname, "audit-allowlist.json");

/** Advisories (not "depends on" chains) in an npm audit --json report, one per link. */
function advisoriesOf(report) {
  const byUrl = new Map();
  for (const vuln of Object.values(report.vulnerabilities ?? {})) {
    for (const via of vuln.via ?? []) {
      if (typeof via !== "object" || via === null) continue; // a package name: the chain, not the advisory
      const key = via.url || `${via.name}#${via.source}`;
      if (!byUrl.has(key)) {
        byUrl.set(key, {
          id: via.url ? via.url.split("/").pop() : String(via.source),
          url: via.url ?? "",
          package: via.name,
          title: via.title ?? "",
          severity: via.severity ?? "unknown",
          range: via.range ?? "",
        });
      }
    }
  }
  return [...byUrl.values()];
}

/**
 * Why npm's output is not a report. `registry` is true when npm says the advisory service failed
 * (an HTTP error such as 405, or a network error such as ENOTFOUND): the one case
 * LLR_AUDIT_OFFLINE_OK may excuse. Output that cannot be read is never excused.
 */
function failureOf(parsed, stdout, stderr) {
  if (parsed && typeof parsed === "object" && (parsed.statusCode || parsed.message)) {
    const message = String(parsed.message ?? `HTTP ${parsed.statusCode}`);
    const where =
      parsed.uri && !message.includes(parsed.uri)
        ? ` (${parsed.method ?? "request"} ${parsed.uri})`
        : "";
    return { why: `the registry's advisory service failed: ${message}${where}`, registry: true };
  }
  const tail = `${stderr}\n${stdout}`.trim().split("\n").slice(-3).join(" | ");
  return {
    why: tail ? `npm's output could not be read: ${tail}` : "npm printed nothing",
    registry: false,
  };
}

/**
 * The verdict on one run of `npm audit --omit=dev --json`, without running anything, so it can be
 * tested: { exitCode, lines }.
 */
function evaluateAudit(stdout, { stderr = "", offlineOk = false, allowlist = [] } = {}) {
  let parsed = null;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    parsed = null;
  }

  if (!parsed || typeof parsed.auditReportVersion !== "number") {
    const { why, registry } = failureOf(parsed, stdout, stderr);
    const notice = `audit:prod: the audit did NOT run: ${why}. No advisory was checked.`;
    if (offlineOk && registry) {
      return {
        exitCode: 0,
        lines: [
          notice,
          "audit:prod: passing only because LLR_AUDIT_OFFLINE_OK=1 says this machine has no advisory service.",
        ],
      };
    }
    return {
      exitCode: 2,
      lines: [
        notice,
        "audit:prod: run it where the registry's audit endpoint is reachable (or set LLR_AUDIT_OFFLINE_OK=1 where it is known not to be).",
      ],
    };
  }

  const accepted = new Map(allowlist.map((a) => [a.id, a]));
  const advisories = advisoriesOf(parsed);
  const failing = advisories.filter((a) => FAILING.has(a.severity));
  const blocking = failing.filter((a) => !accepted.has(a.id));
  const counts = parsed.metadata?.vulnerabilities ?? {};
  const lines = [
    `audit:prod: ${advisories.length} advisor${advisories.length === 1 ? "y" : "ies"} in production dependencies ` +
      `(critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0} packages).`,
  ];
  for (const a of failing) {
    const allowed = accepted.get(a.id);
    lines.push(
      `  ${a.severity.toUpperCase()} ${a.package} ${a.range}: ${a.title} ${a.url}` +
        (allowed ? `\n    accepted in scripts/audit-allowlist.json: ${allowed.reason}` : "")
    );
  }
  const stale = allowlist.filter((a) => !advisories.some((x) => x.id === a.id));
  for (const a of stale)
    lines.push(`  note: allowlist entry ${a.id} no longer matches any advisory; remove it.`);
  if (blocking.length > 0) {
    lines.push(
      `audit:prod: FAILED: ${blocking.length} high or critical advisor${blocking.length === 1 ? "y" : "ies"} not accepted in scripts/audit-allowlist.json.`
    );
    return { exitCode: 1, lines };
  }
  lines.push("audit:prod: no high or critical advisory blocks the build.");
  return { exitCode: 0, lines };
}

function readAllowlist(file = ALLOWLIST) {
  if (!fs.existsSync(file)) return [];
  const list = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const entry of list) {
    if (!entry.id || !entry.reason)
      throw new Error(`${file}: every entry needs an "id" (GHSA-…) and a "reason"`);
  }
  return list;
}

function main() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], {
    cwd: path.resolve(__dirname, ".."),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === "win32",
  });
  if (run.error) {
    console.error(`audit:prod: could not start npm: ${run.error.message}`);
    process.exit(2);
  }
  const verdict = evaluateAudit(run.stdout ?? "", {
    stderr: run.stderr ?? "",
    offlineOk: process.env.LLR_AUDIT_OFFLINE_OK === "1",
    allowlist: readAllowlist(),
  });
  const write = verdict.exitCode === 0 ? console.log : console.error;
  for (const line of verdict.lines) write(line);
  process.exit(verdict.exitCode);
}

if (require.main === module) main();

module.exports = { evaluateAudit, advisoriesOf, readAllowlist };
