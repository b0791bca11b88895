/**
 * Matching of short workbook labels (staff types, measures, column headers, setting names) the
 * way people type them: case, spaces, underscores and a trailing colon do not matter.
 */

/** "  Staff  Type: " -> "stafftype". Non-text values give "". */
export function labelKey(value: unknown): string {
  if (typeof value !== "string") return typeof value === "number" ? String(value) : "";
  return value
    .toLowerCase()
    .replace(/[\s\u00a0_]+/g, "")
    .replace(/:$/, "");
}

/** Trimmed text of a cell for display and free-text fields; numbers as written, blanks as "". */
export function cellText(value: unknown): string {
  if (typeof value === "string") {
    const n = value.length;
    if (n === 0) return value;
    // Skip the trim (and its copy) when both ends are visible characters, as they nearly always are.
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(n - 1);
    if (first > 32 && first !== 0xa0 && last > 32 && last !== 0xa0) return value;
    return value.trim();
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

export type LabelMatch<T extends string> =
  | { readonly kind: "canonical"; readonly value: T }
  | { readonly kind: "alias"; readonly value: T; readonly alias: string }
  | { readonly kind: "unknown"; readonly text: string };

export interface LabelResolver<T extends string> {
  readonly canonical: readonly T[];
  readonly aliases: Readonly<Record<T, readonly string[]>>;
  resolve(value: unknown): LabelMatch<T>;
}

/**
 * A resolver over a closed list of canonical labels and their aliases. Results are cached per
 * distinct text, so resolving a 100,000-row column allocates one result per distinct label.
 */
export function labelResolver<T extends string>(
  canonical: readonly T[],
  aliases: Readonly<Record<T, readonly string[]>>
): LabelResolver<T> {
  const byKey = new Map<string, T>();
  for (const value of canonical) byKey.set(labelKey(value), value);
  for (const value of canonical) {
    for (const alias of aliases[value]) {
      const key = labelKey(alias);
      if (!byKey.has(key)) byKey.set(key, value);
    }
  }
  const cache = new Map<string, LabelMatch<T>>();
  const MAX_CACHE = 10_000;
  return {
    canonical,
    aliases,
    resolve(value: unknown): LabelMatch<T> {
      const text = cellText(value);
      const cached = cache.get(text);
      if (cached) return cached;
      const found = byKey.get(labelKey(text));
      const match: LabelMatch<T> =
        found === undefined
          ? { kind: "unknown", text }
          : found === text
            ? { kind: "canonical", value: found }
            : labelKey(found) === labelKey(text)
              ? { kind: "canonical", value: found }
              : { kind: "alias", value: found, alias: text };
      if (cache.size < MAX_CACHE) cache.set(text, match);
      return match;
    },
  };
}
