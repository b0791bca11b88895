/**
 * PACK_TABLES: every table of the Month-N pack in one place, in the order they are stacked on the
 * pack sheet: the sheet it is built from, its builder, and the words the README's pack reference
 * is generated from. A new pack table is one entry here (and its builder); its charts, if any, go
 * in PACK_CHARTS (charts.ts).
 */
import type { ParsedTemplate } from "../template/model";
import { agencyVarianceTable } from "./agencyVariance";
import type { PackContext } from "./context";
import { costVarianceTable } from "./costVariance";
import type { PackCellAddress, PackTable, PackTableName } from "./model";
import { planVsActualTable } from "./planVsActual";
import { priceCapTable } from "./priceCap";
import {
  agencySource,
  returnSource,
  vacancySource,
  type AgencySource,
  type ReturnSource,
  type VacancySource,
} from "./source";
import { vacanciesTable } from "./vacancies";
import { wteVarianceTable } from "./wteVariance";

/** The template sheets the pack reads, each seen once per build. */
export interface PackSources {
  readonly PWR: ReturnSource | null;
  readonly PFR: ReturnSource | null;
  readonly Vacancies: VacancySource | null;
  readonly Agency: AgencySource | null;
}

export type PackSheet = keyof PackSources;

export function packSources(parsed: ParsedTemplate): PackSources {
  return {
    PWR: parsed.pwr ? returnSource(parsed.pwr) : null,
    PFR: parsed.pfr ? returnSource(parsed.pfr) : null,
    Vacancies: parsed.vacancies ? vacancySource(parsed.vacancies) : null,
    Agency: parsed.agency ? agencySource(parsed.agency) : null,
  };
}

/** The README's words for a table: its title, rows and columns (Markdown). */
export interface PackTableDocs {
  readonly title: string;
  readonly rows: string;
  readonly columns: string;
}

export interface PackTableSpec<S extends PackSheet = PackSheet> {
  readonly name: PackTableName;
  readonly sheet: S;
  /**
   * True when the table needs the reporting month's column on its sheet; false for a table that
   * reads whatever months its sheet has (the price cap's running totals).
   */
  readonly needsMonth: boolean;
  build(
    ctx: PackContext,
    source: NonNullable<PackSources[S]>,
    at: PackCellAddress
  ): PackTable | null;
  readonly docs: PackTableDocs;
}

/** Keeps each entry's builder typed by its own sheet's source. */
const spec = <S extends PackSheet>(s: PackTableSpec<S>): PackTableSpec =>
  s as unknown as PackTableSpec;

export const PACK_TABLES: readonly PackTableSpec[] = [
  spec({
    name: "WTEVariance",
    sheet: "PWR",
    needsMonth: true,
    build: wteVarianceTable,
    docs: {
      title: "Variance to plan (WTE), Oct 23",
      rows: "each substantive staff group (canonical order, `Other` only when present), `Total Substantive`, `Total Bank`, `Total Agency`, `Total (excl. overtime)`, `Growth (cumulative)`",
      columns:
        "`Plan` (all organisations, the month), `Total` (actual - plan), one column per organisation (actual - plan), organisations in PWR order",
    },
  }),
  spec({
    name: "CostVariance",
    sheet: "PFR",
    needsMonth: true,
    build: costVarianceTable,
    docs: {
      title: "Variance to plan (£m), Oct 23",
      rows: "substantive groups, `Total Substantive`, `Total Bank`, `Total Agency`, `Total`",
      columns:
        "`Plan` (in month), `Total` (in-month variance), one per organisation, `YTD`, `YE run rate`",
    },
  }),
  spec({
    name: "AgencyVariance",
    sheet: "PWR",
    needsMonth: true,
    build: agencyVarianceTable,
    docs: {
      title: "Agency variance to plan (WTE) by month",
      rows: "agency staff groups, `Total`, `Variance to plan %`",
      columns: "`Base` (March agency WTE), then actual - plan for each month M1..month",
    },
  }),
  spec({
    name: "PriceCap",
    sheet: "Agency",
    needsMonth: false,
    build: priceCapTable,
    docs: {
      title: "Agency spend against the price-cap ceiling (cumulative £m)",
      rows: "`Price cap spend (cumulative)`, `Actual spend (cumulative)`, `% over price cap ceiling`",
      columns: "M1..month",
    },
  }),
  spec({
    name: "Vacancies",
    sheet: "Vacancies",
    needsMonth: true,
    build: vacanciesTable,
    docs: {
      title: "Vacancies (WTE), Oct 23",
      rows: "staff groups, `Total WTE`, `Vacancy rate`",
      columns: "`Total`, one per organisation",
    },
  }),
  spec({
    name: "PlanVsActualWTE",
    sheet: "PWR",
    needsMonth: true,
    build: (ctx, src, at) => planVsActualTable(ctx, src, at, "PlanVsActualWTE"),
    docs: {
      title: "Plan vs actual (WTE) by month",
      rows: "plan and actual for the organisations combined, then for each organisation",
      columns: "M1..M12; actuals after the reporting month are blank. The charts' data",
    },
  }),
  spec({
    name: "PlanVsActualCost",
    sheet: "PFR",
    needsMonth: true,
    build: (ctx, src, at) => planVsActualTable(ctx, src, at, "PlanVsActualCost"),
    docs: {
      title: "Plan vs actual pay cost (£m) by month",
      rows: "plan and actual for the organisations combined, then for each organisation",
      columns: "M1..M12; actuals after the reporting month are blank. The charts' data",
    },
  }),
];

/** The README's table of pack tables, generated from PACK_TABLES. */
export function packTablesMarkdown(): string {
  const lines = [
    "| Excel table | title | rows | columns | from |",
    "| --- | --- | --- | --- | --- |",
    ...PACK_TABLES.map(
      (t) =>
        `| \`${t.name}\` | ${t.docs.title} | ${t.docs.rows} | ${t.docs.columns} | \`${t.sheet}\` |`
    ),
  ];
  return lines.join("\n");
}
