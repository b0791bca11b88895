/** Reads one workbook and validates it: the unit of work of `validate`, in a worker or not. */
import { readSnapshotFromFile } from "../xlsx/readSnapshot";
import { validate, type ValidationIssue } from "../domain/validation";
import { cleanMessage } from "../xlsx/readSnapshot";

export type FileCheck =
  | { readonly file: string; readonly ok: true; readonly issues: readonly ValidationIssue[] }
  | { readonly file: string; readonly ok: false; readonly reason: string };

export interface CheckRequest {
  readonly file: string;
  readonly month?: number;
}

export async function checkFile({ file, month }: CheckRequest): Promise<FileCheck> {
  const read = await readSnapshotFromFile(file);
  if (!read.ok) return { file, ok: false, reason: read.error.reason };
  try {
    return { file, ok: true, issues: validate(read.value, month === undefined ? {} : { month }) };
  } catch (e) {
    return {
      file,
      ok: false,
      reason: `internal error while validating (please report it): ${cleanMessage(e)}`,
    };
  }
}
