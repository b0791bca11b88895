/**
 * The metadata Excel reads (dist/functions.json) is generated from the JSDoc in functions.ts by
 * custom-functions-metadata, the same generator the webpack plugin calls. This checks it against
 * the specs, so a renamed parameter, a lost optional flag or a broken help link fails here.
 */
import { readFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functionsModule from "../../src/functions/functions";
import { FUNCTION_SPECS } from "../../src/functions/functionSpecs";
import { HELP_URL_BASE } from "../../src/domain/metrics/spec";

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");
const EXPECTED_IDS = [
  "VARIANCE",
  "GROWTH",
  "PRICECAP",
  "VACANCYRATE",
  "RUNRATE",
  "TURNOVER",
  "WTE",
  "FYMONTH",
  "STAFFGROUP",
  "RAG",
];
/** Scalar TRUE/FALSE switches; every other parameter takes a value or a range. */
const FLAGS = new Set(["asPercent", "isInPost", "higherIsWorse"]);

interface Param {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

const squash = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

let generated: {
  metadataJson: string;
  errors: string[];
  associate: { functionName: string; id: string }[];
};
let functions: Fn[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE);
  functions = generated.metadataJson ? JSON.parse(generated.metadataJson).functions : [];
});

it("generates without errors", () => {
  expect(generated.errors).toEqual([]);
});

it("lists exactly the ten LLR functions, in the specs' order", () => {
  expect(functions.map((f) => f.id)).toEqual(EXPECTED_IDS);
  expect(FUNCTION_SPECS.map((s) => s.id)).toEqual(EXPECTED_IDS);
  expect(functions.map((f) => f.name)).toEqual(EXPECTED_IDS); // shown as LLR.<NAME> under the manifest's namespace
});

describe.each(EXPECTED_IDS)("%s", (id) => {
  const fn = () => functions.find((f) => f.id === id)!;
  const spec = FUNCTION_SPECS.find((s) => s.id === id)!;

  it("has the spec's description and help URL (a README anchor)", () => {
    expect(squash(fn().description)).toBe(spec.description);
    expect(fn().helpUrl).toBe(HELP_URL_BASE + spec.helpAnchor);
    expect(spec.helpAnchor).toBe(`llr${id.toLowerCase()}`);
  });

  it("has the spec's parameters, names, optional flags and help", () => {
    expect(fn().parameters.map((p) => [p.name, p.optional === true])).toEqual(
      spec.params.map((p) => [p.name, p.optional])
    );
    expect(fn().parameters.map((p) => squash(p.description))).toEqual(
      spec.params.map((p) => p.description)
    );
  });

  it("takes ranges as matrices of any, flags as scalar booleans, and spills a matrix", () => {
    for (const p of fn().parameters) {
      if (FLAGS.has(p.name))
        expect([p.name, p.type, p.dimensionality]).toEqual([p.name, "boolean", undefined]);
      else expect([p.name, p.type, p.dimensionality]).toEqual([p.name, "any", "matrix"]);
    }
    expect(fn().result?.dimensionality).toBe("matrix");
    expect(fn().options ?? {}).toEqual({}); // not volatile, not streaming
  });

  it("registers a function exported under that name, taking one JavaScript argument per parameter", () => {
    const entry = generated.associate.find((a) => a.id === id);
    expect(entry).toBeDefined();
    const implementation = (functionsModule as Record<string, unknown>)[entry!.functionName];
    expect(typeof implementation).toBe("function");
    expect((implementation as (...args: unknown[]) => unknown).length).toBe(spec.params.length);
  });
});

it("leaves CustomFunctions.associate to the webpack plugin", () => {
  expect(readFileSync(SOURCE, "utf8")).not.toMatch(/CustomFunctions\.associate\s*\(/);
});
