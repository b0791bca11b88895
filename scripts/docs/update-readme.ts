/** `npm run docs`: rewrites README.md's generated sections in place. */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { refreshReadme } from "./generated-sections";

const path = join(__dirname, "..", "..", "README.md");
const before = readFileSync(path, "utf8");
const after = refreshReadme(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? "README.md is up to date" : "README.md updated");
