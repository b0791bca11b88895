/**
 * parseTemplate: the structural reading of a workbook against the template. It finds each sheet,
 * its header row and columns, reads the rows into typed records (labels resolved, numbers read,
 * odd cells kept as flaws) and lists what stopped a sheet being read. It judges nothing else:
 * the validator turns all of this into issues, and the pack and reconciliation reuse the rows.
 *
 * Built for size: a 100,000-row Staff sheet is one pass that fills one array per column (no
 * object per row); labels are resolved once per distinct text, and cells holding plain numbers
 * allocate nothing.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import { resolveStaffGroup, type StaffGroupMatch } from "../staffGroups";
import { resolveStaffType, type StaffTypeMatch } from "../staffTypes";
import { MEASURE_RESOLVERS } from "../measures";
import { cellText, labelKey } from "../labels";
import { isBlank, readNumber, type NumberFlaw } from "./cells";
import {
  AGENCY_SHEET,
  PFR_SHEET,
  PWR_SHEET,
  STAFF_SHEET,
  TABLE_SHEETS,
  TEMPLATE_SHEET_NAMES,
  TOTAL_ALIASES,
  TOTAL_LABEL,
  VACANCIES_SHEET,
  type SheetKey,
  type TableSheetSpec,
} from "./definition";
import type {
  AgencyRow,
  AgencySheet,
  GroupCell,
  ParsedTemplate,
  ReturnRow,
  ReturnSheet,
  StaffColumn,
  StaffRow,
  StaffSheet,
  StructureProblem,
  TableSheet,
  VacancyRow,
  VacancySheet,
} from "./model";
import { closestName, locateSheets } from "./sheetNames";
import { readSettings } from "./settings";
import { readLayout, type TableLayout } from "./tableLayout";
import { THOUSANDS_PER_UNIT, type FinanceUnit } from "./settingsDefinition";

/** "  uhl " -> "UHL": organisations match ignoring case and spacing. */
export function organisationKey(text: string): string {
  return text.replace(/\s+/g, " ").trim().toUpperCase();
}

const TOTAL_KEYS: ReadonlySet<string> = new Set([TOTAL_LABEL, ...TOTAL_ALIASES].map(labelKey));

/** Resolves staff-group cells once per distinct text. */
class GroupCache {
  private readonly groups = new Map<string, StaffGroupMatch>();
  private readonly cells = new Map<string, GroupCell>();

  group(raw: CellValue | undefined): StaffGroupMatch {
    const text = cellText(raw);
    let match = this.groups.get(text);
    if (!match) {
      match = resolveStaffGroup(text);
      if (this.groups.size < 10_000) this.groups.set(text, match);
    }
    return match;
  }

  /** A staff group, or the Total row ("Total", "Total Substantive", "All staff"). */
  groupOrTotal(raw: CellValue | undefined): GroupCell {
    const text = cellText(raw);
    let cell = this.cells.get(text);
    if (!cell) {
      const key = labelKey(text);
      cell =
        TOTAL_KEYS.has(key) || key.startsWith("total") ? { kind: "total", text } : this.group(text);
      if (this.cells.size < 10_000) this.cells.set(text, cell);
    }
    return cell;
  }
}

/** Reads rows below the header until the end of the used range. */
function eachDataRow(
  sheet: SheetSnapshot,
  layout: TableLayout,
  visit: (cells: readonly CellValue[], row: number) => void
): void {
  const from = layout.headerRow - sheet.origin.row + 1;
  for (let i = from; i < sheet.values.length; i++) {
    const cells = sheet.values[i];
    if (cells && cells.length > 0) visit(cells, sheet.origin.row + i);
  }
}

/** Relative index of an absolute column, or -1 when the column is absent. */
const rel = (sheet: SheetSnapshot, col: number | undefined): number =>
  col === undefined ? -1 : col - sheet.origin.col;
const at = (cells: readonly CellValue[], j: number): CellValue | undefined =>
  j < 0 ? undefined : cells[j];

/**
 * A row is skipped when it holds no numbers and at most one key cell: blank rows, notes and
 * section titles. A row with two or more key cells is data, even if its numbers are all blank.
 */
function isDataRow(
  keys: readonly (CellValue | undefined)[],
  cells: readonly CellValue[],
  numberCols: readonly number[]
): boolean {
  let filled = 0;
  for (const k of keys) if (!isBlank(k)) filled++;
  if (filled >= 2) return true;
  for (const j of numberCols) if (j >= 0 && !isBlank(cells[j])) return true;
  return false;
}

interface Readers {
  readonly groups: GroupCache;
  readonly financeUnit: FinanceUnit;
}

/** Everything a table sheet has apart from its rows. */
function sheetBase<K extends string>(
  spec: TableSheetSpec,
  sheet: SheetSnapshot,
  index: number,
  layout: TableLayout,
  flaws: NumberFlaw[]
): Omit<TableSheet<K, never>, "rows"> {
  return {
    key: spec.key,
    name: sheet.name,
    snapshot: sheet,
    index,
    headerRow: layout.headerRow,
    columns: layout.columns as Partial<Record<K, number>>,
    months: layout.months,
    monthIndex: layout.monthIndex,
    flaws,
  };
}

function tableSheet<K extends string, R>(
  spec: TableSheetSpec,
  sheet: SheetSnapshot,
  index: number,
  layout: TableLayout,
  rows: R[],
  flaws: NumberFlaw[]
): TableSheet<K, R> {
  return { ...sheetBase<K>(spec, sheet, index, layout, flaws), rows };
}

function readMonthValues(
  cells: readonly CellValue[],
  row: number,
  monthCols: readonly number[],
  originCol: number,
  flaws: NumberFlaw[],
  poundsPerUnit: number | undefined
): (number | null)[] {
  const values = new Array<number | null>(monthCols.length);
  for (let m = 0; m < monthCols.length; m++) {
    const j = monthCols[m];
    values[m] = readNumber(cells[j], row, j + originCol, flaws, poundsPerUnit);
  }
  return values;
}

function readReturnSheet(
  spec: TableSheetSpec,
  sheet: SheetSnapshot,
  index: number,
  layout: TableLayout,
  r: Readers
): ReturnSheet {
  const c = layout.columns;
  const jOrg = rel(sheet, c.organisation);
  const jType = rel(sheet, c.staffType);
  const jGroup = rel(sheet, c.staffGroup);
  const jMeasure = rel(sheet, c.measure);
  const jBase = rel(sheet, c.base);
  const monthCols = layout.months.map((m) => m.col - sheet.origin.col);
  const numberCols = jBase >= 0 ? [jBase, ...monthCols] : monthCols;
  const pounds = spec.unit === "finance" ? THOUSANDS_PER_UNIT[r.financeUnit] * 1000 : undefined;
  const rows: ReturnRow[] = [];
  const flaws: NumberFlaw[] = [];
  eachDataRow(sheet, layout, (cells, row) => {
    const keys = [at(cells, jOrg), at(cells, jType), at(cells, jGroup), at(cells, jMeasure)];
    if (!isDataRow(keys, cells, numberCols)) return;
    const organisation = cellText(keys[0]);
    const base =
      jBase >= 0 ? readNumber(cells[jBase], row, jBase + sheet.origin.col, flaws, pounds) : null;
    rows.push({
      row,
      organisation,
      orgKey: organisationKey(organisation),
      staffType: resolveStaffType(keys[1]),
      staffGroup: r.groups.groupOrTotal(keys[2]),
      measure: MEASURE_RESOLVERS.plan.resolve(keys[3]),
      base,
      values: readMonthValues(cells, row, monthCols, sheet.origin.col, flaws, pounds),
    });
  });
  return tableSheet(spec, sheet, index, layout, rows, flaws);
}

function readVacancySheet(
  sheet: SheetSnapshot,
  index: number,
  layout: TableLayout,
  r: Readers
): VacancySheet {
  const c = layout.columns;
  const jOrg = rel(sheet, c.organisation);
  const jGroup = rel(sheet, c.staffGroup);
  const jMeasure = rel(sheet, c.measure);
  const monthCols = layout.months.map((m) => m.col - sheet.origin.col);
  const rows: VacancyRow[] = [];
  const flaws: NumberFlaw[] = [];
  eachDataRow(sheet, layout, (cells, row) => {
    const keys = [at(cells, jOrg), at(cells, jGroup), at(cells, jMeasure)];
    if (!isDataRow(keys, cells, monthCols)) return;
    const organisation = cellText(keys[0]);
    rows.push({
      row,
      organisation,
      orgKey: organisationKey(organisation),
      staffGroup: r.groups.groupOrTotal(keys[1]),
      measure: MEASURE_RESOLVERS.vacancy.resolve(keys[2]),
      values: readMonthValues(cells, row, monthCols, sheet.origin.col, flaws, undefined),
    });
  });
  return tableSheet(VACANCIES_SHEET, sheet, index, layout, rows, flaws);
}

function readAgencySheet(
  sheet: SheetSnapshot,
  index: number,
  layout: TableLayout,
  r: Readers
): AgencySheet {
  const c = layout.columns;
  const jOrg = rel(sheet, c.organisation);
  const jMeasure = rel(sheet, c.measure);
  const monthCols = layout.months.map((m) => m.col - sheet.origin.col);
  const pounds = THOUSANDS_PER_UNIT[r.financeUnit] * 1000;
  const rows: AgencyRow[] = [];
  const flaws: NumberFlaw[] = [];
  eachDataRow(sheet, layout, (cells, row) => {
    const keys = [at(cells, jOrg), at(cells, jMeasure)];
    if (!isDataRow(keys, cells, monthCols)) return;
    const organisation = cellText(keys[0]);
    const measure = MEASURE_RESOLVERS.agency.resolve(keys[1]);
    const isSpend = measure.kind !== "unknown" && measure.value.endsWith("spend");
    rows.push({
      row,
      organisation,
      orgKey: organisationKey(organisation),
      measure,
      values: readMonthValues(
        cells,
        row,
        monthCols,
        sheet.origin.col,
        flaws,
        isSpend ? pounds : undefined
      ),
    });
  });
  return tableSheet(AGENCY_SHEET, sheet, index, layout, rows, flaws);
}

function readStaffSheet(
  sheet: SheetSnapshot,
  index: number,
  layout: TableLayout,
  r: Readers
): StaffSheet {
  const c = layout.columns;
  const oc = sheet.origin.col;
  const jOrg = rel(sheet, c.organisation);
  const jAssignment = rel(sheet, c.assignment);
  const jTitle = rel(sheet, c.jobTitle);
  const jCode = rel(sheet, c.occupationCode);
  const jPwr = rel(sheet, c.staffGroupPwr);
  const jPfr = rel(sheet, c.staffGroupPfr);
  const jType = rel(sheet, c.staffType);
  const jWte = rel(sheet, c.wte);
  const jCost = rel(sheet, c.costCentre);
  const all = [jOrg, jAssignment, jTitle, jCode, jPwr, jPfr, jType, jWte, jCost].filter(
    (j) => j >= 0
  );
  // Arrays sized once for the whole sheet and trimmed after: growing eleven arrays row by row
  // costs more than every check on them.
  const capacity = Math.max(0, sheet.values.length - (layout.headerRow - sheet.origin.row) - 1);
  const column = <T>() => new Array<T>(capacity);
  const data = {
    row: column<number>(),
    organisation: column<string>(),
    orgKey: column<string>(),
    assignment: column<string>(),
    jobTitle: column<string>(),
    occupationCode: column<string>(),
    staffGroupPwr: column<StaffGroupMatch>(),
    staffGroupPfr: column<StaffGroupMatch | null>(),
    staffType: column<StaffTypeMatch>(),
    wte: column<number | null>(),
    costCentre: column<string>(),
  };
  const flaws: NumberFlaw[] = [];
  const orgKeys = new Map<string, string>();
  let n = 0;
  eachDataRow(sheet, layout, (cells, row) => {
    let filled = false;
    for (let k = 0; k < all.length && !filled; k++) filled = !isBlank(cells[all[k]]);
    if (!filled) return;
    const organisation = cellText(at(cells, jOrg));
    let orgKey = orgKeys.get(organisation);
    if (orgKey === undefined) {
      orgKey = organisationKey(organisation);
      orgKeys.set(organisation, orgKey);
    }
    const pfr = at(cells, jPfr);
    data.row[n] = row;
    data.organisation[n] = organisation;
    data.orgKey[n] = orgKey;
    data.assignment[n] = cellText(at(cells, jAssignment));
    data.jobTitle[n] = cellText(at(cells, jTitle));
    data.occupationCode[n] = cellText(at(cells, jCode));
    data.staffGroupPwr[n] = r.groups.group(at(cells, jPwr));
    data.staffGroupPfr[n] = isBlank(pfr) ? null : r.groups.group(pfr);
    data.staffType[n] = resolveStaffType(at(cells, jType));
    data.wte[n] = jWte < 0 ? null : readNumber(cells[jWte], row, jWte + oc, flaws);
    data.costCentre[n] = cellText(at(cells, jCost));
    n++;
  });
  for (const list of Object.values(data)) list.length = n;
  const row = (i: number): StaffRow => ({
    row: data.row[i],
    organisation: data.organisation[i],
    orgKey: data.orgKey[i],
    assignment: data.assignment[i],
    jobTitle: data.jobTitle[i],
    occupationCode: data.occupationCode[i],
    staffGroupPwr: data.staffGroupPwr[i],
    staffGroupPfr: data.staffGroupPfr[i],
    staffType: data.staffType[i],
    wte: data.wte[i],
    costCentre: data.costCentre[i],
  });
  let records: StaffRow[] | null = null;
  return {
    ...sheetBase<StaffColumn>(STAFF_SHEET, sheet, index, layout, flaws),
    size: n,
    data,
    row,
    get rows(): readonly StaffRow[] {
      records ??= Array.from({ length: n }, (_, i) => row(i));
      return records;
    },
  };
}

const SHEET_KEYS: readonly SheetKey[] = [...TABLE_SHEETS.map((s) => s.key), "Settings"];

export function parseTemplate(snapshot: WorkbookSnapshot): ParsedTemplate {
  const problems: StructureProblem[] = [];
  const locations = locateSheets(snapshot, TEMPLATE_SHEET_NAMES);
  const used = new Set(locations.flatMap((l) => (l.sheet ? [l.sheet, ...l.duplicates] : [])));
  const unmatched = snapshot.sheets.filter((s) => !used.has(s)).map((s) => s.name);

  locations.forEach((location, i) => {
    const sheetKey = SHEET_KEYS[i];
    const spec = TABLE_SHEETS.find((s) => s.key === sheetKey);
    const required = spec?.required ?? false;
    if (location.sheet) {
      for (const duplicate of location.duplicates) {
        problems.push({
          kind: "duplicateSheet",
          sheetKey,
          sheet: duplicate.name,
          usedSheet: location.sheet.name,
          row: duplicate.origin.row,
          col: duplicate.origin.col,
        });
      }
      return;
    }
    // Optional sheets are reported only when a sheet of a near-identical name suggests a typo.
    const suggestion = closestName(location.expected, unmatched, required);
    if (required || suggestion !== null) {
      problems.push({
        kind: "missingSheet",
        sheetKey,
        expected: location.expected,
        required,
        suggestion,
        available: snapshot.sheets.map((s) => s.name),
      });
    }
  });

  const sheetOf = (key: SheetKey) => locations[SHEET_KEYS.indexOf(key)].sheet;
  const indexOf = (sheet: SheetSnapshot) => snapshot.sheets.indexOf(sheet);
  const settings = readSettings(sheetOf("Settings"), problems, snapshot.dateSystem);
  const readers: Readers = { groups: new GroupCache(), financeUnit: settings.values.financeUnit };

  const layoutOf = (spec: TableSheetSpec): { sheet: SheetSnapshot; layout: TableLayout } | null => {
    const sheet = sheetOf(spec.key);
    if (!sheet) return null;
    const layout = readLayout(
      sheet,
      spec,
      settings.values.financialYear,
      problems,
      snapshot.dateSystem
    );
    return layout && layout.complete ? { sheet, layout } : null;
  };

  const pwrLayout = layoutOf(PWR_SHEET);
  const pfrLayout = layoutOf(PFR_SHEET);
  const vacLayout = layoutOf(VACANCIES_SHEET);
  const agencyLayout = layoutOf(AGENCY_SHEET);
  const staffLayout = layoutOf(STAFF_SHEET);

  const pwr =
    pwrLayout &&
    readReturnSheet(
      PWR_SHEET,
      pwrLayout.sheet,
      indexOf(pwrLayout.sheet),
      pwrLayout.layout,
      readers
    );
  const pfr =
    pfrLayout &&
    readReturnSheet(
      PFR_SHEET,
      pfrLayout.sheet,
      indexOf(pfrLayout.sheet),
      pfrLayout.layout,
      readers
    );
  const vacancies =
    vacLayout &&
    readVacancySheet(vacLayout.sheet, indexOf(vacLayout.sheet), vacLayout.layout, readers);
  const agency =
    agencyLayout &&
    readAgencySheet(agencyLayout.sheet, indexOf(agencyLayout.sheet), agencyLayout.layout, readers);
  const staff =
    staffLayout &&
    readStaffSheet(staffLayout.sheet, indexOf(staffLayout.sheet), staffLayout.layout, readers);

  const datedMonth = [pwr, pfr, vacancies, agency]
    .flatMap((s) => (s ? s.months : []))
    .find((m) => m.fyStartYear !== null);
  return {
    snapshot,
    pwr,
    pfr,
    vacancies,
    agency,
    staff,
    settings,
    financialYear: settings.values.financialYear ?? datedMonth?.fyStartYear ?? null,
    problems,
  };
}
