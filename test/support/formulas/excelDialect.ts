/**
 * HyperFormula made to compute as Excel does where the pack's formulas depend on it. Two
 * differences of HyperFormula 3.5 are corrected, each in one place:
 * - text criteria of SUMIFS and its family (excelCriteria.ts);
 * - "" in arithmetic: HyperFormula reads it as 0, Excel gives #VALUE!. The pack writes "" for a
 *   blank result (IFERROR(...,"")), so a formula adding such a cell must fail as it would in Excel.
 * Both are installed by a plugin, the one place HyperFormula hands out its interpreter.
 */
import { CellError, ErrorType, HyperFormula, type FunctionPluginDefinition } from "hyperformula";
import { excelCriterionBuilder, type CriterionBuilder, type Interpreter } from "./excelCriteria";

type ArithmeticHelper = Interpreter["arithmeticHelper"];

/** The engine's number coercion with Excel's #VALUE! for empty text. */
function emptyTextIsNotANumber(helper: ArithmeticHelper): void {
  const coerce = helper.coerceScalarToNumberOrError.bind(helper);
  Object.defineProperty(helper, "coerceScalarToNumberOrError", {
    value: (arg: Parameters<ArithmeticHelper["coerceScalarToNumberOrError"]>[0]) =>
      arg === "" ? new CellError(ErrorType.VALUE, "Empty text is not a number.") : coerce(arg),
  });
}

const Conditional = HyperFormula.getFunctionPlugin("SUMIFS");
if (!Conditional) throw new Error("HyperFormula has no SUMIFS plugin");

/**
 * The SUMIFS plugin, handed a view of the interpreter whose criterion builder is the
 * Excel-reading one (made on first use: the interpreter makes its builder after its plugins);
 * it also sets the engine's number coercion, which every formula of the engine shares.
 */
class ExcelDialectPlugin extends Conditional {
  constructor(interpreter: Interpreter) {
    let excel: CriterionBuilder | undefined;
    const get = () => (excel ??= excelCriterionBuilder(interpreter.criterionBuilder));
    super(Object.create(interpreter, { criterionBuilder: { get } }) as Interpreter);
    emptyTextIsNotANumber(interpreter.arithmeticHelper);
  }
}

// HyperFormula registers a function only when the plugin's own prototype has its method.
for (const { method } of Object.values(Conditional.implementedFunctions))
  Object.defineProperty(ExcelDialectPlugin.prototype, method, {
    value: (Conditional.prototype as unknown as Record<string, unknown>)[method],
  });

/** Every plugin HyperFormula registers, its SUMIFS family replaced by the Excel dialect. */
export function excelFunctionPlugins(): FunctionPluginDefinition[] {
  return [
    ...HyperFormula.getAllFunctionPlugins().filter((p) => p !== Conditional),
    ExcelDialectPlugin as unknown as FunctionPluginDefinition,
  ];
}
