import { readFileSync } from "fs";
import { join } from "path";
import { refreshReadme } from "../../scripts/docs/generated-sections";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

describe("README", () => {
  it("holds the generated sections as the code generates them today (run `npm run docs`)", () => {
    expect(refreshReadme(readme)).toBe(readme);
  });

  it("has a quick start with exactly the two set-up commands: the demo and the tests", () => {
    const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1));
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart);
    expect(block).not.toBeNull();
    const commands = block![1].split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);
    expect(commands).toEqual(["npm ci && npm run demo", "npm test"]);
  });
});
