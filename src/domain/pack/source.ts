/**
 * A template sheet seen by the pack: its rows as SUMIFS sees them (raw label texts), the numbers
 * as SUMIFS adds them, and queries ("these rows, this month") that give both the JS sum and the
 * formula computing it.
 *
 * Numbers stored as text are read by parseTemplate but ignored by SUMIFS, and error values make a
 * SUMIFS fail; the pack counts neither, says so, and leaves the fixing to the user (the Check tab
 * flags them too), so that every stored value is what Excel will show after recalculating.
 */
import { cellAt } from "../template/cells";
import type { AgencyRow, ReturnRow, TableSheet, VacancyRow } from "../template/model";
import type { StaffGroup } from "../staffGroups";
import type { StaffType } from "../staffTypes";
import {
  coverRows,
  criteriaText,
  sumExpr,
  cellName,
  type CriteriaSheet,
  type SourceRow,
  type Term,
} from "./criteria";
import type { Expr } from "./expr";

/** A row of the sheet with its parsed record. */
export interface PackSourceRow<R> extends SourceRow {
  readonly record: R;
}

/** The month a value column holds, or "base" for the Base (March) column. */
export type Period = number | "base";

export class PackSource<
  R extends {
    readonly row: number;
    readonly orgKey: string;
    readonly values: readonly (number | null)[];
  },
> {
  readonly criteria: CriteriaSheet;
  readonly rows: readonly PackSourceRow<R>[];
  /** Cells left out because SUMIFS would not add them (text numbers, errors), as Sheet!A1. */
  readonly skippedCells: readonly string[];
  private readonly skipped: ReadonlySet<string>;
  private readonly covers = new Map<string, Term[]>();
  /** Every organisation the sheet names: a query for all of them need not match on organisation. */
  private readonly allOrgs: ReadonlySet<string>;

  constructor(
    readonly sheet: TableSheet<string, R>,
    criteriaCols: readonly number[],
    exclusionCol: number,
    private readonly baseOf: (r: R) => number | null = () => null
  ) {
    const snap = sheet.snapshot;
    this.rows = sheet.rows.map((record) => {
      const texts = criteriaCols.map((col) => criteriaText(cellAt(snap, record.row, col)));
      return { row: record.row, texts, keys: texts.map((t) => t.toLowerCase()), record };
    });
    const top = sheet.headerRow + 1;
    const bottom = Math.max(top, snap.origin.row + snap.values.length - 1);
    this.criteria = { name: sheet.name, criteriaCols, exclusionCol, top, bottom, rows: this.rows };
    const skipped = new Set<string>();
    const names: string[] = [];
    for (const f of sheet.flaws) {
      if (f.kind === "text" || f.kind === "error") {
        skipped.add(`${f.row}:${f.col}`);
        names.push(cellName(sheet.name, f.row, f.col));
      }
    }
    this.skipped = skipped;
    this.skippedCells = names;
    this.allOrgs = new Set(this.rows.map((r) => r.record.orgKey).filter((k) => k !== ""));
  }

  get name(): string {
    return this.sheet.name;
  }

  /** Absolute column of a period, or null when the sheet has none. */
  col(period: Period): number | null {
    if (period === "base") {
      const c = (this.sheet.columns as Readonly<Record<string, number | undefined>>).base;
      return c === undefined ? null : c;
    }
    const i = this.sheet.monthIndex[period] ?? -1;
    return i < 0 ? null : this.sheet.months[i].col;
  }

  hasPeriod(period: Period): boolean {
    return this.col(period) !== null;
  }

  /** The value SUMIFS adds for a row and period: 0 for blanks, text numbers and errors. */
  value(r: PackSourceRow<R>, period: Period): number {
    const col = this.col(period);
    if (col === null || this.skipped.has(`${r.row}:${col}`)) return 0;
    if (period === "base") return this.baseOf(r.record) ?? 0;
    const i = this.sheet.monthIndex[period];
    return r.record.values[i] ?? 0;
  }

  /**
   * A query over rows chosen by organisation and by the criteria columns in `required` (indexes
   * into the criteria columns; the organisation is always index 0 and is added when `orgs` is not
   * every organisation of the sheet).
   */
  query(
    rows: readonly PackSourceRow<R>[],
    orgs: ReadonlySet<string>,
    required: readonly number[]
  ): Query<R> {
    const everyOrg = [...this.allOrgs].every((k) => orgs.has(k));
    return new Query(this, rows, everyOrg ? required : [0, ...required]);
  }

  /** The cached SUMIFS cover of a set of rows. */
  cover(rows: readonly PackSourceRow<R>[], required: readonly number[]): Term[] {
    const key = `${required.join(",")}|${rows.map((r) => r.row).join(",")}`;
    let terms = this.covers.get(key);
    if (!terms) {
      terms = coverRows(this.criteria, new Set<SourceRow>(rows), required);
      this.covers.set(key, terms);
    }
    return terms;
  }
}

/** A set of rows of one sheet: its sum for a period in JS, and as a formula. */
export class Query<
  R extends {
    readonly row: number;
    readonly orgKey: string;
    readonly values: readonly (number | null)[];
  },
> {
  constructor(
    readonly source: PackSource<R>,
    readonly rows: readonly PackSourceRow<R>[],
    /** Criteria columns every SUMIFS term matches on. */
    readonly required: readonly number[]
  ) {}

  get isEmpty(): boolean {
    return this.rows.length === 0;
  }

  value(period: Period): number {
    let s = 0;
    for (const r of this.rows) s += this.source.value(r, period);
    return s;
  }

  expr(period: Period): Expr {
    return sumExpr(
      this.source.criteria,
      this.source.col(period),
      this.source.cover(this.rows, this.required)
    );
  }

  /** Both sets of rows, matched on the criteria both queries match on. */
  concat(other: Query<R>): Query<R> {
    const seen = new Set(this.rows);
    const rows = [...this.rows, ...other.rows.filter((r) => !seen.has(r))].sort(
      (a, b) => a.row - b.row
    );
    return new Query(
      this.source,
      rows,
      this.required.filter((i) => other.required.includes(i))
    );
  }

  /** The same rows matched on other criteria columns (organisation kept when this one has it). */
  matchedOn(required: readonly number[]): Query<R> {
    const org = this.required.includes(0) && !required.includes(0) ? [0] : [];
    return new Query(this.source, this.rows, [...org, ...required]);
  }
}

// ---------------------------------------------------------------------------------------------
// PWR / PFR
// ---------------------------------------------------------------------------------------------

export type ReturnSource = PackSource<ReturnRow>;
/** Criteria column indexes of PWR/PFR (organisation is 0). */
export const TYPE = 1;
export const GROUP = 2;
export const MEASURE = 3;
export type Measure = "Plan" | "Actual";

export function returnSource(sheet: TableSheet<string, ReturnRow>): ReturnSource {
  const c = sheet.columns as Readonly<Record<string, number>>;
  // Staff group is the column that may carry exclusions ("<>Total").
  return new PackSource(
    sheet,
    [c.organisation, c.staffType, c.staffGroup, c.measure],
    2,
    (r) => r.base
  );
}

const isMeasure = (r: ReturnRow, m: Measure) =>
  r.measure.kind !== "unknown" && r.measure.value === m;
const isType = (r: ReturnRow, t: StaffType) =>
  r.staffType.kind !== "unknown" && r.staffType.value === t;
const knownGroup = (r: ReturnRow): StaffGroup | null =>
  r.staffGroup.kind === "total" || r.staffGroup.kind === "unknown" ? null : r.staffGroup.group;

/** Rows of one staff group (never Total rows) of the organisations, staff type and measure. */
export function groupRows(
  src: ReturnSource,
  orgs: ReadonlySet<string>,
  type: StaffType,
  group: StaffGroup,
  measure: Measure
): Query<ReturnRow> {
  return src.query(
    src.rows.filter(
      (r) =>
        orgs.has(r.record.orgKey) &&
        isType(r.record, type) &&
        isMeasure(r.record, measure) &&
        knownGroup(r.record) === group
    ),
    orgs,
    [TYPE, GROUP, MEASURE]
  );
}

/**
 * All staff-group rows of a staff type, per organisation; an organisation that gives that type
 * only as a Total row is counted by its Total row instead.
 */
export function typeRows(
  src: ReturnSource,
  orgs: ReadonlySet<string>,
  type: StaffType,
  measure: Measure
): Query<ReturnRow> {
  const picked: PackSourceRow<ReturnRow>[] = [];
  for (const org of orgs) {
    const mine = src.rows.filter(
      (r) => r.record.orgKey === org && isType(r.record, type) && isMeasure(r.record, measure)
    );
    const groups = mine.filter((r) => knownGroup(r.record) !== null);
    picked.push(
      ...(groups.length > 0 ? groups : mine.filter((r) => r.record.staffGroup.kind === "total"))
    );
  }
  return src.query(
    picked.sort((a, b) => a.row - b.row),
    orgs,
    [TYPE, MEASURE]
  );
}

/** Substantive + bank + agency (overtime is never in the returns). */
export function allTypeRows(
  src: ReturnSource,
  orgs: ReadonlySet<string>,
  measure: Measure
): Query<ReturnRow> {
  // Matched on measure (and organisation) only: the staff types together are every row but Totals.
  return typeRows(src, orgs, "Substantive", measure)
    .concat(typeRows(src, orgs, "Bank", measure))
    .concat(typeRows(src, orgs, "Agency", measure))
    .matchedOn([MEASURE]);
}

/**
 * Which rows carry the Base (March) figures: Actual rows when any of them has one, else Plan rows;
 * null when the sheet has no Base column or it is blank for these rows.
 */
export function baseMeasure(src: ReturnSource, rows: Query<ReturnRow>): Measure | null {
  if (!src.hasPeriod("base")) return null;
  const has = (m: Measure) =>
    rows.rows.some((r) => isMeasure(r.record, m) && r.record.base !== null);
  return has("Actual") ? "Actual" : has("Plan") ? "Plan" : null;
}

/** Rows whose staff group is not a group the pack knows (left out of every figure). */
export function unknownGroupRows(
  src: ReturnSource,
  orgs: ReadonlySet<string>
): readonly PackSourceRow<ReturnRow>[] {
  return src.rows.filter(
    (r) => orgs.has(r.record.orgKey) && r.record.staffGroup.kind === "unknown"
  );
}

/** True when any row of the type (any measure) is in the group. */
export function hasGroup(
  src: ReturnSource,
  orgs: ReadonlySet<string>,
  type: StaffType,
  group: StaffGroup
): boolean {
  return src.rows.some(
    (r) => orgs.has(r.record.orgKey) && isType(r.record, type) && knownGroup(r.record) === group
  );
}

// ---------------------------------------------------------------------------------------------
// Vacancies and Agency
// ---------------------------------------------------------------------------------------------

export type VacancySource = PackSource<VacancyRow>;
export type VacancyMeasureName = "Establishment" | "In post" | "Vacancies";

export function vacancySource(sheet: TableSheet<string, VacancyRow>): VacancySource {
  const c = sheet.columns as Readonly<Record<string, number>>;
  return new PackSource(sheet, [c.organisation, c.staffGroup, c.measure], 1);
}

export function vacancyRows(
  src: VacancySource,
  orgs: ReadonlySet<string>,
  measure: VacancyMeasureName,
  group: StaffGroup | "all"
): Query<VacancyRow> {
  return src.query(
    src.rows.filter((r) => {
      const rec = r.record;
      if (!orgs.has(rec.orgKey) || rec.measure.kind === "unknown" || rec.measure.value !== measure)
        return false;
      if (rec.staffGroup.kind === "total" || rec.staffGroup.kind === "unknown") return false;
      return group === "all" || rec.staffGroup.group === group;
    }),
    orgs,
    group === "all" ? [2] : [1, 2]
  );
}

export type AgencySource = PackSource<AgencyRow>;
export type AgencyMeasureName = "Price cap spend" | "Actual spend";

export function agencySource(sheet: TableSheet<string, AgencyRow>): AgencySource {
  const c = sheet.columns as Readonly<Record<string, number>>;
  return new PackSource(sheet, [c.organisation, c.measure], -1);
}

export function agencyRows(
  src: AgencySource,
  orgs: ReadonlySet<string>,
  measure: AgencyMeasureName
): Query<AgencyRow> {
  return src.query(
    src.rows.filter(
      (r) =>
        orgs.has(r.record.orgKey) &&
        r.record.measure.kind !== "unknown" &&
        r.record.measure.value === measure
    ),
    orgs,
    [1]
  );
}
