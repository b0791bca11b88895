/**
 * Runs the start-up state machine: asks Office.onReady (again on each Retry), arms the one timer
 * the current state asks for, and tells subscribers when the state changes. Lives outside React so
 * that a remount (StrictMode, an error boundary) neither asks Office twice nor loses the answer.
 */
import { answerOf, hasHostInfo, messageOf, type OfficeLike } from "./officeSignals";
import {
  initialState,
  nextState,
  waitFor,
  type StartupEvent,
  type StartupState,
} from "./startupMachine";

export interface Startup {
  getState(): StartupState;
  subscribe(listener: () => void): () => void;
  /** Waits for Office again after a stop that waiting can cure; otherwise does nothing. */
  retry(): void;
  /** Stops the timer and ignores any later answer. */
  dispose(): void;
}

export function createStartup(office: OfficeLike | undefined, search: string): Startup {
  let state = initialState({
    officePresent: office !== undefined,
    insideOffice: hasHostInfo(search),
  });
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const ms = waitFor(state);
    if (ms === null) return;
    const attempt = state.attempt;
    timer = setTimeout(() => dispatch({ type: "timed-out", attempt }), ms);
  };

  const dispatch = (event: StartupEvent) => {
    if (disposed) return;
    const next = nextState(state, event);
    if (next === state) return;
    state = next;
    arm();
    for (const listener of [...listeners]) listener();
  };

  // Every answer counts, whichever call it answers: office.js keeps earlier onReady calls pending
  // and resolves them all once it is ready.
  const ask = () => {
    if (!office) return;
    let ready: Promise<{ readonly host: unknown }>;
    try {
      ready = Promise.resolve(office.onReady());
    } catch (e) {
      dispatch({ type: "failed", detail: messageOf(e) });
      return;
    }
    ready.then(
      (info) => dispatch({ type: "answered", answer: answerOf(office, info) }),
      (e: unknown) => dispatch({ type: "failed", detail: messageOf(e) })
    );
  };

  arm();
  if (state.phase.kind === "connecting") ask();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry() {
      const before = state.attempt;
      dispatch({ type: "retry" });
      if (state.attempt !== before) ask();
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      listeners.clear();
    },
  };
}
