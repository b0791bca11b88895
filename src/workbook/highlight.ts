/**
 * The port's other output beside WritePlan: cells to mark, in a way that can later be removed
 * completely without touching the user's own formatting. Every adapter marks cells with
 * conditional formats the add-in owns, never cell fills (a fill overwrites the user's fill and
 * cannot be told apart from it later).
 *
 * Office.js conditional formats carry no tag or name, so the add-in's are recognised by their
 * rule: a custom rule whose formula is always TRUE and names the marker as a string literal,
 * =AND(TRUE,"LLR-coding"="LLR-coding"). Excel stores string literals as typed, so the marker
 * survives save, reload and ExcelJS round trips; clearing deletes exactly the conditional
 * formats whose formula contains the quoted marker and nothing else.
 */
import { parseRange, type CellRect } from "./rangeRef";

export interface HighlightPlan {
  /** The sheet whose cells are marked, as named in the workbook. */
  readonly sheet: string;
  /** A1 ranges on that sheet (no sheet prefix), top to bottom. */
  readonly ranges: readonly string[];
  /** Identifies the add-in's conditional formats; the rule formula carries it. */
  readonly marker: string;
  /** The conditional format's rule: =AND(TRUE,"<marker>"="<marker>"). */
  readonly formula: string;
  /** Fill of the highlighted cells, "#RRGGBB". */
  readonly fill: string;
}

/** Longest comma-separated address handed to one conditional format (Office.js RangeAreas). */
export const MAX_AREA_ADDRESS_LENGTH = 2000;

/** Markers are letters, digits, - and _; anything else becomes _. */
export function safeMarker(marker: string): string {
  return marker.replace(/[^A-Za-z0-9_-]/g, "_");
}

/** The always-true rule formula that names the marker. */
export function markerFormula(marker: string): string {
  const safe = safeMarker(marker);
  return `=AND(TRUE,"${safe}"="${safe}")`;
}

/** True when a conditional format's formula is the add-in's for this marker (whatever case or spacing Excel gives back). */
export function isMarkerFormula(formula: string | null | undefined, marker: string): boolean {
  if (typeof formula !== "string") return false;
  return formula.includes(`"${safeMarker(marker)}"`);
}

/** The plan's ranges as comma-separated addresses, each at most maxLength long (one conditional format each). */
export function highlightAreas(
  plan: HighlightPlan,
  maxLength: number = MAX_AREA_ADDRESS_LENGTH
): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const range of plan.ranges) {
    if (current !== "" && current.length + 1 + range.length > maxLength) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? range : `${current},${range}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

/** The rectangles of a comma-separated area; null when any part is not an A1 range. */
export function areaRects(area: string): CellRect[] | null {
  const rects: CellRect[] = [];
  for (const part of area.split(",")) {
    const rect = parseRange(part);
    if (!rect) return null;
    rects.push(rect);
  }
  return rects;
}

/** The distinct markers of some plans, in order. */
export function planMarkers(plans: readonly HighlightPlan[]): string[] {
  return [...new Set(plans.map((p) => p.marker))];
}
