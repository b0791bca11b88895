/**
 * The Pack tab's state as a pure reducer, so every transition is unit-tested without a DOM:
 * loading the choices, the user's month and organisations, a run through its stages, and what
 * was written (or why not).
 */
import type { Pack } from "../../../domain/pack/model";
import type { PackChoices } from "./packChoices";

export type PackStage = "reading" | "building" | "writing";

export const STAGE_TEXT: Readonly<Record<PackStage, string>> = {
  reading: "Reading the workbook",
  building: "Building the pack",
  writing: "Writing the pack sheet",
};

export interface WrittenTable {
  /** The Excel table name, e.g. "WTEVariance". */
  readonly name: string;
  readonly title: string;
  /** The table's range on the written sheet (header row to last row), e.g. "A2:E13". */
  readonly range: string;
}

export interface PackSummary {
  /** The sheet written: the pack's own name, or "... (2)" when the user has a sheet of that name. */
  readonly sheet: string;
  /** The sheet name the pack asked for. */
  readonly requestedSheet: string;
  /** What the workbook host said while writing (another name chosen, a table renamed). */
  readonly hostMessages: readonly string[];
  readonly tables: readonly WrittenTable[];
  readonly charts: number;
  /** The pack's own notes: tables left out and why, definitions used. */
  readonly notes: readonly string[];
  readonly pack: Pack;
}

export interface PackFailure {
  readonly title: string;
  readonly message: string;
  /** What to do about it, when the message does not say already. */
  readonly advice?: string;
}

export type ChoicesState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly choices: PackChoices }
  | { readonly status: "failed"; readonly message: string };

export type PackStatus = "idle" | "running" | "done" | "failed";

export interface PackState {
  readonly choices: ChoicesState;
  readonly month: number | null;
  /** The ticked organisations, in the choices' order. */
  readonly organisations: readonly string[];
  readonly status: PackStatus;
  readonly stage: PackStage | null;
  /** 0..1 across the whole run; undefined shows an indeterminate bar. */
  readonly fraction?: number;
  /** The host's own words for the step, e.g. "Reading PWR". */
  readonly detail?: string;
  readonly summary: PackSummary | null;
  readonly failure: PackFailure | null;
  readonly activeTable: string | null;
  readonly selectError?: string;
}

export type PackAction =
  | { readonly type: "choicesLoading" }
  | { readonly type: "choicesLoaded"; readonly choices: PackChoices }
  | { readonly type: "choicesFailed"; readonly message: string }
  | { readonly type: "monthChosen"; readonly month: number }
  | {
      readonly type: "organisationToggled";
      readonly organisation: string;
      readonly checked: boolean;
    }
  | { readonly type: "allOrganisations"; readonly checked: boolean }
  | { readonly type: "started" }
  | {
      readonly type: "progress";
      readonly stage: PackStage;
      readonly fraction?: number;
      readonly detail?: string;
    }
  | { readonly type: "succeeded"; readonly summary: PackSummary }
  | { readonly type: "failed"; readonly failure: PackFailure }
  | { readonly type: "tableActivated"; readonly name: string }
  | { readonly type: "selectFailed"; readonly message: string }
  | { readonly type: "selectErrorDismissed" };

export const initialPackState: PackState = {
  choices: { status: "loading" },
  month: null,
  organisations: [],
  status: "idle",
  stage: null,
  summary: null,
  failure: null,
  activeTable: null,
};

/**
 * New choices (first load, or the workbook read again by a run): the user's month stays when
 * the workbook still has it; organisations stay ticked or not, and new ones arrive ticked.
 */
function withChoices(state: PackState, choices: PackChoices): PackState {
  const previous = state.choices.status === "ready" ? state.choices.choices.organisations : null;
  const month =
    state.month !== null && choices.months.some((m) => m.month === state.month)
      ? state.month
      : choices.defaultMonth;
  const organisations =
    previous === null
      ? [...choices.organisations]
      : choices.organisations.filter(
          (o) => !previous.includes(o) || state.organisations.includes(o)
        );
  return { ...state, choices: { status: "ready", choices }, month, organisations };
}

export function packReducer(state: PackState, action: PackAction): PackState {
  switch (action.type) {
    case "choicesLoading":
      return { ...state, choices: { status: "loading" } };
    case "choicesLoaded":
      return withChoices(state, action.choices);
    case "choicesFailed":
      return { ...state, choices: { status: "failed", message: action.message } };
    case "monthChosen":
      return { ...state, month: action.month };
    case "organisationToggled": {
      if (state.choices.status !== "ready") return state;
      const wanted = new Set(state.organisations);
      if (action.checked) wanted.add(action.organisation);
      else wanted.delete(action.organisation);
      // Kept in the workbook's order whatever order they were ticked in.
      const organisations = state.choices.choices.organisations.filter((o) => wanted.has(o));
      return { ...state, organisations };
    }
    case "allOrganisations":
      return state.choices.status === "ready"
        ? {
            ...state,
            organisations: action.checked ? [...state.choices.choices.organisations] : [],
          }
        : state;
    case "started":
      return {
        ...state,
        status: "running",
        stage: "reading",
        fraction: 0,
        detail: undefined,
        summary: null,
        failure: null,
        activeTable: null,
        selectError: undefined,
      };
    case "progress":
      return state.status === "running"
        ? { ...state, stage: action.stage, fraction: action.fraction, detail: action.detail }
        : state;
    case "succeeded":
      return {
        ...state,
        status: "done",
        stage: null,
        fraction: undefined,
        detail: undefined,
        summary: action.summary,
        failure: null,
      };
    case "failed":
      return {
        ...state,
        status: "failed",
        stage: null,
        fraction: undefined,
        detail: undefined,
        failure: action.failure,
      };
    case "tableActivated":
      return { ...state, activeTable: action.name, selectError: undefined };
    case "selectFailed":
      return { ...state, selectError: action.message };
    case "selectErrorDismissed":
      return { ...state, selectError: undefined };
  }
}

/** Why "Create pack" cannot run now, in words for the user; null when it can. */
export function createBlocker(state: PackState): string | null {
  if (state.status === "running") return "A pack is being created.";
  if (state.choices.status === "loading") return "Reading the workbook's months and organisations.";
  if (state.choices.status === "failed") return "The workbook could not be read.";
  if (state.choices.choices.problem) return state.choices.choices.problem;
  if (state.month === null) return "Choose the month to report.";
  if (state.organisations.length === 0) return "Tick at least one organisation.";
  return null;
}

/** buildPack's organisations option: undefined (every organisation) when all are ticked. */
export function organisationsOption(state: PackState): readonly string[] | undefined {
  if (state.choices.status !== "ready") return undefined;
  const all = state.choices.choices.organisations;
  return state.organisations.length === all.length ? undefined : state.organisations;
}
