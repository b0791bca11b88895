// ESLint flat config used by `npm run lint` (office-addin-lint picks up ./eslint.config.mjs when it
// exists). It is office-addin-lint's React config plus the project's own rules.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// office-addins' TypeScript block (parser, typescript-eslint, Office.js and prettier rules) only
// matches .ts/.js files; apply the same block to .tsx so the React components get it too.
const officeTypeScriptBlock = officeAddins.configs.recommended.find((block) => block.files);

// Build tooling (webpack.config.js, scripts/) runs in Node as CommonJS.
const nodeGlobals = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer"].map(
    (name) => [name, "readonly"]
  )
);

export default [
  { ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**"] },
  ...officeAddins.configs.react,
  { ...officeTypeScriptBlock, files: ["**/*.tsx", "**/*.jsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript resolves identifiers (Office, Excel, CustomFunctions, DOM globals) itself.
      "no-undef": "off",
      // The automatic JSX runtime (React 17+) needs no React in scope; types replace prop-types.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // Workbook text must never reach the DOM as HTML.
      "react/no-danger": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Never render HTML from strings: workbook text must reach the DOM as text.",
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: "Never assign HTML strings to the DOM: use textContent or React.",
        },
      ],
    },
  },
  {
    // The Office.js rules read any `context`/`load` as Excel's; code that never touches Office.js
    // (the ExcelJS adapter, the CLI, the pure core, the preview host) would get false reports.
    files: ["src/{domain,workbook,xlsx,cli,preview}/**/*.{ts,tsx}"],
    rules: Object.fromEntries(
      Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "off"])
    ),
  },
  {
    files: ["*.js", "scripts/**/*.js"],
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", globals: nodeGlobals },
  },
  {
    files: ["*.mjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
  },
  {
    // Plain browser scripts copied into dist as they are (the office.js shim).
    files: ["src/**/*.js"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "script",
      globals: { window: "writable", Office: "readonly" },
    },
  },
];
