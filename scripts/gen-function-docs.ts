/**
 * Prints the README's "## Function reference" section, generated from the function specs.
 * Paste the output over that section of README.md whenever a spec changes.
 * Run: npx tsc --ignoreConfig --outDir /tmp/gen-function-docs --module commonjs --moduleResolution bundler --target es2020 \
 *        --types node --skipLibCheck scripts/gen-function-docs.ts && node /tmp/gen-function-docs/scripts/gen-function-docs.js
 */
import { functionReferenceMarkdown } from "../src/functions/functionReference";

process.stdout.write(functionReferenceMarkdown());
