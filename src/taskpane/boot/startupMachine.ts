/**
 * Where the pane runs, as a small pure state machine: states, events, and the one timer each
 * state asks for. The driver (startup.ts) feeds it Office.onReady's answer and the timers; the
 * React Boot renders its states.
 *
 * Inside Office (Office put `_host_Info` in the pane's URL) the pane waits for Office.onReady as
 * long as it takes and never falls back to the sample workbook: a cold Excel start can take far
 * longer than any fixed timeout, and an analyst working on the sample without noticing is the worst
 * outcome. Outside Office the preview starts at once when office.js is absent, or after a short
 * grace period; an answer naming Excel still switches the pane to Excel afterwards.
 */

/** After this long without an answer inside Office, the pane says so and offers Retry. */
export const OFFICE_ANSWER_TIMEOUT_MS = 30_000;
/** Outside Office, how long office.js gets to answer before the preview starts anyway. */
export const PREVIEW_GRACE_MS = 2_000;

/** Why the preview runs; only ever outside Office. */
export type PreviewReason = "office-missing" | "outside-office" | "office-slow" | "office-error";

/** What stops the pane inside Office; none of them falls back to the sample. */
export type StartupProblem = "no-answer" | "office-error" | "no-host" | "office-missing";

export type StartupPhase =
  | { readonly kind: "connecting" }
  | { readonly kind: "excel" }
  | { readonly kind: "preview"; readonly reason: PreviewReason; readonly detail?: string }
  | { readonly kind: "other-host"; readonly host: string }
  | { readonly kind: "stopped"; readonly problem: StartupProblem; readonly detail?: string };

export interface StartupState {
  /** Office put `_host_Info` in the URL: the preview is never an option. */
  readonly insideOffice: boolean;
  /** office.js loaded (the Office global exists), so an answer may still come. */
  readonly officePresent: boolean;
  /** Counts the waits: a timer of an earlier wait must not end a later one. */
  readonly attempt: number;
  readonly phase: StartupPhase;
}

/** Office.onReady's answer, reduced to what the decision needs. */
export type OfficeAnswer =
  | { readonly kind: "excel" }
  | { readonly kind: "none" }
  | { readonly kind: "other"; readonly host: string };

export type StartupEvent =
  | { readonly type: "answered"; readonly answer: OfficeAnswer }
  | { readonly type: "failed"; readonly detail: string }
  | { readonly type: "timed-out"; readonly attempt: number }
  | { readonly type: "retry" };

export function initialState(env: {
  readonly officePresent: boolean;
  readonly insideOffice: boolean;
}): StartupState {
  const base = { ...env, attempt: 1 };
  if (env.officePresent) return { ...base, phase: { kind: "connecting" } };
  return {
    ...base,
    phase: env.insideOffice
      ? { kind: "stopped", problem: "office-missing" }
      : { kind: "preview", reason: "office-missing" },
  };
}

/** The next state; the same object when the event changes nothing, so React can skip a render. */
export function nextState(state: StartupState, event: StartupEvent): StartupState {
  const { phase } = state;
  // Excel is final: nothing Office says later takes the pane away from the workbook.
  if (phase.kind === "excel") return state;
  const to = (next: StartupPhase): StartupState => ({ ...state, phase: next });
  switch (event.type) {
    case "answered":
      return answered(state, event.answer);
    case "failed":
      if (phase.kind !== "connecting") return state;
      return to(
        state.insideOffice
          ? { kind: "stopped", problem: "office-error", detail: event.detail }
          : { kind: "preview", reason: "office-error", detail: event.detail }
      );
    case "timed-out":
      if (phase.kind !== "connecting" || event.attempt !== state.attempt) return state;
      return to(
        state.insideOffice
          ? { kind: "stopped", problem: "no-answer" }
          : { kind: "preview", reason: "office-slow" }
      );
    case "retry":
      if (phase.kind !== "stopped" || !canRetry(phase.problem)) return state;
      return { ...state, attempt: state.attempt + 1, phase: { kind: "connecting" } };
  }
}

function answered(state: StartupState, answer: OfficeAnswer): StartupState {
  const { phase } = state;
  const to = (next: StartupPhase): StartupState => ({ ...state, phase: next });
  switch (answer.kind) {
    case "excel":
      // Also from the preview or an error: a late answer naming Excel always wins.
      return to({ kind: "excel" });
    case "other":
      return phase.kind === "other-host" ? state : to({ kind: "other-host", host: answer.host });
    case "none":
      if (state.insideOffice) {
        return phase.kind === "stopped" && phase.problem === "no-host"
          ? state
          : to({ kind: "stopped", problem: "no-host" });
      }
      if (phase.kind === "preview" && phase.reason === "outside-office") return state;
      return phase.kind === "connecting" || phase.kind === "preview"
        ? to({ kind: "preview", reason: "outside-office" })
        : state;
  }
}

/**
 * Whether Retry means waiting for Office again. Without office.js, or when Office has already
 * answered without a host, waiting again cannot help: the pane offers a reload instead.
 */
export function canRetry(problem: StartupProblem): boolean {
  return problem === "no-answer" || problem === "office-error";
}

/** How long the driver waits in this state before sending "timed-out", or null for no timer. */
export function waitFor(state: StartupState): number | null {
  if (state.phase.kind !== "connecting") return null;
  return state.insideOffice ? OFFICE_ANSWER_TIMEOUT_MS : PREVIEW_GRACE_MS;
}

/** Which adapter the state needs loaded, if any. */
export function hostKindOf(state: StartupState): "excel" | "preview" | null {
  const { kind } = state.phase;
  return kind === "excel" || kind === "preview" ? kind : null;
}
