import { err, ok, Result } from "../domain/result";
import { cellError, CellError } from "./cellErrors";

/**
 * Cells that hold Excel data types, as they reach a custom function.
 *
 * functions.json has allowCustomDataForDataTypeAny on (the metadata generator adds it), so a cell
 * holding a data type arrives in an `any` argument as the data type's JSON object (the
 * Excel.CellValue shapes), not as the value the cell shows: a formatted number is
 * { type: "FormattedNumber", basicValue: 12.5, numberFormat: "0.0" }, a Stocks or Geography cell
 * is { type: "LinkedEntity", text: "...", ... }. Every cell passes through plainCell once, before
 * its reader, so the readers only ever see numbers, text, booleans and blanks:
 *
 * | the cell arrives as                                    | read as                                  |
 * |--------------------------------------------------------|------------------------------------------|
 * | Double, FormattedNumber, String, Boolean               | its basicValue                           |
 * | Empty                                                  | a blank (null)                           |
 * | Error, or an error passed in (CustomFunctions.Error)   | the same Excel error (#VALUE! for an error a function cannot return) |
 * | Entity, LinkedEntity, WebImage, Array or any other type | #VALUE!: the cell holds a data type; its display value is needed |
 *
 * Objects that are not data types (a JS Date in a test) pass through to the reader unchanged.
 */

/** Why a cell could not be read as a plain value. */
export type DataTypeProblem =
  | { readonly kind: "dataType"; readonly what: string }
  | { readonly kind: "error"; readonly error: string };

/** The basic types whose basicValue is the value the cell shows, with the JS type it must have. */
const BASIC_TYPES: Readonly<Record<string, "number" | "string" | "boolean">> = {
  Double: "number",
  FormattedNumber: "number",
  String: "string",
  Boolean: "boolean",
};

/** How a data type is named in a message: words an analyst recognises, not the API's names. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  Entity: "entity",
  LinkedEntity: "linked data type",
  WebImage: "image",
  Array: "array",
  Reference: "reference",
  Function: "function",
  NotAvailable: "data type this Excel cannot describe",
};

/** A label of this many characters is enough to recognise the cell. */
const MAX_LABEL = 60;

const EXCEL_ERROR = /^#[A-Z0-9_/]+[!?]?$|^#N\/A$/;

function isExcelErrorText(value: unknown): value is string {
  return typeof value === "string" && EXCEL_ERROR.test(value);
}

function shortText(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 3)}...` : flat;
}

function describeDataType(type: string, cell: Record<string, unknown>): string {
  const words = TYPE_WORDS[type] ?? `data type "${shortText(type)}"`;
  const label =
    typeof cell.text === "string" && cell.text.trim() !== ""
      ? cell.text
      : typeof cell.altText === "string" && cell.altText.trim() !== ""
        ? cell.altText
        : undefined;
  return label === undefined ? words : `${words} "${shortText(label)}"`;
}

/**
 * The plain value of a cell that arrived as an object, or why there is none. Call it only for
 * objects (typeof "object", not null): numbers, text and booleans need no look.
 */
export function plainCell(cell: object): Result<unknown, DataTypeProblem> {
  const fields = cell as Record<string, unknown>;
  const type = fields.type;
  if (typeof type !== "string") {
    // An error passed in as a CustomFunctions.Error carries its display text as `code`.
    if (isExcelErrorText(fields.code)) return err({ kind: "error", error: fields.code });
    return ok(cell);
  }
  if (type === "Empty") return ok(null);
  if (type === "Error")
    return err({
      kind: "error",
      error: isExcelErrorText(fields.basicValue) ? fields.basicValue : "#VALUE!",
    });
  const basic = BASIC_TYPES[type];
  if (basic !== undefined) {
    const value = fields.basicValue;
    if (fields.basicType === "Error" && isExcelErrorText(value))
      return err({ kind: "error", error: value });
    if (typeof value === basic && (basic !== "number" || Number.isFinite(value))) return ok(value);
  }
  return err({ kind: "dataType", what: describeDataType(type, fields) });
}

/** Excel errors a custom function can return with the same code; the rest become #VALUE!. */
const RETURNABLE: Readonly<Record<string, CellError["code"]>> = {
  "#VALUE!": "VALUE",
  "#N/A": "NA",
  "#DIV/0!": "DIV0",
  "#NUM!": "NUM",
};

/**
 * The error for an argument's cell that holds a data type or an error. `where` says which cell:
 * "" for a single value, else the cell's row and column in the argument's range.
 */
export function dataTypeError(problem: DataTypeProblem, name: string, where: string): CellError {
  const subject = where === "" ? name : `${name}: the cell in ${where} of the range`;
  if (problem.kind === "error") {
    const code = RETURNABLE[problem.error];
    if (code !== undefined) return cellError(code, `${subject} holds ${problem.error}`);
    return cellError(
      "VALUE",
      `${subject} holds the error ${problem.error}, which LLR functions cannot pass on`
    );
  }
  return cellError(
    "VALUE",
    `${subject} holds a data type (${problem.what}), not a plain value; LLR functions need its display value: refer to one of its fields (e.g. =A3.Name for cell A3) or to =VALUETOTEXT(A3) instead`
  );
}
