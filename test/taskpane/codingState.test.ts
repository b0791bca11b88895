import {
  PAGE_SIZE,
  activeFinding,
  codeOptions,
  codingReducer,
  filteredFindings,
  findingCounts,
  initialCodingState,
  listedFindings,
  organisationOptions,
  type CodingEvent,
  type CodingRun,
  type CodingState,
} from "../../src/taskpane/components/CodingTab/codingState";
import { reconcileParsed, type Finding } from "../../src/domain/reconcile";
import { parseTemplate } from "../../src/domain/template/parse";
import { mixedWorkbook } from "./codingWorkbooks";

function runOf(findings?: Finding[]): CodingRun {
  const parsed = parseTemplate(mixedWorkbook());
  const result = reconcileParsed(parsed);
  return { parsed, result: findings ? { ...result, findings } : result, source: "mixed.xlsx" };
}

const run = runOf();

function reduce(events: readonly CodingEvent[], from: CodingState = initialCodingState) {
  return events.reduce(codingReducer, from);
}

const done = reduce([{ type: "started" }, { type: "succeeded", run }]);

describe("codingReducer", () => {
  it("a run goes idle -> running (with progress) -> done, keying findings by position", () => {
    const running = reduce([
      { type: "started" },
      { type: "progress", stage: "Reading PWR", fraction: 0.4 },
    ]);
    expect(running).toMatchObject({ status: "running", stage: "Reading PWR", fraction: 0.4 });
    expect(done.status).toBe("done");
    expect(done.findings.map((f) => f.key)).toEqual(run.result.findings.map((_f, i) => String(i)));
    expect(done.findings.map((f) => f.finding)).toEqual(run.result.findings);
    expect(done.fraction).toBeUndefined();
  });

  it("ignores progress when nothing is running", () => {
    expect(codingReducer(done, { type: "progress", stage: "late", fraction: 1 })).toBe(done);
  });

  it("a failed run keeps its message and the last results stay cleared of selection", () => {
    const failed = reduce(
      [
        { type: "activated", key: "1" },
        { type: "started" },
        { type: "failed", message: "Excel is busy." },
      ],
      done
    );
    expect(failed).toMatchObject({ status: "failed", error: "Excel is busy.", activeKey: null });
  });

  it("filters by code and by organisation key, and each change starts the list again at one page", () => {
    const more = reduce([{ type: "showMore" }], done);
    expect(more.shown).toBe(2 * PAGE_SIZE);
    const byCode = reduce([{ type: "codeFilter", code: "OCCUPATION_GROUP_MISMATCH" }], more);
    expect(byCode.shown).toBe(PAGE_SIZE);
    expect(filteredFindings(byCode).map((f) => f.finding.code)).toEqual([
      "OCCUPATION_GROUP_MISMATCH",
      "OCCUPATION_GROUP_MISMATCH",
      "OCCUPATION_GROUP_MISMATCH",
    ]);
    const both = reduce([{ type: "orgFilter", organisation: "LPT" }], byCode);
    expect(filteredFindings(both).map((f) => [f.finding.code, f.finding.organisation])).toEqual([
      ["OCCUPATION_GROUP_MISMATCH", "LPT"],
    ]);
    expect(
      filteredFindings(
        reduce(
          [
            { type: "codeFilter", code: null },
            { type: "orgFilter", organisation: null },
          ],
          both
        )
      )
    ).toBe(done.findings);
  });

  it("keeps filters across a new run only while they still match something", () => {
    const filtered = reduce(
      [
        { type: "codeFilter", code: "UNKNOWN_OCCUPATION_CODE" },
        { type: "orgFilter", organisation: "UHL" },
      ],
      done
    );
    const again = reduce([{ type: "started" }, { type: "succeeded", run }], filtered);
    expect([again.codeFilter, again.orgFilter]).toEqual(["UNKNOWN_OCCUPATION_CODE", "UHL"]);
    const fewer = runOf(run.result.findings.filter((f) => f.code !== "UNKNOWN_OCCUPATION_CODE"));
    const after = reduce([{ type: "started" }, { type: "succeeded", run: fewer }], filtered);
    expect([after.codeFilter, after.orgFilter]).toEqual([null, "UHL"]);
  });

  it("selecting a finding clears an earlier selection error; activeFinding finds it", () => {
    const failed = reduce(
      [
        { type: "activated", key: "2" },
        { type: "selectFailed", message: "gone" },
      ],
      done
    );
    expect(failed.selectError).toBe("gone");
    const next = reduce([{ type: "activated", key: "3" }], failed);
    expect(next.selectError).toBeUndefined();
    expect(activeFinding(next)).toEqual(done.findings[3]);
    expect(activeFinding(done)).toBeNull();
  });

  it("an action shows its stage and progress, then its outcome, which can be dismissed", () => {
    const busy = reduce(
      [
        { type: "actionStarted", action: "write", stage: "Writing" },
        { type: "actionProgress", stage: "Adding tables", fraction: 0.66 },
      ],
      done
    );
    expect(busy).toMatchObject({ busy: "write", busyStage: "Adding tables", busyFraction: 0.66 });
    const outcome = {
      action: "write" as const,
      intent: "success" as const,
      title: "Wrote",
      message: "ok",
      details: [],
    };
    const finished = reduce([{ type: "actionFinished", outcome }], busy);
    expect(finished).toMatchObject({ busy: null, busyStage: undefined, outcome });
    expect(reduce([{ type: "outcomeDismissed" }], finished).outcome).toBeNull();
    // A new run or action replaces an old outcome.
    expect(reduce([{ type: "started" }], finished).outcome).toBeNull();
    expect(codingReducer(done, { type: "actionProgress", stage: "late" })).toBe(done);
  });
});

describe("Coding tab selectors", () => {
  it("lists one page at a time", () => {
    const many = Array.from({ length: 250 }, (_, i) => ({
      key: String(i),
      finding: run.result.findings[0],
    }));
    expect(listedFindings(many, PAGE_SIZE)).toHaveLength(PAGE_SIZE);
    expect(listedFindings(many, 3 * PAGE_SIZE)).toBe(many);
  });

  it("offers the codes present, in table order, and the organisations as first written, with counts", () => {
    expect(codeOptions(done.findings)).toEqual([
      { value: "COST_WTE_DIRECTION", label: "COST_WTE_DIRECTION", count: 1 },
      { value: "OCCUPATION_GROUP_MISMATCH", label: "OCCUPATION_GROUP_MISMATCH", count: 3 },
      { value: "UNKNOWN_OCCUPATION_CODE", label: "UNKNOWN_OCCUPATION_CODE", count: 1 },
    ]);
    expect(organisationOptions(done.findings)).toEqual([
      { value: "UHL", label: "UHL", count: 4 },
      { value: "LPT", label: "LPT", count: 1 },
    ]);
  });

  it("groups organisations spelt differently by their key", () => {
    const f = run.result.findings;
    const keyed = [
      { key: "0", finding: { ...f[0], organisation: "uhl " } },
      { key: "1", finding: { ...f[1], organisation: "UHL" } },
    ];
    expect(organisationOptions(keyed)).toEqual([{ value: "UHL", label: "uhl ", count: 2 }]);
  });

  it("counts errors and warnings", () => {
    const warning = { ...run.result.findings[0], severity: "warning" as const };
    expect(findingCounts([...done.findings, { key: "x", finding: warning }])).toEqual({
      errors: done.findings.length,
      warnings: 1,
    });
  });
});
