/**
 * PWR and PFR side by side: for each organisation x staff type x group, the plan and actual
 * rows of both returns, read by FY month (WTE; pay in £000 whatever the workbook's finance unit).
 * Total rows and rows with an unknown label are left out: the validator reports those.
 */
import type { StaffGroup } from "../staffGroups";
import type { StaffType } from "../staffTypes";
import type { ParsedTemplate, ReturnRow, ReturnSheet } from "../template/model";
import { valueAt } from "../template/reporting";
import { THOUSANDS_PER_UNIT } from "../template/settingsDefinition";
import { cellRef } from "./finding";

export type Side = "pwr" | "pfr";
export type Measure = "Plan" | "Actual";

export interface GroupSeries {
  readonly orgKey: string;
  /** The organisation as first written. */
  readonly organisation: string;
  readonly staffType: StaffType;
  readonly group: StaffGroup;
  readonly rows: Readonly<Record<Side, Partial<Record<Measure, ReturnRow>>>>;
}

/** One organisation x staff type: its groups in canonical order of first appearance. */
export interface SeriesBlock {
  readonly orgKey: string;
  readonly organisation: string;
  readonly staffType: StaffType;
  readonly groups: readonly GroupSeries[];
}

export class ReturnCube {
  readonly blocks: readonly SeriesBlock[];
  private readonly thousandsPerUnit: number;

  constructor(
    readonly pwr: ReturnSheet | null,
    readonly pfr: ReturnSheet | null,
    financeUnit: keyof typeof THOUSANDS_PER_UNIT
  ) {
    this.thousandsPerUnit = THOUSANDS_PER_UNIT[financeUnit];
    const series = new Map<
      string,
      {
        orgKey: string;
        organisation: string;
        staffType: StaffType;
        group: StaffGroup;
        rows: Record<Side, Partial<Record<Measure, ReturnRow>>>;
      }
    >();
    const blocks = new Map<
      string,
      { orgKey: string; organisation: string; staffType: StaffType; groups: GroupSeries[] }
    >();
    const add = (side: Side, sheet: ReturnSheet | null) => {
      if (!sheet) return;
      for (const row of sheet.rows) {
        if (row.orgKey === "" || row.staffType.kind === "unknown" || row.measure.kind === "unknown")
          continue;
        const g = row.staffGroup;
        if (g.kind === "total" || g.kind === "unknown") continue;
        const staffType = row.staffType.value;
        const key = `${row.orgKey}|${staffType}|${g.group}`;
        let s = series.get(key);
        if (!s) {
          s = {
            orgKey: row.orgKey,
            organisation: row.organisation,
            staffType,
            group: g.group,
            rows: { pwr: {}, pfr: {} },
          };
          series.set(key, s);
          const blockKey = `${row.orgKey}|${staffType}`;
          let block = blocks.get(blockKey);
          if (!block) {
            block = { orgKey: row.orgKey, organisation: row.organisation, staffType, groups: [] };
            blocks.set(blockKey, block);
          }
          block.groups.push(s);
        }
        // The first row of a key is used; duplicates are the validator's DUPLICATE_ROW.
        if (!s.rows[side][row.measure.value]) s.rows[side][row.measure.value] = row;
      }
    };
    add("pwr", pwr);
    add("pfr", pfr);
    this.blocks = [...blocks.values()];
  }

  private sheet(side: Side): ReturnSheet | null {
    return side === "pwr" ? this.pwr : this.pfr;
  }

  /** WTE (PWR) or £000 (PFR) for FY month m; null when blank, absent or the month has no column. */
  value(s: GroupSeries, side: Side, measure: Measure, month: number): number | null {
    const row = s.rows[side][measure];
    const sheet = this.sheet(side);
    if (!row || !sheet) return null;
    const v = valueAt(sheet, row.values, month);
    if (v === null) return null;
    return side === "pfr" ? v * this.thousandsPerUnit : v;
  }

  /** The "Sheet!A1" reference of a month's cell, or null when there is none. */
  cell(s: GroupSeries, side: Side, measure: Measure, month: number): string | null {
    const row = s.rows[side][measure];
    const sheet = this.sheet(side);
    if (!row || !sheet) return null;
    const i = sheet.monthIndex[month] ?? -1;
    return i < 0 ? null : cellRef(sheet.name, row.row, sheet.months[i].col);
  }
}

export function cubeOf(parsed: ParsedTemplate): ReturnCube {
  return new ReturnCube(parsed.pwr, parsed.pfr, parsed.settings.values.financeUnit);
}

/** Non-null references, in order, without repeats. */
export function refs(...cells: (string | null)[]): string[] {
  const out: string[] = [];
  for (const c of cells) if (c !== null && !out.includes(c)) out.push(c);
  return out;
}
