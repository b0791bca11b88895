/**
 * zod must never try `new Function` once the template is loaded: the task pane's CSP would
 * report the attempt as a violation. The Function constructor is watched while the modules load
 * fresh; the control row shows the watch sees zod's probe when nothing sets `jitless`.
 */
import type { ZodType } from "zod";

type Global = typeof globalThis & { __zod_globalConfig?: unknown };

/** Bodies passed to the Function constructor while `load` runs its modules afresh. */
function functionBodiesDuring(load: () => void): string[] {
  const g = globalThis as Global;
  const original = g.Function;
  const bodies: string[] = [];
  const watched = new Proxy(original, {
    construct(target, args: unknown[]) {
      bodies.push(String(args[args.length - 1] ?? ""));
      return Reflect.construct(target, args);
    },
    apply(target, self, args: unknown[]) {
      bodies.push(String(args[args.length - 1] ?? ""));
      return Reflect.apply(target, self, args);
    },
  });
  delete g.__zod_globalConfig; // zod keeps its config on globalThis, across module registries
  g.Function = watched;
  try {
    jest.isolateModules(load);
  } finally {
    g.Function = original;
    delete g.__zod_globalConfig;
  }
  return bodies;
}

/* eslint-disable @typescript-eslint/no-require-imports */
it.each<{ modules: string; load: () => void; probes: boolean }>([
  {
    modules: "zod alone (control: the probe runs)",
    load: () => {
      const { z } = require("zod") as typeof import("zod");
      z.object({ a: z.string() }).parse({ a: "x" });
    },
    probes: true,
  },
  {
    modules: "the template definition",
    load: () => {
      const { PWR_ROW } = require("../../../src/domain/template/definition");
      (PWR_ROW as ZodType).safeParse({});
    },
    probes: false,
  },
  {
    modules: "the settings definition",
    load: () => {
      const { SETTINGS_SCHEMA } = require("../../../src/domain/template/settingsDefinition");
      (SETTINGS_SCHEMA as ZodType).safeParse({});
    },
    probes: false,
  },
  {
    modules: "the whole template module, parsing the sample workbook",
    load: () => {
      const { parseTemplate } = require("../../../src/domain/template/parse");
      const sample = require("../../../seeds/llr-m7-sample.snapshot.json");
      parseTemplate(sample);
    },
    probes: false,
  },
])("loading $modules: zod tries new Function: $probes", ({ load, probes }) => {
  const bodies = functionBodiesDuring(load);
  expect(bodies.includes("")).toBe(probes);
});
