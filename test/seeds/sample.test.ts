/**
 * The sample workbook against the published Month 7 pack (docs/published-pack.md). Everything
 * here is computed from the raw cells of seeds/llr-m7-sample.xlsx, independently of the generator
 * and of the pack code, and compared with scripts/seeds/published-m7.json (each figure there
 * cites its seed line).
 */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { Workbook } from "exceljs";
import published from "../../scripts/seeds/published-m7.json";
import { buildSampleFiles } from "../../scripts/seeds/build";

type Cell = string | number | boolean | null;
interface Grid {
  readonly name: string;
  readonly rows: Cell[][];
}

const ROOT = path.join(__dirname, "../..");
const XLSX = path.join(ROOT, "seeds/llr-m7-sample.xlsx");
const SNAPSHOT = path.join(ROOT, "seeds/llr-m7-sample.snapshot.json");
const MONTHS = ["Apr 23", "May 23", "Jun 23", "Jul 23", "Aug 23", "Sep 23", "Oct 23", "Nov 23", "Dec 23", "Jan 24", "Feb 24", "Mar 24"];
const ORGS = ["UHL", "LPT"] as const;
type Org = (typeof ORGS)[number];
const TYPES = ["Substantive", "Bank", "Agency"] as const;
type StaffType = (typeof TYPES)[number];
const GROUPS = [...published.staffGroups, "Other"];
const OCT = 7;

/** Half away from zero, as the pack rounds. */
function roundTo(x: number, dp: number): number {
  const f = 10 ** dp;
  const r = Math.round(Math.abs(x) * f + 1e-9) / f;
  return x < 0 ? -r : r;
}
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

let grids: Map<string, Grid>;

async function readGrids(file: string): Promise<Map<string, Grid>> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, Grid>();
  wb.eachSheet((ws) => {
    const rows: Cell[][] = [];
    // ExcelJS recounts every row on each rowCount/columnCount read: hoist them, or this is quadratic.
    const rowCount = ws.rowCount;
    const columnCount = ws.columnCount;
    for (let r = 1; r <= rowCount; r++) {
      const row: Cell[] = [];
      for (let c = 1; c <= columnCount; c++) {
        const v = ws.getCell(r, c).value;
        if (v !== null && v !== undefined && typeof v === "object") throw new Error(`${ws.name}!R${r}C${c} is not a plain value`);
        row.push(v ?? null);
      }
      rows.push(row);
    }
    out.set(ws.name, { name: ws.name, rows });
  });
  return out;
}

/** Rows of a sheet as header -> value records. */
function records(sheet: string): Record<string, Cell>[] {
  const grid = grids.get(sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  const [header, ...rows] = grid.rows;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function num(v: Cell, what: string): number {
  if (typeof v !== "number") throw new Error(`${what}: expected a number, found ${JSON.stringify(v)}`);
  return v;
}

function returnRow(sheet: "PWR" | "PFR", org: Org, type: StaffType, group: string, measure: "Plan" | "Actual"): Record<string, Cell> {
  const found = records(sheet).filter((r) => r.Organisation === org && r["Staff type"] === type && r["Staff group"] === group && r.Measure === measure);
  if (found.length !== 1) throw new Error(`${sheet}: ${found.length} rows for ${org} ${type} ${group} ${measure}`);
  return found[0];
}

/** One month (1 = Apr) of a return row; "Base" for the base. */
function cell(sheet: "PWR" | "PFR", org: Org, type: StaffType, group: string, measure: "Plan" | "Actual", month: number | "Base"): number {
  const key = month === "Base" ? "Base" : MONTHS[month - 1];
  return num(returnRow(sheet, org, type, group, measure)[key], `${sheet} ${org} ${type} ${group} ${measure} ${key}`);
}

const variance = (sheet: "PWR" | "PFR", org: Org, types: readonly StaffType[], groups: readonly string[], month: number) =>
  sum(types.flatMap((t) => groups.map((g) => cell(sheet, org, t, g, "Actual", month) - cell(sheet, org, t, g, "Plan", month))));
const planOf = (sheet: "PWR" | "PFR", org: Org, types: readonly StaffType[], groups: readonly string[], month: number) =>
  sum(types.flatMap((t) => groups.map((g) => cell(sheet, org, t, g, "Plan", month))));

/** The staff types and groups a published row label stands for. */
function rowScope(label: string): { types: readonly StaffType[]; groups: readonly string[] } {
  switch (label) {
    case "Total Substantive":
      return { types: ["Substantive"], groups: ["Total"] };
    case "Total Bank":
      return { types: ["Bank"], groups: ["Total"] };
    case "Total Agency":
      return { types: ["Agency"], groups: ["Total"] };
    case "Total (excl. overtime)":
    case "Total":
      return { types: TYPES, groups: ["Total"] };
    default:
      return { types: ["Substantive"], groups: [label] };
  }
}

beforeAll(async () => {
  grids = await readGrids(XLSX);
});

describe("seeds/llr-m7-sample.xlsx layout", () => {
  it("has the template's sheets in order, with headers at A1", () => {
    expect([...grids.keys()]).toEqual(["PWR", "PFR", "Vacancies", "Agency", "Staff", "Settings"]);
    expect(grids.get("PWR")!.rows[0]).toEqual(["Organisation", "Staff type", "Staff group", "Measure", "Base", ...MONTHS]);
    expect(grids.get("PFR")!.rows[0]).toEqual(["Organisation", "Staff type", "Staff group", "Measure", ...MONTHS]);
    expect(grids.get("Vacancies")!.rows[0]).toEqual(["Organisation", "Staff group", "Measure", ...MONTHS]);
    expect(grids.get("Agency")!.rows[0]).toEqual(["Organisation", "Measure", ...MONTHS]);
  });

  it.each(["PWR", "PFR"] as const)("%s has Plan and Actual for every organisation x type x group and Total", (sheet) => {
    const rows = records(sheet);
    expect(rows).toHaveLength(ORGS.length * TYPES.length * (GROUPS.length + 1) * 2);
    for (const o of ORGS) for (const t of TYPES) for (const g of [...GROUPS, "Total"]) for (const m of ["Plan", "Actual"] as const) returnRow(sheet, o, t, g, m);
  });

  it.each(["PWR", "PFR"] as const)("%s: plans fill M1-M12, actuals fill M1-M7 and are blank after", (sheet) => {
    for (const r of records(sheet)) {
      MONTHS.forEach((m, i) => {
        const filled = r.Measure === "Plan" || i < OCT;
        expect([`${r.Organisation} ${r["Staff type"]} ${r["Staff group"]} ${r.Measure} ${m}`, typeof r[m]]).toEqual([
          `${r.Organisation} ${r["Staff type"]} ${r["Staff group"]} ${r.Measure} ${m}`,
          filled ? "number" : "object",
        ]);
      });
    }
  });

  it("Settings: FY 2023/24, M7, £000, UHL and LPT, tolerances", () => {
    const settings = new Map(grids.get("Settings")!.rows.map((r) => [r[0], r[1]]));
    expect(settings.get("Financial year")).toBe("2023/24");
    expect(settings.get("Reporting month")).toBe("M7");
    expect(settings.get("Finance unit")).toBe("£000");
    expect(settings.get("Organisations")).toBe("UHL, LPT");
    expect(settings.get("Tolerance WTE")).toBe(0.5);
    expect(settings.get("Tolerance £000")).toBe(1);
  });
});

describe("WTE variance to plan, Oct 23 (000:61-72)", () => {
  it.each(published.wteVariance.rows.map((r) => [r.label, r.source, r] as const))("%s (%s): plan, total and each organisation, to the whole WTE", (label, _source, row) => {
    const { types, groups } = rowScope(label);
    expect(roundTo(sum(ORGS.map((o) => planOf("PWR", o, types, groups, OCT))), 0)).toBe(row.plan);
    expect(roundTo(sum(ORGS.map((o) => variance("PWR", o, types, groups, OCT))), 0)).toBe(row.total);
    for (const o of ORGS) expect([o, roundTo(variance("PWR", o, types, groups, OCT), 0)]).toEqual([o, row.byOrg[o]]);
  });

  it("the substantive group that is planned but never staffed is carried as Other (docs/published-pack.md, Table 1)", () => {
    for (const o of ORGS) {
      for (let m = 1; m <= OCT; m++) expect(cell("PWR", o, "Substantive", "Other", "Actual", m)).toBe(0);
    }
    const otherPlan = sum(ORGS.map((o) => cell("PWR", o, "Substantive", "Other", "Plan", OCT)));
    const fiveGroups = sum(published.wteVariance.rows.slice(0, 5).map((r) => r.plan));
    expect(roundTo(otherPlan, 0)).toBe(published.wteVariance.rows[5].plan - fiveGroups);
  });

  it("growth (000:72): plan 2.1%, UHL 8.9%, LPT 0.9%; combined 6.7% as the narrative (000:44), not the table's 6.8%", () => {
    const g = published.wteVariance.growth;
    const base = (o: Org) => sum(TYPES.map((t) => cell("PWR", o, t, "Total", "Actual", "Base")));
    const all = (o: Org, m: "Plan" | "Actual") => sum(TYPES.map((t) => cell("PWR", o, t, "Total", m, OCT)));
    const systemBase = sum(ORGS.map(base));
    expect(roundTo(sum(ORGS.map((o) => all(o, "Plan"))) / systemBase - 1, 3)).toBe(g.plan);
    for (const o of ORGS) expect([o, roundTo(all(o, "Actual") / base(o) - 1, 3)]).toEqual([o, g.byOrg[o]]);
    const combined = sum(ORGS.map((o) => all(o, "Actual"))) / systemBase - 1;
    expect(roundTo(combined, 3)).toBe(g.reproducibleTotal);
    expect(roundTo(combined, 3)).not.toBe(g.total);
    // Plan and actual use the same Base cells, on the Plan and Actual rows alike.
    for (const o of ORGS) expect(sum(TYPES.map((t) => cell("PWR", o, t, "Total", "Plan", "Base")))).toBeCloseTo(base(o), 6);
  });
});

describe("pay variance to plan (£m), Oct 23 and YTD (000:93-103)", () => {
  const ytd = (types: readonly StaffType[], groups: readonly string[]) =>
    sum(ORGS.flatMap((o) => Array.from({ length: OCT }, (_, i) => variance("PFR", o, types, groups, i + 1)))) / 1000;

  it.each(published.costVariance.rows.map((r) => [r.label, r.source, r] as const))("%s (%s): plan, in-month and YTD round to the published £m", (label, _source, row) => {
    const { types, groups } = rowScope(label);
    expect(roundTo(sum(ORGS.map((o) => planOf("PFR", o, types, groups, OCT))) / 1000, 1)).toBe(row.plan);
    expect(roundTo(sum(ORGS.map((o) => variance("PFR", o, types, groups, OCT))) / 1000, 1)).toBe(row.inMonth.total);
    for (const o of ORGS) expect([o, roundTo(variance("PFR", o, types, groups, OCT) / 1000, 1)]).toEqual([o, row.inMonth.byOrg[o]]);
    const y = ytd(types, groups);
    expect(Math.abs(y - row.ytd)).toBeLessThanOrEqual(0.05);
    // The printed "YE run rate" is 2 x YTD (docs/published-pack.md, Table 2); the add-in's YTD / 7 x 12 differs.
    expect(roundTo(2 * y, 1)).toBe(row.yeRunRatePublished);
  });

  it("the Other group carries the £0.3m YTD the published group rows omit", () => {
    const other = ytd(["Substantive"], ["Other"]);
    const groups = sum(published.costVariance.rows.slice(0, 5).map((r) => r.ytd));
    expect(roundTo(other, 1)).toBe(roundTo(published.costVariance.rows[5].ytd - groups, 1));
  });
});

describe("agency WTE variance by month (000:122-131)", () => {
  const av = published.agencyVariance;
  it.each(av.rows.filter((r) => r.label !== "Other").map((r) => [r.label, r.source, r] as const))("%s (%s): base and May-Oct variances", (label, _source, row) => {
    expect(sum(ORGS.map((o) => cell("PWR", o, "Agency", label, "Actual", "Base")))).toBe(row.base);
    av.months.forEach((m, k) => {
      expect([av.monthLabels[k], roundTo(sum(ORGS.map((o) => variance("PWR", o, ["Agency"], [label], m))), 0)]).toEqual([av.monthLabels[k], row.variance[k]]);
    });
  });

  it("Other staff: base 0 and nothing in any month", () => {
    for (const o of ORGS) {
      expect(cell("PWR", o, "Agency", "Other", "Actual", "Base")).toBe(0);
      for (let m = 1; m <= OCT; m++) expect(cell("PWR", o, "Agency", "Other", "Actual", m)).toBe(0);
    }
  });

  it("Total and Variance to Plan % (000:130-131); the plan steps down to 789 at Sep and Oct", () => {
    av.months.forEach((m, k) => {
      const total = sum(ORGS.map((o) => variance("PWR", o, ["Agency"], ["Total"], m)));
      const plan = sum(ORGS.map((o) => cell("PWR", o, "Agency", "Total", "Plan", m)));
      expect([av.monthLabels[k], roundTo(total, 0), roundTo(total / plan, 3)]).toEqual([av.monthLabels[k], av.total.variance[k], av.variancePct.values[k]]);
      if (m >= 6) expect(roundTo(plan, 0)).toBe(789);
    });
  });
});

describe("agency spend against the price-cap ceiling (000:151-154)", () => {
  const agency = (org: Org, measure: string, month: number) => {
    const row = records("Agency").find((r) => r.Organisation === org && r.Measure === measure);
    return num(row?.[MONTHS[month - 1]] ?? null, `Agency ${org} ${measure} ${MONTHS[month - 1]}`);
  };
  const cumulative = (measure: string, month: number) => sum(ORGS.flatMap((o) => Array.from({ length: month }, (_, i) => agency(o, measure, i + 1)))) / 1000;
  const pc = published.priceCap;

  it.each(pc.months.map((m, k) => [pc.monthLabels[k], m, k] as const))("%s: cumulative cap and spend, and % over within one point", (_label, m, k) => {
    const cap = cumulative("Price cap spend", m);
    const spend = cumulative("Actual spend", m);
    expect(roundTo(cap, 1)).toBe(pc.capCumulative.values[k]);
    expect(roundTo(spend, 1)).toBe(pc.actualCumulative.values[k]);
    expect(Math.abs(spend / cap - 1 - pc.pctOver.values[k])).toBeLessThanOrEqual(0.01);
    expect(roundTo(spend / cap - 1, 2)).toBe(pc.pctOver.values[k]);
  });

  it("the ceiling is 45,392 £000 a year (004:1930), a twelfth a month", () => {
    for (let m = 1; m <= 12; m++) expect(sum(ORGS.map((o) => agency(o, "Price cap spend", m)))).toBeCloseTo(pc.ceilingFyThousands / 12, 6);
  });

  it("Actual spend is the PFR's agency pay, month by month", () => {
    for (const o of ORGS) for (let m = 1; m <= OCT; m++) expect(agency(o, "Actual spend", m)).toBeCloseTo(cell("PFR", o, "Agency", "Total", "Actual", m), 6);
  });

  it("shifts above the cap are a share of shifts; LPT's peak 70% in May and 54% in Sep (000:135)", () => {
    for (const o of ORGS) for (let m = 1; m <= OCT; m++) {
      const shifts = agency(o, "Shifts", m);
      expect(Number.isInteger(shifts) && shifts > 0).toBe(true);
      expect(agency(o, "Shifts above cap", m)).toBeLessThanOrEqual(shifts);
    }
    expect(roundTo(agency("LPT", "Shifts above cap", 2) / agency("LPT", "Shifts", 2), 2)).toBe(0.7);
    expect(roundTo(agency("LPT", "Shifts above cap", 6) / agency("LPT", "Shifts", 6), 2)).toBe(0.54);
  });
});

describe("vacancies, Oct 23 (000:171-179)", () => {
  const vac = (org: Org, group: string, measure: "In post" | "Vacancies", month = OCT) => {
    const row = records("Vacancies").find((r) => r.Organisation === org && r["Staff group"] === group && r.Measure === measure);
    return num(row?.[MONTHS[month - 1]] ?? null, `Vacancies ${org} ${group} ${measure}`);
  };
  const rate = (orgs: readonly Org[], month = OCT) => {
    const v = sum(orgs.map((o) => vac(o, "Total", "Vacancies", month)));
    return v / (v + sum(orgs.map((o) => vac(o, "Total", "In post", month))));
  };
  const v = published.vacancies;

  it.each(v.rows.map((r) => [r.label, r.source, r] as const))("%s (%s): total and each organisation, to the whole WTE", (label, _source, row) => {
    expect(roundTo(sum(ORGS.map((o) => vac(o, label, "Vacancies"))), 0)).toBe(row.total);
    for (const o of ORGS) expect([o, roundTo(vac(o, label, "Vacancies"), 0)]).toEqual([o, row.byOrg[o]]);
  });

  it("Total WTE and vacancy rates within 0.1 point; UHL's unlisted 33 WTE are in Other", () => {
    expect(roundTo(sum(ORGS.map((o) => vac(o, "Total", "Vacancies"))), 0)).toBe(v.totalWte.total);
    for (const o of ORGS) expect(roundTo(vac(o, "Total", "Vacancies"), 0)).toBe(v.totalWte.byOrg[o]);
    expect(Math.abs(rate(ORGS) - v.vacancyRate.total)).toBeLessThanOrEqual(0.001);
    for (const o of ORGS) expect([o, Math.abs(rate([o]) - v.vacancyRate.byOrg[o]) <= 0.001]).toEqual([o, true]);
    const uhlGroups = sum(v.rows.map((r) => r.byOrg.UHL));
    expect(roundTo(vac("UHL", "Other", "Vacancies"), 0)).toBe(v.totalWte.byOrg.UHL - uhlGroups);
  });

  it("in post is the PWR's substantive actual, month by month", () => {
    for (const o of ORGS) for (const g of GROUPS) for (let m = 1; m <= OCT; m++) expect(vac(o, g, "In post", m)).toBe(cell("PWR", o, "Substantive", g, "Actual", m));
  });

  it("Sep rates follow 000:184: combined unchanged, UHL 0.5 point lower, LPT 1.2 higher", () => {
    expect(roundTo(rate(ORGS, 6), 3)).toBe(v.vacancyRate.total);
    expect(roundTo(rate(["UHL"], 6), 3)).toBe(roundTo(v.vacancyRate.byOrg.UHL - 0.005, 3));
    expect(roundTo(rate(["LPT"], 6), 3)).toBe(roundTo(v.vacancyRate.byOrg.LPT + 0.012, 3));
  });
});

describe("internal consistency", () => {
  it.each(["PWR", "PFR", "Vacancies"])("%s: every Total row is the sum of its groups", (sheet) => {
    const rows = records(sheet);
    const keyOf = (r: Record<string, Cell>) => [r.Organisation, r["Staff type"] ?? "", r.Measure].join("|");
    const totals = rows.filter((r) => r["Staff group"] === "Total");
    expect(totals.length).toBeGreaterThan(0);
    for (const t of totals) {
      const parts = rows.filter((r) => r["Staff group"] !== "Total" && keyOf(r) === keyOf(t));
      expect(parts).toHaveLength(GROUPS.length);
      for (const col of [...(sheet === "PWR" ? ["Base"] : []), ...MONTHS]) {
        const values = parts.map((p) => p[col]);
        if (values.every((x) => x === null)) expect(t[col]).toBeNull();
        else expect([keyOf(t), col, sum(values.map((x) => num(x, col)))]).toEqual([keyOf(t), col, expect.closeTo(num(t[col], col), 6)]);
      }
    }
  });

  it("the narrative's M6 positions: substantive +633 (000:74), LPT -93 (000:56), bank +517 (000:76)", () => {
    const n = published.narrative;
    expect(roundTo(sum(ORGS.map((o) => variance("PWR", o, ["Substantive"], ["Total"], 6))), 0)).toBe(n.substantiveVarianceM6.value);
    expect(roundTo(variance("PWR", "LPT", ["Substantive"], ["Total"], 6), 0)).toBe(n.lptSubstantiveVarianceM6.value);
    expect(roundTo(sum(ORGS.map((o) => variance("PWR", o, ["Bank"], ["Total"], 6))), 0)).toBe(n.bankVarianceM6.value);
    const uhlBank = cell("PWR", "UHL", "Bank", "Total", "Actual", OCT) / cell("PWR", "UHL", "Bank", "Total", "Actual", "Base") - 1;
    expect(roundTo(uhlBank, 2)).toBe(n.uhlBankGrowth.value);
  });

  it("agency pay is 13% over plan YTD: UHL 33% over, LPT 13% under (000:133)", () => {
    const over = (orgs: readonly Org[]) => {
      const months = Array.from({ length: OCT }, (_, i) => i + 1);
      const actual = sum(orgs.flatMap((o) => months.map((m) => cell("PFR", o, "Agency", "Total", "Actual", m))));
      return actual / sum(orgs.flatMap((o) => months.map((m) => cell("PFR", o, "Agency", "Total", "Plan", m)))) - 1;
    };
    expect(roundTo(over(ORGS), 2)).toBe(published.narrative.agencyYtdOverspend.value);
    for (const o of ORGS) expect(roundTo(over([o]), 2)).toBe(published.narrative.agencyYtdOverspend.byOrg[o]);
  });

  it("pay per WTE is plausible for £000 in every row with at least one WTE", () => {
    for (const o of ORGS) for (const t of TYPES) for (const g of GROUPS) for (const m of ["Plan", "Actual"] as const) {
      for (let month = 1; month <= (m === "Plan" ? 12 : OCT); month++) {
        const wte = cell("PWR", o, t, g, m, month);
        if (wte < 1) continue;
        const perWte = cell("PFR", o, t, g, m, month) / wte;
        const [low, high] = t === "Substantive" ? [2, 15] : [1.5, 30];
        expect([o, t, g, m, month, perWte >= low && perWte <= high]).toEqual([o, t, g, m, month, true]);
      }
    }
  });

  it("month-on-month moves over 10% (validator defaults: floors 5 WTE, £50k) only in UHL agency rows, forced by the published swings", () => {
    const flagged = new Set<string>();
    for (const [sheet, floor] of [["PWR", 5], ["PFR", 50]] as const) {
      for (const o of ORGS) for (const t of TYPES) for (const g of GROUPS) {
        const seq = [...(sheet === "PWR" ? [cell(sheet, o, t, g, "Actual", "Base")] : []), ...Array.from({ length: OCT }, (_, i) => cell(sheet, o, t, g, "Actual", i + 1))];
        for (let i = 1; i < seq.length; i++) {
          const d = Math.abs(seq[i] - seq[i - 1]);
          if (d >= floor && (seq[i - 1] === 0 || d / Math.abs(seq[i - 1]) > 0.1)) flagged.add(`${sheet} ${o} ${t} ${g}`);
        }
      }
    }
    const expected = new Set(
      (["PWR", "PFR"] as const).flatMap((s) => published.staffGroups.map((g) => `${s} UHL Agency ${g}`))
    );
    expect([...flagged].sort()).toEqual([...expected].sort());
  });
});

describe("the snapshot and the generator", () => {
  it("seeds/llr-m7-sample.snapshot.json holds exactly the workbook's cells, from A1", async () => {
    const snapshot = JSON.parse(await readFile(SNAPSHOT, "utf8")) as { source: string; sheets: { name: string; origin: { row: number; col: number }; values: Cell[][] }[] };
    expect(snapshot.source).toBe("llr-m7-sample.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual([...grids.keys()]);
    for (const s of snapshot.sheets) {
      expect(s.origin).toEqual({ row: 0, col: 0 });
      expect([s.name, s.values]).toEqual([s.name, grids.get(s.name)!.rows]);
    }
  });

  it("regenerating gives the checked-in files byte for byte (npm run seeds is deterministic and has been run)", async () => {
    const first = await buildSampleFiles();
    const second = await buildSampleFiles();
    expect(first.xlsx.equals(second.xlsx)).toBe(true);
    expect(first.xlsx.equals(await readFile(XLSX))).toBe(true);
    expect(first.snapshotJson).toBe(await readFile(SNAPSHOT, "utf8"));
  });
});
