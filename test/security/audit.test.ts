/**
 * scripts/audit.js (npm run audit:prod): the verdict on npm audit's JSON, from reports shaped as
 * npm 11 prints them (auditReportVersion 2) and from the registry errors it prints instead.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const audit = require("../../scripts/audit.js") as {
  evaluateAudit(
    stdout: string,
    options?: {
      stderr?: string;
      offlineOk?: boolean;
      allowlist?: readonly { readonly id: string; readonly reason: string }[];
    }
  ): { exitCode: number; lines: string[] };
  advisoriesOf(report: unknown): { id: string; package: string; severity: string }[];
  readAllowlist(file?: string): { id: string; reason: string }[];
};

type Severity = "low" | "moderate" | "high" | "critical";

function advisory(pkg: string, severity: Severity, ghsa: string) {
  return {
    source: 1100000 + ghsa.length,
    name: pkg,
    dependency: pkg,
    title: `${pkg} does something unsafe`,
    url: `https://github.com/advisories/${ghsa}`,
    severity,
    cwe: ["CWE-79"],
    cvss: { score: 7.5, vectorString: null },
    range: "<1.2.3",
  };
}

/** A report where `pkg` has the advisory and `parent` depends on it (a "via" chain by name). */
function report(...found: [pkg: string, severity: Severity, ghsa: string][]): string {
  const vulnerabilities: Record<string, unknown> = {};
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };
  for (const [pkg, severity, ghsa] of found) {
    vulnerabilities[pkg] = {
      name: pkg,
      severity,
      isDirect: false,
      via: [advisory(pkg, severity, ghsa)],
      effects: [`parent-of-${pkg}`],
      range: "<1.2.3",
      nodes: [`node_modules/${pkg}`],
      fixAvailable: true,
    };
    vulnerabilities[`parent-of-${pkg}`] = {
      name: `parent-of-${pkg}`,
      severity,
      isDirect: true,
      via: [pkg],
      effects: [],
      range: "*",
      nodes: [`node_modules/parent-of-${pkg}`],
      fixAvailable: true,
    };
    counts[severity] += 2;
    counts.total += 2;
  }
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: counts,
      dependencies: { prod: 120, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 120 },
    },
  });
}

/** What npm 11 prints with --json when the advisory endpoint refuses the request (seen here). */
const REFUSED = JSON.stringify({
  message:
    "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  method: "POST",
  uri: "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  headers: { allow: ["GET,HEAD"] },
  statusCode: 405,
  body: "",
});

const UNREACHABLE = JSON.stringify({
  message:
    "request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org",
  method: "POST",
  uri: "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
});

describe("npm run audit:prod verdict", () => {
  it.each([
    [0, "no advisories", report(), {}],
    [
      0,
      "low and moderate only",
      report(["a", "low", "GHSA-aaaa-0001"], ["b", "moderate", "GHSA-aaaa-0002"]),
      {},
    ],
    [1, "a high advisory", report(["c", "high", "GHSA-aaaa-0003"]), {}],
    [1, "a critical advisory", report(["d", "critical", "GHSA-aaaa-0004"]), {}],
    [
      0,
      "a high advisory accepted in the allowlist",
      report(["c", "high", "GHSA-aaaa-0003"]),
      { allowlist: [{ id: "GHSA-aaaa-0003", reason: "only the CLI's dev path reaches it" }] },
    ],
    [
      1,
      "one accepted, one new high advisory",
      report(["c", "high", "GHSA-aaaa-0003"], ["e", "high", "GHSA-aaaa-0005"]),
      { allowlist: [{ id: "GHSA-aaaa-0003", reason: "accepted" }] },
    ],
    [2, "the endpoint refuses (405)", REFUSED, {}],
    [0, "the endpoint refuses (405), LLR_AUDIT_OFFLINE_OK=1", REFUSED, { offlineOk: true }],
    [2, "the registry is unreachable", UNREACHABLE, {}],
    [0, "the registry is unreachable, LLR_AUDIT_OFFLINE_OK=1", UNREACHABLE, { offlineOk: true }],
    [2, "unreadable output", "npm ERR! something broke", {}],
    [
      2,
      "unreadable output, LLR_AUDIT_OFFLINE_OK=1 (never excused)",
      "",
      { offlineOk: true, stderr: "Segmentation fault" },
    ],
  ] as const)("exit %i when %s", (exitCode, _, stdout, options) => {
    expect(audit.evaluateAudit(stdout, options).exitCode).toBe(exitCode);
  });

  it("lists each blocking advisory with its package, title and link, once", () => {
    const { lines } = audit.evaluateAudit(
      report(["c", "high", "GHSA-aaaa-0003"], ["d", "critical", "GHSA-aaaa-0004"])
    );
    const listed = lines.filter((l) => l.includes("https://github.com/advisories/"));
    expect(listed).toEqual([
      "  HIGH c <1.2.3: c does something unsafe https://github.com/advisories/GHSA-aaaa-0003",
      "  CRITICAL d <1.2.3: d does something unsafe https://github.com/advisories/GHSA-aaaa-0004",
    ]);
    expect(lines[lines.length - 1]).toMatch(/FAILED: 2 high or critical advisories/);
  });

  it("says plainly that nothing was checked when the audit did not run, even when excused", () => {
    const { lines } = audit.evaluateAudit(REFUSED, { offlineOk: true });
    expect(lines[0]).toContain("the audit did NOT run");
    expect(lines[0]).toContain("405 Method Not Allowed");
    expect(lines.join("\n")).toContain("LLR_AUDIT_OFFLINE_OK=1");
  });

  it("counts an advisory once however many packages depend on it", () => {
    expect(audit.advisoriesOf(JSON.parse(report(["c", "high", "GHSA-aaaa-0003"])))).toEqual([
      expect.objectContaining({ id: "GHSA-aaaa-0003", package: "c", severity: "high" }),
    ]);
  });

  it("points out allowlist entries that no longer match anything", () => {
    const { exitCode, lines } = audit.evaluateAudit(report(), {
      allowlist: [{ id: "GHSA-gone-0000", reason: "was fixed upstream" }],
    });
    expect(exitCode).toBe(0);
    expect(lines.join("\n")).toContain("GHSA-gone-0000 no longer matches any advisory");
  });

  it("reads the checked-in allowlist, and refuses an entry without a reason", () => {
    expect(Array.isArray(audit.readAllowlist())).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llr-audit-"));
    const file = path.join(dir, "allow.json");
    fs.writeFileSync(file, JSON.stringify([{ id: "GHSA-aaaa-0003" }]));
    try {
      expect(() => audit.readAllowlist(file)).toThrow(/needs an "id" \(GHSA-…\) and a "reason"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
