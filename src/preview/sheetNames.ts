/** Finding a sheet the way Excel does: an exact match first, then case-insensitively. */

export function sameSheetName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function findSheetIndex(names: readonly string[], wanted: string): number {
  const exact = names.indexOf(wanted);
  return exact >= 0 ? exact : names.findIndex((n) => sameSheetName(n, wanted));
}
