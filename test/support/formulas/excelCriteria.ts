/**
 * Text criteria of SUMIFS, COUNTIFS and the rest of their plugin, read as Excel reads them.
 *
 * The pack's SUMIFS criteria come from criterionString (src/domain/pack/criteria.ts): a label as
 * typed, with "~" before "~", "*" and "?", "<>" for an exclusion, and "=" before a label that
 * starts with "=", "<" or ">". HyperFormula 3.5 reads some such text differently from Excel:
 * - it takes the first run of "<", ">" and "=" anywhere in the text as the operator, so "=<x" is
 *   #VALUE! and "a<b" means "less than b"; Excel reads an operator only at the start;
 * - its wildcard pattern leaves "|" unescaped (a regular-expression alternation) and makes "?"
 *   "zero or one character", where Excel's "?" is exactly one.
 * For a text criterion that meets one of these, this adapter matches the text itself with Excel's
 * rules (whole cell, ignoring case, "~" escapes, "*" and "?" wildcards). Every other criterion,
 * and the ranges, sums and errors around it, stay HyperFormula's. A criterion neither engine
 * would read the same way (text ordering such as "<b", a "~" before another character) throws:
 * the pack writes none, and a test must not pass on a guess.
 */
import type { FunctionPluginDefinition } from "hyperformula";

export type Interpreter = ConstructorParameters<FunctionPluginDefinition>[0];
export type CriterionBuilder = Interpreter["criterionBuilder"];
type Helper = Parameters<CriterionBuilder["fromCellValue"]>[1];
type Lambda = (value: unknown) => boolean;

const OPERATOR = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/;

/** Excel's reading of a text criterion, when HyperFormula's would differ; otherwise null. */
export function excelTextMatcher(
  criterion: unknown,
  isNumber: (text: string) => boolean
): Lambda | null {
  if (typeof criterion !== "string") return null;
  const [, operator = "", text] = OPERATOR.exec(criterion) ?? [];
  const pattern = wildcardPattern(text);
  if (operator !== "" && operator !== "=" && operator !== "<>") {
    if (isNumber(text) && !pattern.differs) return null;
    throw new Error(
      `criterion "${criterion}" orders text, which HyperFormula does not as Excel does`
    );
  }
  if (!pattern.differs) return null;
  const equal = (value: unknown) => typeof value === "string" && pattern.regex.test(value);
  return operator === "<>" ? (value) => !equal(value) : equal;
}

/** Excel's wildcard text as a whole-cell regular expression, and whether HyperFormula's differs. */
function wildcardPattern(text: string): { regex: RegExp; differs: boolean } {
  let source = "";
  let differs = /[<>=|]/.test(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "~") {
      const next = text[i + 1];
      if (next === undefined || !"~*?".includes(next))
        throw new Error(
          `criterion text "${text}" has "~" before "${next ?? ""}", read differently by each engine`
        );
      source += escapeRegex(next);
      i++;
    } else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") {
      source += "[\\s\\S]";
      differs = true;
    } else source += escapeRegex(ch);
  }
  return { regex: new RegExp(`^${source}$`, "i"), differs };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** HyperFormula's criterion builder, with Excel's reading where the two differ. */
export function excelCriterionBuilder(builder: CriterionBuilder): CriterionBuilder {
  const fromCellValue: CriterionBuilder["fromCellValue"] = (raw, helper: Helper) => {
    const isNumber = (text: string) => helper.coerceToMaybeNumber(text) !== undefined;
    const lambda = excelTextMatcher(raw, isNumber);
    if (lambda === null) return builder.fromCellValue(raw, helper);
    return { raw: raw as string, lambda };
  };
  return Object.create(builder, { fromCellValue: { value: fromCellValue } }) as CriterionBuilder;
}
