/**
 * Where each drop-down list's allowed values live, decided once for both adapters.
 *
 * Excel stores a short list inline in the validation rule ("UHL,LPT"), but the inline text is
 * limited to 255 characters and cannot hold a value that contains a comma ("Nursing, Midwifery")
 * or a double quote. Such lists go to columns of a hidden sheet, and the rule refers to that range.
 */
import type { WritePlan } from "./plan";
import { columnLetters } from "./a1";

export const LIST_SHEET_NAME = "LLR Lists";
export const LIST_SHEET_MARKER = "llr-lists";
/** Excel's limit on an inline list's text. */
export const INLINE_LIST_LIMIT = 255;
/** Excel's limit on a validation's input message; longer ones make Excel "repair" the file. */
export const PROMPT_LIMIT = 255;

function clipPrompt(prompt: string | undefined): string | undefined {
  if (prompt === undefined || prompt.length <= PROMPT_LIMIT) return prompt;
  return prompt.slice(0, PROMPT_LIMIT - 3) + "...";
}

export type ListSource =
  | { readonly kind: "inline"; readonly text: string }
  /** Column `column` (0-based) of the list sheet, rows 1..count. */
  | { readonly kind: "sheet"; readonly column: number; readonly count: number };

export interface PlacedValidation {
  /** A1 range on the plan's sheet. */
  readonly range: string;
  readonly prompt?: string;
  readonly source: ListSource;
}

export interface ListPlacement {
  /** Parallel to plan.sheets. */
  readonly bySheet: readonly (readonly PlacedValidation[])[];
  /** One column per distinct list that could not be inline; empty when no list sheet is needed. */
  readonly sheetColumns: readonly (readonly string[])[];
}

/** "a,b,c" when Excel can hold the list inline, otherwise null. */
export function inlineListText(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(",") || v.includes('"'))) return null;
  const text = values.join(",");
  return text.length <= INLINE_LIST_LIMIT ? text : null;
}

export function placeValidationLists(plan: WritePlan): ListPlacement {
  const sheetColumns: string[][] = [];
  const columnOf = new Map<string, number>();
  const bySheet = plan.sheets.map((sheet) =>
    (sheet.validations ?? []).map((v): PlacedValidation => {
      const text = inlineListText(v.values);
      const prompt = clipPrompt(v.prompt);
      if (text !== null) return { range: v.range, prompt, source: { kind: "inline", text } };
      const key = JSON.stringify(v.values);
      let column = columnOf.get(key);
      if (column === undefined) {
        column = sheetColumns.length;
        columnOf.set(key, column);
        sheetColumns.push([...v.values]);
      }
      return { range: v.range, prompt, source: { kind: "sheet", column, count: v.values.length } };
    })
  );
  return { bySheet, sheetColumns };
}

/** "'LLR Lists'!$B$1:$B$6": the range a sheet-held list's rule refers to (without "="). */
export function listRangeReference(listSheetName: string, column: number, count: number): string {
  const col = columnLetters(column);
  return `'${listSheetName.replace(/'/g, "''")}'!$${col}$1:$${col}$${Math.max(count, 1)}`;
}
