import {
  OFFICE_ANSWER_TIMEOUT_MS,
  PREVIEW_GRACE_MS,
  canRetry,
  hostKindOf,
  initialState,
  nextState,
  waitFor,
  type StartupEvent,
  type StartupState,
} from "../../src/taskpane/boot/startupMachine";
import { previewReasonText, problemText } from "../../src/taskpane/boot/startupText";

const inside = initialState({ officePresent: true, insideOffice: true });
const outside = initialState({ officePresent: true, insideOffice: false });

function run(state: StartupState, ...events: StartupEvent[]): StartupState {
  return events.reduce(nextState, state);
}

const excel: StartupEvent = { type: "answered", answer: { kind: "excel" } };
const none: StartupEvent = { type: "answered", answer: { kind: "none" } };
const word: StartupEvent = { type: "answered", answer: { kind: "other", host: "Word" } };
const timedOut = (attempt: number): StartupEvent => ({ type: "timed-out", attempt });

describe("start-up state machine", () => {
  it("starts by connecting whenever office.js is there, with a timer that depends on where", () => {
    expect(inside.phase).toEqual({ kind: "connecting" });
    expect(waitFor(inside)).toBe(OFFICE_ANSWER_TIMEOUT_MS);
    expect(outside.phase).toEqual({ kind: "connecting" });
    expect(waitFor(outside)).toBe(PREVIEW_GRACE_MS);
    expect(hostKindOf(inside)).toBeNull();
  });

  it("without office.js: the preview at once outside Office, a stop inside it", () => {
    const plain = initialState({ officePresent: false, insideOffice: false });
    expect(plain.phase).toEqual({ kind: "preview", reason: "office-missing" });
    expect(hostKindOf(plain)).toBe("preview");
    const offline = initialState({ officePresent: false, insideOffice: true });
    expect(offline.phase).toEqual({ kind: "stopped", problem: "office-missing" });
    expect(waitFor(offline)).toBeNull();
    // Waiting cannot bring office.js back: Retry is not offered and does nothing.
    expect(canRetry("office-missing")).toBe(false);
    expect(nextState(offline, { type: "retry" })).toBe(offline);
  });

  it("inside Office an answer naming Excel reaches Excel mode", () => {
    const state = run(inside, excel);
    expect(state.phase).toEqual({ kind: "excel" });
    expect(hostKindOf(state)).toBe("excel");
    expect(waitFor(state)).toBeNull();
  });

  it("inside Office the timeout stops with no-answer, never the preview; Retry waits again", () => {
    const stopped = run(inside, timedOut(1));
    expect(stopped.phase).toEqual({ kind: "stopped", problem: "no-answer" });
    expect(hostKindOf(stopped)).toBeNull();
    const again = nextState(stopped, { type: "retry" });
    expect(again).toMatchObject({ attempt: 2, phase: { kind: "connecting" } });
    expect(waitFor(again)).toBe(OFFICE_ANSWER_TIMEOUT_MS);
    // The first wait's timer cannot end the second.
    expect(nextState(again, timedOut(1))).toBe(again);
    expect(run(again, excel).phase).toEqual({ kind: "excel" });
  });

  it("inside Office a late answer naming Excel ends the no-answer stop without Retry", () => {
    expect(run(inside, timedOut(1), excel).phase).toEqual({ kind: "excel" });
  });

  it("inside Office, host null or an error stop the pane instead of opening the sample", () => {
    expect(run(inside, none).phase).toEqual({ kind: "stopped", problem: "no-host" });
    expect(run(inside, { type: "failed", detail: "bad manifest" }).phase).toEqual({
      kind: "stopped",
      problem: "office-error",
      detail: "bad manifest",
    });
    expect(canRetry("office-error")).toBe(true);
    expect(canRetry("no-host")).toBe(false);
  });

  it("outside Office host null gives the preview, and so does the end of the grace period", () => {
    expect(run(outside, none).phase).toEqual({ kind: "preview", reason: "outside-office" });
    expect(run(outside, timedOut(1)).phase).toEqual({ kind: "preview", reason: "office-slow" });
    expect(run(outside, timedOut(1), none).phase).toEqual({
      kind: "preview",
      reason: "outside-office",
    });
    expect(run(outside, { type: "failed", detail: "x" }).phase).toEqual({
      kind: "preview",
      reason: "office-error",
      detail: "x",
    });
  });

  it("an answer naming Excel after the preview started switches to Excel", () => {
    const preview = run(outside, timedOut(1));
    expect(hostKindOf(preview)).toBe("preview");
    expect(run(preview, excel).phase).toEqual({ kind: "excel" });
  });

  it("another Office application gets its own state, inside or outside Office", () => {
    expect(run(inside, word).phase).toEqual({ kind: "other-host", host: "Word" });
    expect(run(outside, timedOut(1), word).phase).toEqual({ kind: "other-host", host: "Word" });
  });

  it("Excel is final and events that change nothing return the same state", () => {
    const inExcel = run(inside, excel);
    for (const event of [none, word, timedOut(1), { type: "retry" } as const]) {
      expect(nextState(inExcel, event)).toBe(inExcel);
    }
    const preview = run(outside, none);
    expect(nextState(preview, none)).toBe(preview);
    expect(nextState(preview, { type: "retry" })).toBe(preview);
  });
});

describe("start-up words", () => {
  it("explains every preview reason as running on the sample workbook", () => {
    for (const reason of [
      "office-missing",
      "outside-office",
      "office-slow",
      "office-error",
    ] as const)
      expect(previewReasonText(reason)).toMatch(/built-in sample workbook/);
  });

  it("offers Retry where waiting can help and Reload where it cannot", () => {
    expect(problemText("no-answer")).toMatchObject({
      title: "Excel did not answer",
      action: "Retry",
    });
    expect(problemText("no-answer").body).toContain("within 30 seconds");
    expect(problemText("office-error", "bad manifest").body).toContain("bad manifest");
    expect(problemText("office-missing").action).toBe("Reload");
    expect(problemText("no-host").action).toBe("Reload");
  });
});
