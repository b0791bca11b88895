import type { Pack } from "../../src/domain/pack/model";
import type { PackChoices } from "../../src/taskpane/components/PackTab/packChoices";
import { monthChoices } from "../../src/taskpane/components/PackTab/packChoices";
import {
  createBlocker,
  initialPackState,
  organisationsOption,
  packReducer,
  type PackAction,
  type PackState,
  type PackSummary,
} from "../../src/taskpane/components/PackTab/packState";

const choices = (over: Partial<PackChoices> = {}): PackChoices => ({
  months: monthChoices(2023),
  defaultMonth: 7,
  defaultMonthSource: "settings",
  organisations: ["UHL", "LPT", "NHFT"],
  problem: null,
  ...over,
});

const run = (actions: readonly PackAction[], from: PackState = initialPackState) =>
  actions.reduce(packReducer, from);

const loaded = (c: PackChoices = choices()) => run([{ type: "choicesLoaded", choices: c }]);

const summary = { sheet: "LLR Pack Oct 23", tables: [] } as unknown as PackSummary;

describe("Pack tab state", () => {
  it("starts loading, then takes the reporting month and ticks every organisation", () => {
    expect(initialPackState.choices.status).toBe("loading");
    const s = loaded();
    expect(s.month).toBe(7);
    expect(s.organisations).toEqual(["UHL", "LPT", "NHFT"]);
    expect(createBlocker(s)).toBeNull();
    expect(organisationsOption(s)).toBeUndefined();
  });

  it("keeps ticked organisations in the workbook's order whatever order they are ticked in", () => {
    const s = run(
      [
        { type: "allOrganisations", checked: false },
        { type: "organisationToggled", organisation: "NHFT", checked: true },
        { type: "organisationToggled", organisation: "UHL", checked: true },
      ],
      loaded()
    );
    expect(s.organisations).toEqual(["UHL", "NHFT"]);
    expect(organisationsOption(s)).toEqual(["UHL", "NHFT"]);
  });

  it.each<[string, readonly PackAction[], string | null]>([
    [
      "no organisation ticked",
      [{ type: "allOrganisations", checked: false }],
      "Tick at least one organisation.",
    ],
    ["a run under way", [{ type: "started" }], "A pack is being created."],
    [
      "the workbook unreadable",
      [{ type: "choicesFailed", message: "gone" }],
      "The workbook could not be read.",
    ],
    [
      "reading again",
      [{ type: "choicesLoading" }],
      "Reading the workbook's months and organisations.",
    ],
    ["a month chosen", [{ type: "monthChosen", month: 3 }], null],
  ])("Create pack is blocked with %s: %p", (_, actions, blocker) => {
    expect(createBlocker(run(actions, loaded()))).toBe(blocker);
  });

  it("asks for a month when the workbook names none, and passes on a workbook problem", () => {
    expect(createBlocker(loaded(choices({ defaultMonth: null, defaultMonthSource: null })))).toBe(
      "Choose the month to report."
    );
    expect(createBlocker(loaded(choices({ problem: "No PWR." })))).toBe("No PWR.");
  });

  it("keeps the user's month and ticks when the workbook is read again; new organisations come ticked", () => {
    const s = run(
      [
        { type: "monthChosen", month: 5 },
        { type: "organisationToggled", organisation: "LPT", checked: false },
        {
          type: "choicesLoaded",
          choices: choices({ organisations: ["UHL", "LPT", "NHFT", "LOROS"] }),
        },
      ],
      loaded()
    );
    expect(s.month).toBe(5);
    expect(s.organisations).toEqual(["UHL", "NHFT", "LOROS"]);
  });

  it("drops organisations that are no longer in the workbook", () => {
    const s = run(
      [{ type: "choicesLoaded", choices: choices({ organisations: ["UHL"] }) }],
      loaded()
    );
    expect(s.organisations).toEqual(["UHL"]);
    expect(organisationsOption(s)).toBeUndefined();
  });

  it("runs through its stages to a summary; a new run clears the last one", () => {
    let s = run(
      [{ type: "started" }, { type: "progress", stage: "building", fraction: 0.5 }],
      loaded()
    );
    expect([s.status, s.stage, s.fraction]).toEqual(["running", "building", 0.5]);
    s = run(
      [
        { type: "succeeded", summary },
        { type: "tableActivated", name: "WTEVariance" },
      ],
      s
    );
    expect([s.status, s.stage, s.summary, s.activeTable]).toEqual([
      "done",
      null,
      summary,
      "WTEVariance",
    ]);
    s = packReducer(s, { type: "started" });
    expect([s.summary, s.activeTable]).toEqual([null, null]);
  });

  it("ignores progress outside a run and records failures and select errors", () => {
    const idle = loaded();
    expect(packReducer(idle, { type: "progress", stage: "writing" })).toBe(idle);
    const failed = run(
      [
        { type: "started" },
        { type: "failed", failure: { title: "Could not build the pack", message: "m" } },
      ],
      idle
    );
    expect([failed.status, failed.failure?.title, failed.stage]).toEqual([
      "failed",
      "Could not build the pack",
      null,
    ]);
    const withError = packReducer(failed, { type: "selectFailed", message: "no" });
    expect(withError.selectError).toBe("no");
    expect(packReducer(withError, { type: "selectErrorDismissed" }).selectError).toBeUndefined();
  });

  it("the pack object travels in the summary untouched", () => {
    const pack = { sheetName: "LLR Pack Oct 23" } as Pack;
    const s = run(
      [{ type: "started" }, { type: "succeeded", summary: { ...summary, pack } }],
      loaded()
    );
    expect(s.summary?.pack).toBe(pack);
  });
});
