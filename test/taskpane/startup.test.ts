import { createStartup } from "../../src/taskpane/boot/startup";
import { answerOf, hasHostInfo, type OfficeLike } from "../../src/taskpane/boot/officeSignals";
import { fakeOffice } from "./support/fakeOffice";

const IN_EXCEL = "?_host_Info=Excel$Win32$16.01$en-GB$$$$0";

describe("hasHostInfo", () => {
  it.each([
    [IN_EXCEL, true],
    ["?et=&_host_Info=Excel|Web|16.00|en-GB|x|telemetry", true],
    ["?_HOST_INFO=excel$Mac$16.01$en-GB", true],
    ["?workbook=bad&_host_info=Excel$Win32", true],
    ["", false],
    ["?workbook=bad", false],
    ["?_host_Info=", false],
    ["?my_host_Info=Excel", false],
  ])("%j -> %s", (search, expected) => {
    expect(hasHostInfo(search)).toBe(expected);
  });
});

describe("answerOf", () => {
  const office = (HostType?: OfficeLike["HostType"]): OfficeLike => ({
    onReady: async () => ({ host: null }),
    HostType,
  });
  it("reads Excel, no host and other applications", () => {
    expect(answerOf(office({ Excel: "Excel" }), { host: "Excel" })).toEqual({ kind: "excel" });
    expect(answerOf(office(), { host: "Excel" })).toEqual({ kind: "excel" });
    expect(answerOf(office(), { host: null })).toEqual({ kind: "none" });
    expect(answerOf(office(), undefined)).toEqual({ kind: "none" });
    expect(answerOf(office(), { host: "Word" })).toEqual({ kind: "other", host: "Word" });
    // Compared with Office.HostType.Excel when office.js provides it.
    expect(answerOf(office({ Excel: 7 }), { host: 7 })).toEqual({ kind: "excel" });
  });
});

describe("createStartup (fake timers)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("inside Office, onReady answering Excel after 5 s reaches Excel without a preview on the way", async () => {
    const office = fakeOffice();
    const startup = createStartup(office, IN_EXCEL);
    const kinds: string[] = [];
    startup.subscribe(() => kinds.push(startup.getState().phase.kind));
    office.answerAfter(5000, "Excel");
    await jest.advanceTimersByTimeAsync(4999);
    expect(startup.getState().phase.kind).toBe("connecting");
    await jest.advanceTimersByTimeAsync(1);
    expect(startup.getState().phase).toEqual({ kind: "excel" });
    expect(kinds).toEqual(["excel"]);
    expect(office.calls).toBe(1);
    expect(jest.getTimerCount()).toBe(0);
  });

  it("inside Office, 30 s without an answer stops; Retry asks again and an answer reaches Excel", async () => {
    const office = fakeOffice();
    const startup = createStartup(office, IN_EXCEL);
    await jest.advanceTimersByTimeAsync(29_999);
    expect(startup.getState().phase.kind).toBe("connecting");
    await jest.advanceTimersByTimeAsync(1);
    expect(startup.getState().phase).toEqual({ kind: "stopped", problem: "no-answer" });
    // It stays stopped however long it waits: never the preview.
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(startup.getState().phase).toEqual({ kind: "stopped", problem: "no-answer" });

    startup.retry();
    expect(startup.getState()).toMatchObject({ attempt: 2, phase: { kind: "connecting" } });
    expect(office.calls).toBe(2);
    office.answerAfter(3000, "Excel");
    await jest.advanceTimersByTimeAsync(3000);
    expect(startup.getState().phase).toEqual({ kind: "excel" });
  });

  it("a Retry restarts the 30 s", async () => {
    const startup = createStartup(fakeOffice(), IN_EXCEL);
    await jest.advanceTimersByTimeAsync(30_000);
    startup.retry();
    await jest.advanceTimersByTimeAsync(29_000);
    expect(startup.getState().phase.kind).toBe("connecting");
    await jest.advanceTimersByTimeAsync(1000);
    expect(startup.getState().phase).toEqual({ kind: "stopped", problem: "no-answer" });
  });

  it("outside Office without office.js: the preview at once, no timer", () => {
    const startup = createStartup(undefined, "");
    expect(startup.getState().phase).toEqual({ kind: "preview", reason: "office-missing" });
    expect(jest.getTimerCount()).toBe(0);
  });

  it("inside Office without office.js: stopped, and Retry does not pretend to wait", () => {
    const startup = createStartup(undefined, IN_EXCEL);
    expect(startup.getState().phase).toEqual({ kind: "stopped", problem: "office-missing" });
    startup.retry();
    expect(startup.getState().phase).toEqual({ kind: "stopped", problem: "office-missing" });
  });

  it("outside Office, onReady answering host null gives the preview", async () => {
    const office = fakeOffice();
    const startup = createStartup(office, "?workbook=bad");
    office.answerAfter(100, null);
    await jest.advanceTimersByTimeAsync(100);
    expect(startup.getState().phase).toEqual({ kind: "preview", reason: "outside-office" });
  });

  it("outside Office, an Excel answer after the preview started switches to Excel", async () => {
    const office = fakeOffice();
    const startup = createStartup(office, "");
    await jest.advanceTimersByTimeAsync(2000);
    expect(startup.getState().phase).toEqual({ kind: "preview", reason: "office-slow" });
    office.answerAfter(8000, "Excel");
    await jest.advanceTimersByTimeAsync(8000);
    expect(startup.getState().phase).toEqual({ kind: "excel" });
  });

  it("another Office application gets the works-in-Excel state", async () => {
    const office = fakeOffice();
    const startup = createStartup(office, "?_host_Info=Word$Win32$16.01$en-GB$$$$0");
    office.answerAfter(10, "Word");
    await jest.advanceTimersByTimeAsync(10);
    expect(startup.getState().phase).toEqual({ kind: "other-host", host: "Word" });
  });

  it.each([
    ["rejects", "reject"],
    ["throws", "throw"],
  ] as const)(
    "inside Office, onReady that %s stops with the error, never the preview",
    async (_, how) => {
      const office = fakeOffice({ fail: how });
      const startup = createStartup(office, IN_EXCEL);
      await jest.advanceTimersByTimeAsync(0);
      expect(startup.getState().phase).toEqual({
        kind: "stopped",
        problem: "office-error",
        detail: "bad manifest",
      });
    }
  );

  it("after dispose nothing changes and no timer is left", async () => {
    const office = fakeOffice();
    const startup = createStartup(office, IN_EXCEL);
    const listener = jest.fn();
    startup.subscribe(listener);
    startup.dispose();
    expect(jest.getTimerCount()).toBe(0);
    office.answerAfter(10, "Excel");
    await jest.advanceTimersByTimeAsync(10);
    expect(startup.getState().phase.kind).toBe("connecting");
    expect(listener).not.toHaveBeenCalled();
  });
});
