/** Small builders for class definitions, so each reads as a table of members and their API sets. */
import { parseRange } from "../../../../src/workbook/rangeRef";
import { officeError } from "../errors";
import type { PropDef } from "../classDef";
import type { FakeRuntime } from "../runtime";
import type { RangeTarget, SheetModel } from "../model";

/** A property that can be read and set. */
export function rw<T>(
  api: string,
  read: (t: T, rt: FakeRuntime) => unknown,
  write: (t: T, v: any, rt: FakeRuntime) => void,
  extra: Partial<PropDef> = {}
): PropDef {
  return { api, read, write, ...extra };
}

/** A property that can only be read. */
export function ro<T>(api: string, read: (t: T, rt: FakeRuntime) => unknown): PropDef {
  return { api, read };
}

/** A property that can only be set (the adapter never reads it back). */
export function wo<T>(
  api: string,
  write: (t: T, v: any, rt: FakeRuntime) => void,
  extra: Partial<PropDef> = {}
): PropDef {
  return { api, write, ...extra };
}

export function rangeOf(sheet: SheetModel, address: string): RangeTarget {
  const rect = parseRange(address.replace(/\$/g, ""));
  if (!rect) throw officeError("InvalidArgument", `"${address}" is not a valid range address.`);
  return { kind: "range", sheet, rect };
}

export function refuseIfProtected(sheet: SheetModel, what: string): void {
  if (sheet.protected)
    throw officeError(
      "AccessDenied",
      `Sheet "${sheet.name}" is protected, so ${what} was refused.`
    );
}
