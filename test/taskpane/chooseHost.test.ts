import { chooseHost, previewReasonText, type OfficeLike } from "../../src/taskpane/boot/chooseHost";

const HostType = { Excel: "Excel", Word: "Word" };

function office(onReady: () => Promise<{ host: unknown }>): OfficeLike {
  return { onReady, HostType };
}

describe("chooseHost", () => {
  afterEach(() => jest.useRealTimers());

  it("uses the preview when office.js did not load", async () => {
    await expect(chooseHost(undefined)).resolves.toEqual({
      kind: "preview",
      reason: "office-missing",
    });
  });

  it("uses Excel when Office says the host is Excel", async () => {
    await expect(chooseHost(office(async () => ({ host: "Excel" })))).resolves.toEqual({
      kind: "excel",
    });
  });

  it.each([null, undefined])(
    "uses the preview when Office.onReady gives host %s (outside Office)",
    async (host) => {
      await expect(chooseHost(office(async () => ({ host })))).resolves.toEqual({
        kind: "preview",
        reason: "outside-office",
      });
    }
  );

  it("uses the preview in another Office app and says which", async () => {
    await expect(chooseHost(office(async () => ({ host: "Word" })))).resolves.toEqual({
      kind: "preview",
      reason: "other-host",
      detail: "Word",
    });
  });

  it("falls back to the preview when Office.onReady never resolves", async () => {
    jest.useFakeTimers();
    const choice = chooseHost(
      office(() => new Promise(() => undefined)),
      2000
    );
    jest.advanceTimersByTime(1999);
    let settled = false;
    void choice.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(choice).resolves.toEqual({ kind: "preview", reason: "office-timeout" });
  });

  it("an answer after the timeout does not change the decision", async () => {
    jest.useFakeTimers();
    let answer: (v: { host: unknown }) => void = () => undefined;
    const choice = chooseHost(
      office(() => new Promise((resolve) => (answer = resolve))),
      100
    );
    jest.advanceTimersByTime(100);
    answer({ host: "Excel" });
    await expect(choice).resolves.toEqual({ kind: "preview", reason: "office-timeout" });
  });

  it.each([
    ["rejects", () => Promise.reject(new Error("bad manifest"))],
    [
      "throws",
      () => {
        throw new Error("bad manifest");
      },
    ],
  ])("uses the preview when Office.onReady %s", async (_, onReady) => {
    await expect(chooseHost(office(onReady as () => Promise<{ host: unknown }>))).resolves.toEqual({
      kind: "preview",
      reason: "office-error",
      detail: "bad manifest",
    });
  });

  it("compares with Office.HostType.Excel when office.js provides it", async () => {
    const odd: OfficeLike = { onReady: async () => ({ host: 7 }), HostType: { Excel: 7 } };
    await expect(chooseHost(odd)).resolves.toEqual({ kind: "excel" });
  });

  it.each([
    "office-missing",
    "outside-office",
    "other-host",
    "office-timeout",
    "office-error",
  ] as const)("explains the %s preview in words", (reason) => {
    expect(previewReasonText({ kind: "preview", reason })).toMatch(/sample workbook/);
  });
});
