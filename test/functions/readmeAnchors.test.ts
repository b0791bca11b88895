/**
 * Every function's help URL points at an anchor in README.md; this fails until the README carries the
 * generated "## Function reference" (scripts/gen-function-docs.ts prints it).
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { githubAnchor } from "../../src/functions/functionReference";
import { FUNCTION_SPECS } from "../../src/functions/functionSpecs";

const README = path.join(__dirname, "../../README.md");

describe("README.md function reference", () => {
  const text = existsSync(README) ? readFileSync(README, "utf8") : "";
  const anchors = new Set(
    text
      .split(/\r?\n/)
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => githubAnchor(line.replace(/^#{1,6} /, "")))
  );

  it("exists and has a Function reference section", () => {
    expect(existsSync(README)).toBe(true);
    expect(anchors.has("function-reference")).toBe(true);
  });

  it.each(FUNCTION_SPECS.map((s) => [s.id, s.helpAnchor]))(
    "LLR.%s: README has a heading with anchor #%s",
    (_id, anchor) => {
      expect(anchors.has(anchor)).toBe(true);
    }
  );
});
