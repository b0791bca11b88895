import * as functionsModule from "../../src/functions/functions";
import {
  functionReferenceMarkdown,
  githubAnchor,
  syntaxOf,
} from "../../src/functions/functionReference";
import { FUNCTION_SPECS } from "../../src/functions/functionSpecs";
import type { FunctionSpec } from "../../src/domain/metrics/spec";
import { show } from "./excelCells";

describe("githubAnchor", () => {
  it.each([
    ["LLR.VARIANCE", "llrvariance"],
    ["LLR.STAFFGROUP", "llrstaffgroup"],
    ["Function reference", "function-reference"],
    ["Quick start: tests", "quick-start-tests"],
  ])("%p -> #%s", (heading, anchor) => {
    expect(githubAnchor(heading)).toBe(anchor);
  });
});

describe("the generated function reference", () => {
  const markdown = functionReferenceMarkdown();
  const headings = markdown
    .split("\n")
    .filter((l) => l.startsWith("### "))
    .map((l) => l.slice(4));

  it("has one section per function, in order, each heading giving the help URL's anchor", () => {
    expect(headings).toEqual(FUNCTION_SPECS.map((s) => `LLR.${s.id}`));
    expect(headings.map(githubAnchor)).toEqual(FUNCTION_SPECS.map((s) => s.helpAnchor));
  });

  it.each(FUNCTION_SPECS.map((s) => [s.id, s] as const))(
    "%s: syntax, parameters, errors and blank rule",
    (_id, spec) => {
      const body = markdown.split(`### LLR.${spec.id}\n`)[1].split("\n### ")[0];
      expect(body).toContain(`**Syntax:** \`${syntaxOf(spec)}\``);
      for (const p of spec.params)
        expect(body).toContain(`| \`${p.name}\` | ${p.optional ? "optional" : "required"} |`);
      for (const e of spec.errors) expect(body).toContain(`\`${e.display}\` when`);
      expect(body).toContain(`**Blank cells:** ${spec.blanks}`);
    }
  );

  it("writes optional parameters in brackets", () => {
    expect(syntaxOf(FUNCTION_SPECS[0])).toBe("=LLR.VARIANCE(actual, plan, [asPercent])");
  });

  it("states the blank-cell rule once for all functions", () => {
    expect(markdown).toContain(
      "**Blank cells.** Excel desktop passes an empty cell to a function as 0"
    );
  });
});

/** Evaluates an example such as =LLR.PRICECAP(37.9, 45.392/12*7) through the real function. */
function evaluateExample(spec: FunctionSpec): unknown {
  const match = /^=LLR\.([A-Z]+)\((.*)\)$/.exec(spec.example.formula);
  if (!match || match[1] !== spec.id)
    throw new Error(`example formula does not call LLR.${spec.id}: ${spec.example.formula}`);
  const args = match[2].split(/,\s*/).map((arg): unknown => {
    if (/^".*"$/.test(arg)) return [[arg.slice(1, -1)]];
    if (arg === "TRUE" || arg === "FALSE") return arg === "TRUE";
    if (!/^[\d.+\-*/ ]+$/.test(arg)) throw new Error(`unsupported example argument ${arg}`);
    return [[Function(`return (${arg});`)() as number]];
  });
  const fn = Object.entries(functionsModule).find(
    ([name]) => name.toLowerCase() === spec.id.toLowerCase()
  )![1] as (...a: unknown[]) => unknown[][];
  const result = fn(...args);
  expect(result.length).toBe(1);
  return show(result[0][0]);
}

it.each(FUNCTION_SPECS.map((s) => [s.id, s] as const))(
  "%s: the documented example gives the documented result",
  (_id, spec) => {
    const value = evaluateExample(spec);
    const shown = spec.example.result;
    if (/^-?\d+(\.\d+)?$/.test(shown)) {
      const decimals = shown.split(".")[1]?.length ?? 0;
      expect((value as number).toFixed(decimals)).toBe(Number(shown).toFixed(decimals));
    } else {
      expect(value).toBe(shown);
    }
  }
);
