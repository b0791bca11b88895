/**
 * A fake Office global for start-up tests that behaves as office.js does: every Office.onReady
 * call stays pending until Office is ready, then all of them (and any later call) resolve with the
 * same host. The answer is scheduled with setTimeout, so jest's fake timers decide when it comes.
 */
import type { OfficeLike } from "../../../src/taskpane/boot/officeSignals";

export interface FakeOffice extends OfficeLike {
  /** How many times onReady was called. */
  readonly calls: number;
  /** Office becomes ready `ms` from now and answers with this host. */
  answerAfter(ms: number, host: string | null): void;
}

export function fakeOffice(options: { fail?: "reject" | "throw" } = {}): FakeOffice {
  let calls = 0;
  let answer: { host: string | null } | undefined;
  const pending: ((info: { host: string | null }) => void)[] = [];
  return {
    HostType: { Excel: "Excel" },
    get calls() {
      return calls;
    },
    onReady() {
      calls++;
      if (options.fail === "throw") throw new Error("bad manifest");
      if (options.fail === "reject") return Promise.reject(new Error("bad manifest"));
      if (answer) return Promise.resolve(answer);
      return new Promise((resolve) => pending.push(resolve));
    },
    answerAfter(ms, host) {
      setTimeout(() => {
        answer = { host };
        for (const resolve of pending.splice(0)) resolve(answer);
      }, ms);
    },
  };
}
