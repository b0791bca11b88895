import { buildPack } from "../../src/domain/pack/build";
import { packPlan } from "../../src/domain/pack/plan";
import type { Pack } from "../../src/domain/pack/model";
import { createPack, runPack, selectTable } from "../../src/taskpane/components/PackTab/runPack";
import type { PackAction, PackStage } from "../../src/taskpane/components/PackTab/packState";
import { packHost, sample } from "./support/packHost";

function packFor(month: number, organisations?: readonly string[]): Pack {
  const built = buildPack(sample, { month, organisations });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

describe("runPack", () => {
  it("reads, builds and writes the M7 pack: the plan applied is packPlan of buildPack", async () => {
    const host = packHost();
    const outcome = await runPack(host, { month: 7 });
    expect(host.plans).toHaveLength(1);
    expect(host.plans[0]).toEqual(packPlan(packFor(7)));
    expect(host.plans[0].sheets.map((s) => s.name)).toEqual(["LLR Pack Oct 23"]);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const pack = packFor(7);
    expect(outcome.summary.sheet).toBe("LLR Pack Oct 23");
    expect(outcome.summary.tables.map((t) => [t.name, t.title])).toEqual(
      pack.tables.map((t) => [t.name, t.title])
    );
    expect(outcome.summary.tables.map((t) => t.range)).toEqual(
      packPlan(pack).sheets[0].tables!.map((t) => t.range)
    );
    expect(outcome.summary.charts).toBe(pack.charts.length);
    expect(outcome.summary.notes).toEqual(pack.messages);
    expect(outcome.summary.hostMessages).toEqual([]);
  });

  it("passes the month and organisations to buildPack", async () => {
    const host = packHost();
    const [first] = packFor(7).organisations;
    const outcome = await runPack(host, { month: 6, organisations: [first] });
    expect(outcome.ok).toBe(true);
    expect(host.plans[0]).toEqual(packPlan(packFor(6, [first])));
    expect(host.plans[0].sheets[0].name).toBe("LLR Pack Sep 23");
  });

  it("reports the stages in order with a fraction that never goes back", async () => {
    const seen: [PackStage, number | undefined][] = [];
    const host = packHost({
      readProgress: [{ stage: "Reading PWR", fraction: 0.5 }],
      applyProgress: [
        { stage: "Writing values", fraction: 0.5 },
        { stage: "Written", fraction: 1 },
      ],
    });
    await runPack(host, { month: 7 }, (stage, fraction) => seen.push([stage, fraction]));
    const stages = seen.map(([s]) => s).filter((s, i, all) => s !== all[i - 1]);
    expect(stages).toEqual(["reading", "building", "writing"]);
    const fractions = seen.map(([, f]) => f!);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it("shows the sheet the host actually wrote and what it said", async () => {
    const message =
      'A sheet named "LLR Pack Oct 23" already exists and was not made by the add-in, so it was left as it is and "LLR Pack Oct 23 (2)" was written instead.';
    const host = packHost({
      applyResult: () => ({ sheets: ["LLR Pack Oct 23 (2)"], messages: [message] }),
    });
    const outcome = await runPack(host, { month: 7 });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect([outcome.summary.sheet, outcome.summary.requestedSheet]).toEqual([
      "LLR Pack Oct 23 (2)",
      "LLR Pack Oct 23",
    ]);
    expect(outcome.summary.hostMessages).toEqual([message]);
  });

  it.each<[string, Parameters<typeof packHost>[0], number, RegExp, RegExp]>([
    [
      "the workbook cannot be read",
      { readError: new Error("The workbook is busy.") },
      7,
      /^Could not read the workbook$/,
      /The workbook is busy\./,
    ],
    [
      "the month has no actuals",
      {},
      8,
      /^Could not build the pack$/,
      /no actuals.*Choose an earlier month/,
    ],
    [
      "the host cannot write",
      { applyError: new Error("Sheet protected.") },
      7,
      /^Could not write the sheet LLR Pack Oct 23$/,
      /Sheet protected\..*your other sheets are as they were/,
    ],
  ])("fails with a message saying what to do when %s", async (_, options, month, title, text) => {
    const host = packHost(options);
    const outcome = await runPack(host, { month });
    if (outcome.ok) throw new Error("expected a failure");
    expect(outcome.failure.title).toMatch(title);
    expect(`${outcome.failure.message} ${outcome.failure.advice ?? ""}`).toMatch(text);
  });

  it("writes nothing when the pack cannot be built", async () => {
    const host = packHost();
    await runPack(host, { month: 7, organisations: ["Nowhere NHS Trust"] });
    expect(host.plans).toEqual([]);
  });

  it("as reducer actions: started, progress, fresh choices, then the outcome", async () => {
    const actions: PackAction[] = [];
    await createPack(packHost(), { month: 7 }, (a) => actions.push(a));
    const types = actions.map((a) => a.type).filter((t, i, all) => t !== all[i - 1]);
    expect(types).toEqual(["started", "progress", "choicesLoaded", "succeeded"]);
  });
});

describe("selectTable", () => {
  const table = { name: "WTEVariance", title: "Variance to plan (WTE), Oct 23", range: "A2:E13" };

  it("selects the table's range on the written sheet", async () => {
    const host = packHost();
    const actions: PackAction[] = [];
    await selectTable(host, "LLR Pack Oct 23 (2)", table, (a) => actions.push(a));
    expect(host.selections).toEqual([{ sheet: "LLR Pack Oct 23 (2)", address: "A2:E13" }]);
    expect(actions).toEqual([{ type: "tableActivated", name: "WTEVariance" }]);
  });

  it("says which table could not be selected", async () => {
    const actions: PackAction[] = [];
    await selectTable(
      packHost({ selectError: new Error("Sheet deleted.") }),
      "LLR Pack Oct 23",
      table,
      (a) => actions.push(a)
    );
    expect(actions[1]).toEqual({
      type: "selectFailed",
      message: "Could not select table WTEVariance (LLR Pack Oct 23!A2:E13): Sheet deleted.",
    });
  });
});
