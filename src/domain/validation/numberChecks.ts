/**
 * Numeric cells: text, errors and non-numbers (from the reader's flaws), and negative WTE.
 */
import type { NumberFlaw } from "../template/cells";
import type { CheckContext } from "./context";
import { formatNumber, quoteValue } from "./format";

/**
 * One issue per odd number cell. With `groupTextNumbers` (the Staff sheet, where an ESR extract
 * often stores every WTE as text) numbers stored as text are one warning at the first such cell,
 * with the count of the others; errors and non-numbers are still one issue each.
 */
export function checkFlaws(
  ctx: CheckContext,
  sheet: { readonly name: string; readonly flaws: readonly NumberFlaw[] },
  groupTextNumbers = false
): void {
  const { sink } = ctx;
  let firstText: NumberFlaw | null = null;
  let moreText = 0;
  for (const f of sheet.flaws) {
    if (groupTextNumbers && f.kind === "text") {
      if (firstText) moreText++;
      else firstText = f;
      continue;
    }
    describeFlaw(ctx, sheet.name, f, sink);
  }
  if (firstText) {
    const more =
      moreText > 0
        ? ` ${formatNumber(moreText, 0)} more cell${moreText > 1 ? "s" : ""} of this sheet hold numbers as text too.`
        : "";
    sink.at(
      "TEXT_NUMBER",
      sheet.name,
      firstText.row,
      firstText.col,
      `${quoteValue(firstText.raw)} is a number stored as text; it is read as ${formatNumber(firstText.value ?? 0, decimalsOf(firstText.value ?? 0))}.${more} Convert the column to numbers.`,
      firstText.raw
    );
  }
}

function describeFlaw(
  ctx: CheckContext,
  sheetName: string,
  f: NumberFlaw,
  sink: CheckContext["sink"]
): void {
  switch (f.kind) {
    case "error":
      sink.at(
        "FORMULA_ERROR",
        sheetName,
        f.row,
        f.col,
        `the cell shows the Excel error ${String(f.raw).trim()}, so it is ignored. Fix the formula (or enter the value).`,
        f.raw
      );
      return;
    case "invalid":
      sink.at(
        "NOT_A_NUMBER",
        sheetName,
        f.row,
        f.col,
        `${quoteValue(f.raw)} is not a number${f.reason && f.reason !== "not a number" ? ` (${f.reason})` : ""}, so it is ignored. Enter a number or leave the cell blank.`,
        f.raw
      );
      return;
    case "text":
      sink.at(
        "TEXT_NUMBER",
        sheetName,
        f.row,
        f.col,
        `${quoteValue(f.raw)} is a number stored as text; it is read as ${formatNumber(f.value ?? 0, decimalsOf(f.value ?? 0))}. Convert the cell to a number.`,
        f.raw
      );
      return;
  }
}

function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const s = String(value);
  const dot = s.indexOf(".");
  return dot < 0 ? 2 : Math.min(4, s.length - dot - 1);
}

/** One NEGATIVE_WTE issue; `what` says whose figure it is. */
export function negativeWte(
  ctx: CheckContext,
  sheet: string,
  row: number,
  col: number,
  value: number,
  what: string
): void {
  ctx.sink.at(
    "NEGATIVE_WTE",
    sheet,
    row,
    col,
    `${what} is ${formatNumber(value, 2)} WTE; WTE cannot be negative. Correct the figure.`,
    value
  );
}
