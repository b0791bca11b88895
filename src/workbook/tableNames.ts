/**
 * One policy for naming the tables a plan writes, shared by every adapter (Office.js, ExcelJS and
 * the preview host), so a pack gets the same table names wherever it is written.
 *
 * Excel keeps table names and defined names in one namespace, compared without regard to case:
 * a table may not take the name of another table, nor of a workbook- or sheet-scoped defined name.
 * A clash is resolved by the first free `<name>_2` .. `<name>_<MAX_TABLE_NAME_TRIES>`; past that
 * the write is refused with a message, rather than looping or guessing.
 */

/** How many alternatives (`_2` .. `_9`) are tried before the write is refused. */
export const MAX_TABLE_NAME_TRIES = 9;

/** Excel's limit on a table name's length. */
export const MAX_TABLE_NAME_LENGTH = 255;

export type TableNameChoice =
  | { readonly ok: true; readonly name: string; readonly message?: string }
  | { readonly ok: false; readonly message: string };

/** The names in use, upper-cased: tables and defined names together. */
export function takenNames(names: Iterable<string>): Set<string> {
  const taken = new Set<string>();
  for (const name of names) taken.add(name.toUpperCase());
  return taken;
}

/** `desired`, `desired_2`, ... in the order they are tried. */
export function tableNameCandidates(desired: string): string[] {
  const out = [desired];
  for (let n = 2; n <= MAX_TABLE_NAME_TRIES; n++) out.push(`${desired}_${n}`);
  return out;
}

/**
 * The first candidate not in `taken` (upper-cased names of tables and defined names). The
 * chosen name is not added to `taken`: the caller adds it once the table is planned.
 */
export function chooseTableName(
  desired: string,
  taken: ReadonlySet<string>,
  sheet: string
): TableNameChoice {
  for (const candidate of tableNameCandidates(desired)) {
    if (candidate.length > MAX_TABLE_NAME_LENGTH) break;
    if (taken.has(candidate.toUpperCase())) continue;
    if (candidate === desired) return { ok: true, name: candidate };
    return {
      ok: true,
      name: candidate,
      message: `A table or defined name "${desired}" already exists in the workbook, so the table on "${sheet}" is named "${candidate}".`,
    };
  }
  return {
    ok: false,
    message: `The workbook already has tables or defined names "${desired}" to "${desired}_${MAX_TABLE_NAME_TRIES}", so the table for "${sheet}" cannot be named: rename or delete one of them and run again. Nothing was written.`,
  };
}
