/**
 * The one way workbook text gets into the HTML report. Organisation names, row labels and titles
 * come from the user's workbook, so every one of them goes through here: text content and quoted
 * attribute values alike (the five characters below are all HTML needs in both).
 */
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: unknown): string {
  const s = text === null || text === undefined ? "" : String(text);
  return s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
