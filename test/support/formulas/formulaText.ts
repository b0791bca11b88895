/** What a formula's text says, read outside its string literals and quoted sheet names. */

/** The formula with "..." literals and '...' sheet names emptied, so their text cannot match. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
}

/** Every function a formula calls, upper case, in order of appearance (repeats kept once). */
export function functionsCalled(formula: string): string[] {
  const names = [...code(formula).matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) =>
    m[1].toUpperCase()
  );
  return [...new Set(names)];
}
