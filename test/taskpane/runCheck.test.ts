import {
  lazyValidate,
  runCheck,
  selectIssue,
} from "../../src/taskpane/components/CheckTab/runCheck";
import { validate } from "../../src/domain/validation/validate";
import type { CheckAction } from "../../src/taskpane/components/CheckTab/checkState";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { fakeHost, sampleIssues, tinySnapshot } from "./support/fakes";

function recorder() {
  const actions: CheckAction[] = [];
  return { actions, dispatch: (a: CheckAction) => actions.push(a) };
}

describe("runCheck", () => {
  it("reads the snapshot, reports progress, validates what was read and reports the issues", async () => {
    const host = fakeHost({
      progress: [
        { stage: "Reading PWR", fraction: 0 },
        { stage: "Reading PFR", fraction: 0.5 },
      ],
    });
    const seen: WorkbookSnapshot[] = [];
    const { actions, dispatch } = recorder();
    await runCheck(host, (s) => (seen.push(s), sampleIssues), dispatch);
    expect(seen).toEqual([tinySnapshot]);
    expect(actions.map((a) => a.type)).toEqual([
      "started",
      "progress",
      "progress",
      "progress",
      "succeeded",
    ]);
    expect(actions[1]).toEqual({ type: "progress", stage: "Reading PWR", fraction: 0 });
    expect(actions[4]).toEqual({
      type: "succeeded",
      issues: sampleIssues,
      sheetsChecked: 2,
      source: "fake.xlsx",
    });
  });

  it.each([
    ["an Error", new Error("The workbook is busy"), "The workbook is busy"],
    ["a string", "Access denied", "Access denied"],
    ["something else", { odd: true }, "An unexpected error occurred."],
  ])("turns a read failure (%s) into a failed action", async (_, error, message) => {
    const { actions, dispatch } = recorder();
    await runCheck(fakeHost({ readError: error }), () => sampleIssues, dispatch);
    expect(actions.at(-1)).toEqual({ type: "failed", message });
  });

  it("waits for a validator that answers with a promise", async () => {
    const { actions, dispatch } = recorder();
    await runCheck(fakeHost(), async () => sampleIssues, dispatch);
    expect(actions.at(-1)).toMatchObject({ type: "succeeded", issues: sampleIssues });
  });

  it("the pane's default validator is the domain's validate(), loaded on first use", async () => {
    await expect(lazyValidate(tinySnapshot)).resolves.toEqual(validate(tinySnapshot));
  });

  it("reports a validator crash as a failure instead of throwing", async () => {
    const { actions, dispatch } = recorder();
    await runCheck(
      fakeHost(),
      () => {
        throw new Error("boom");
      },
      dispatch
    );
    expect(actions.at(-1)).toEqual({ type: "failed", message: "boom" });
  });
});

describe("selectIssue", () => {
  it("selects the issue's sheet and cell", async () => {
    const host = fakeHost();
    const { actions, dispatch } = recorder();
    await selectIssue(host, "0", sampleIssues[0], dispatch);
    expect(host.selections).toEqual([{ sheet: "PWR", address: "H14" }]);
    expect(actions).toEqual([{ type: "activated", key: "0" }]);
  });

  it("does not try to select a cell for an issue about a whole missing sheet", async () => {
    const host = fakeHost();
    const missing = sampleIssues.find((i) => i.cell === "")!;
    await selectIssue(host, "4", missing, recorder().dispatch);
    expect(host.selections).toEqual([]);
  });

  it("names the sheet and cell when selecting fails", async () => {
    const { actions, dispatch } = recorder();
    await selectIssue(
      fakeHost({ selectError: new Error("The sheet is protected") }),
      "2",
      sampleIssues[2],
      dispatch
    );
    expect(actions.at(-1)).toEqual({
      type: "selectFailed",
      message: "Could not select PFR!E7: The sheet is protected",
    });
  });
});
