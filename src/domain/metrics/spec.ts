/**
 * Declarative description of one LLR function family. The custom functions' JSDoc, the README's
 * function reference and the metadata test all read the same spec, so names and help stay in step.
 */
export interface ParamSpec {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
}

export interface ErrorSpec {
  /** The error an Excel cell shows, e.g. "#DIV/0!". */
  readonly display: "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";
  readonly when: string;
}

export interface FunctionSpec {
  /** Function id without the namespace: "VARIANCE" is called as =LLR.VARIANCE(...). */
  readonly id: string;
  /** One or two sentences for an analyst; the JSDoc description repeats it word for word. */
  readonly description: string;
  /** The NHS definition, as a formula in words. */
  readonly definition: string;
  readonly params: readonly ParamSpec[];
  /** GitHub heading anchor of "### LLR.<ID>" in README.md. */
  readonly helpAnchor: string;
  /** result is what the cell shows (a test evaluates the formula and compares at this precision). */
  readonly example: { readonly formula: string; readonly result: string; readonly note?: string };
  readonly errors: readonly ErrorSpec[];
  /** How an empty cell is treated (desktop passes 0, Excel on the web passes null). */
  readonly blanks: string;
}

/** Where the README lives; help URLs are this plus the function's anchor. */
export const HELP_URL_BASE = "https://github.com/llr-workforce/llr-workforce#";

export const helpAnchorFor = (id: string): string => `llr${id.toLowerCase()}`;

export const helpUrl = (spec: FunctionSpec): string => HELP_URL_BASE + spec.helpAnchor;

/** Blank-cell wording shared by every function whose arguments are amounts. */
export const BLANK_IS_ZERO =
  'An empty cell counts as 0 (Excel desktop passes 0 and Excel on the web passes nothing; both are treated as 0, as in ordinary Excel arithmetic). A cell holding empty text (a formula returning "") gives #N/A "missing value".';
