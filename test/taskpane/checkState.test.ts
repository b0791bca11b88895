import {
  checkReducer,
  initialCheckState,
  issueCounts,
  issueSheets,
  visibleIssues,
  type CheckState,
  type SeverityFilter,
} from "../../src/taskpane/components/CheckTab/checkState";
import { sampleIssues } from "./support/fakes";

function done(): CheckState {
  const running = checkReducer(initialCheckState, { type: "started" });
  return checkReducer(running, {
    type: "succeeded",
    issues: sampleIssues,
    sheetsChecked: 2,
    source: "fake.xlsx",
  });
}

describe("checkReducer", () => {
  it("runs idle -> running -> done, keying issues by their position", () => {
    const running = checkReducer(initialCheckState, { type: "started" });
    expect(running.status).toBe("running");
    const progressed = checkReducer(running, {
      type: "progress",
      stage: "Reading PWR",
      fraction: 0.5,
    });
    expect(progressed).toMatchObject({ stage: "Reading PWR", fraction: 0.5 });
    const finished = checkReducer(progressed, {
      type: "succeeded",
      issues: sampleIssues,
      sheetsChecked: 2,
    });
    expect(finished.status).toBe("done");
    expect(finished.issues.map((i) => i.key)).toEqual(sampleIssues.map((_, i) => String(i)));
    expect(finished.issues.map((i) => i.issue)).toEqual(sampleIssues);
    expect(finished.sheetsChecked).toBe(2);
  });

  it("ignores progress that arrives after the check ended", () => {
    const state = done();
    expect(checkReducer(state, { type: "progress", stage: "late" })).toBe(state);
  });

  it("records a failure and clears the last results when a new check starts", () => {
    const failed = checkReducer(checkReducer(done(), { type: "started" }), {
      type: "failed",
      message: "Sheet is protected",
    });
    expect(failed).toMatchObject({ status: "failed", error: "Sheet is protected", issues: [] });
  });

  it("drops a sheet filter that the new results no longer contain", () => {
    const filtered = checkReducer(done(), { type: "sheetFilter", sheet: "PFR" });
    const rerun = checkReducer(checkReducer(filtered, { type: "started" }), {
      type: "succeeded",
      issues: sampleIssues.filter((i) => i.sheet === "PWR"),
      sheetsChecked: 2,
    });
    expect(rerun.sheetFilter).toBeNull();
    const kept = checkReducer(checkReducer(filtered, { type: "started" }), {
      type: "succeeded",
      issues: sampleIssues,
      sheetsChecked: 2,
    });
    expect(kept.sheetFilter).toBe("PFR");
  });

  it("activating an issue clears an earlier selection error", () => {
    const withError = checkReducer(done(), { type: "selectFailed", message: "no such sheet" });
    expect(withError.selectError).toBe("no such sheet");
    const activated = checkReducer(withError, { type: "activated", key: "2" });
    expect(activated).toMatchObject({ activeKey: "2", selectError: undefined });
  });
});

describe("filters and counts", () => {
  const expectedFor = (severity: SeverityFilter, sheet: string | null) =>
    sampleIssues
      .map((issue, i) => ({ key: String(i), issue }))
      .filter(
        ({ issue }) =>
          (severity === "all" || issue.severity === severity) &&
          (sheet === null || issue.sheet === sheet)
      );

  it.each<[SeverityFilter, string | null]>([
    ["all", null],
    ["error", null],
    ["warning", null],
    ["all", "PWR"],
    ["error", "PFR"],
    ["warning", "PWR"],
    ["warning", "Vacancies"],
  ])("severity %s and sheet %s", (severity, sheet) => {
    let state = checkReducer(done(), { type: "severityFilter", severity });
    state = checkReducer(state, { type: "sheetFilter", sheet });
    expect(visibleIssues(state)).toEqual(expectedFor(severity, sheet));
  });

  it("counts errors and warnings", () => {
    const issues = done().issues;
    expect(issueCounts(issues)).toEqual({
      errors: sampleIssues.filter((i) => i.severity === "error").length,
      warnings: sampleIssues.filter((i) => i.severity === "warning").length,
    });
    expect(issueCounts([])).toEqual({ errors: 0, warnings: 0 });
  });

  it("lists the sheets in the order issues name them, once each", () => {
    expect(issueSheets(done().issues)).toEqual(["PWR", "PFR", "Vacancies"]);
  });
});
