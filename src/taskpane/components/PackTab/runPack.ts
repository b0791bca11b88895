/**
 * The Pack tab's side effects, free of React so they can be tested with a fake host:
 * read the workbook, build the pack (domain), turn it into a write plan, apply it, and say what
 * was written. The steps report their stage so the tab can show a progress bar.
 */
import type { ReadProgress, WorkbookHost } from "../../../workbook/host";
import type { WritePlan } from "../../../workbook/plan";
import { buildPackFromTemplate } from "../../../domain/pack/build";
import { packPlan } from "../../../domain/pack/plan";
import type { Pack, PackError } from "../../../domain/pack/model";
import { parseTemplate } from "../../../domain/template/parse";
import { errorText } from "../CheckTab/runCheck";
import { packChoicesFromTemplate, packChoices, type PackChoices } from "./packChoices";
import type { PackAction, PackFailure, PackStage, PackSummary, WrittenTable } from "./packState";

export interface PackRunOptions {
  /** FY month 1..12. */
  readonly month: number;
  /** The organisations to report; undefined = all of them. */
  readonly organisations?: readonly string[];
}

export type PackOutcome =
  | { readonly ok: true; readonly summary: PackSummary; readonly choices: PackChoices }
  | { readonly ok: false; readonly failure: PackFailure; readonly choices?: PackChoices };

export type StageListener = (stage: PackStage, fraction?: number, detail?: string) => void;

/** How much of the bar each stage fills: reading is most of the wait in Excel, then writing. */
const STAGE_SPAN: Readonly<Record<PackStage, readonly [number, number]>> = {
  reading: [0, 0.45],
  building: [0.45, 0.55],
  writing: [0.55, 1],
};

function overall(stage: PackStage, fraction: number | undefined): number | undefined {
  if (fraction === undefined) return undefined;
  const [from, to] = STAGE_SPAN[stage];
  return from + (to - from) * Math.min(1, Math.max(0, fraction));
}

/** Lets the browser paint the progress bar before the synchronous build. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const RETRY_EXCEL = "If a cell is being edited, press Enter or Esc, then create the pack again.";

const BUILD_ADVICE: Readonly<Record<PackError["code"], string | undefined>> = {
  NO_RETURNS: undefined,
  NO_MONTH: "Choose a month above, or fill in Settings › Reporting month.",
  BAD_MONTH: "Choose a month that PWR and PFR have a column for.",
  NO_ACTUALS: "Choose an earlier month, or enter that month's actuals in PWR and PFR first.",
  UNKNOWN_ORGANISATION:
    "The organisations have been read again from the workbook: check the ticks and create the pack again.",
  NO_ORGANISATIONS: "Tick at least one organisation, or fill in the Organisation column of PWR.",
};

export function buildFailure(error: PackError): PackFailure {
  return {
    title: "Could not build the pack",
    message: error.message,
    advice: BUILD_ADVICE[error.code],
  };
}

/** What the summary lists: the sheet actually written and each table's range on it. */
export function summarise(
  pack: Pack,
  plan: WritePlan,
  written: { readonly sheets: readonly string[]; readonly messages: readonly string[] }
): PackSummary {
  const sheetPlan = plan.sheets[0];
  const tables: WrittenTable[] = (sheetPlan?.tables ?? []).map((t) => ({
    name: t.name,
    title: pack.tables.find((p) => p.name === t.name)?.title ?? t.name,
    range: t.range,
  }));
  return {
    sheet: written.sheets[0] ?? pack.sheetName,
    requestedSheet: pack.sheetName,
    hostMessages: written.messages,
    tables,
    charts: sheetPlan?.charts?.length ?? 0,
    notes: pack.messages,
    pack,
  };
}

export async function runPack(
  host: WorkbookHost,
  options: PackRunOptions,
  onStage: StageListener = () => undefined
): Promise<PackOutcome> {
  const report = (stage: PackStage, fraction?: number, detail?: string) =>
    onStage(stage, overall(stage, fraction), detail);

  report("reading", 0);
  let parsed;
  try {
    const snapshot = await host.readSnapshot((p: ReadProgress) =>
      report("reading", p.fraction, p.stage)
    );
    parsed = parseTemplate(snapshot);
  } catch (e) {
    return {
      ok: false,
      failure: { title: "Could not read the workbook", message: errorText(e), advice: RETRY_EXCEL },
    };
  }
  const choices = packChoicesFromTemplate(parsed);

  report("building", 0);
  await paint();
  let pack: Pack;
  let plan: WritePlan;
  try {
    const built = buildPackFromTemplate(parsed, options);
    if (!built.ok) return { ok: false, failure: buildFailure(built.error), choices };
    pack = built.value;
    plan = packPlan(pack);
  } catch (e) {
    // The domain returns its errors as values; anything thrown is a bug, said plainly.
    return {
      ok: false,
      failure: {
        title: "Could not build the pack",
        message: `Something went wrong inside the add-in: ${errorText(e)}`,
        advice: "Nothing was written. Please report this with the workbook's layout.",
      },
      choices,
    };
  }

  report("writing", 0, `Writing ${pack.sheetName}`);
  try {
    const written = await host.applyPlan(plan, (p) => report("writing", p.fraction, p.stage));
    return { ok: true, summary: summarise(pack, plan, written), choices };
  } catch (e) {
    return {
      ok: false,
      failure: {
        title: `Could not write the sheet ${pack.sheetName}`,
        message: errorText(e),
        advice: `The add-in writes only its own pack sheet, so your other sheets are as they were. ${RETRY_EXCEL}`,
      },
      choices,
    };
  }
}

/** runPack with its outcome and stages as reducer actions. */
export async function createPack(
  host: WorkbookHost,
  options: PackRunOptions,
  dispatch: (a: PackAction) => void
): Promise<void> {
  dispatch({ type: "started" });
  const outcome = await runPack(host, options, (stage, fraction, detail) =>
    dispatch({ type: "progress", stage, fraction, detail })
  );
  if (outcome.choices) dispatch({ type: "choicesLoaded", choices: outcome.choices });
  if (outcome.ok) dispatch({ type: "succeeded", summary: outcome.summary });
  else dispatch({ type: "failed", failure: outcome.failure });
}

/** Reads the workbook for the month picker and the organisation list. */
export async function loadChoices(
  host: WorkbookHost,
  dispatch: (a: PackAction) => void,
  isCurrent: () => boolean = () => true
): Promise<void> {
  dispatch({ type: "choicesLoading" });
  try {
    const choices = packChoices(await host.readSnapshot());
    if (isCurrent()) dispatch({ type: "choicesLoaded", choices });
  } catch (e) {
    if (isCurrent()) dispatch({ type: "choicesFailed", message: errorText(e) });
  }
}

/** Selects a written table's range on the pack sheet. */
export async function selectTable(
  host: WorkbookHost,
  sheet: string,
  table: WrittenTable,
  dispatch: (a: PackAction) => void
): Promise<void> {
  dispatch({ type: "tableActivated", name: table.name });
  try {
    await host.select(sheet, table.range);
  } catch (e) {
    dispatch({
      type: "selectFailed",
      message: `Could not select table ${table.name} (${sheet}!${table.range}): ${errorText(e)}`,
    });
  }
}
