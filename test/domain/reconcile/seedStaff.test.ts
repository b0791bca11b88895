/**
 * The sample's Staff sheet generator (scripts/seeds/staff.ts): its catalogue agrees with the NHS
 * Occupation Code Manual, its rows add up to the PWR, and each planted row raises exactly the
 * codes it was planted for. The generator itself does not use the domain code; these tests do.
 */
import { lookupOccupationCode } from "../../../src/domain/occupationCodes";
import { reconcile, type FindingCode } from "../../../src/domain/reconcile";
import { TitleChecker } from "../../../src/domain/reconcile/titleRules";
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import {
  applyRecoding,
  buildStaffRows,
  RECODED_EXPECT,
  SAMPLE_PLANTS,
  STAFF_CATALOGUE,
  STAFF_HEADER,
  staffSheetGrid,
  substantiveActualsAt,
} from "../../../scripts/seeds/staff";
import { buildSampleModel } from "../../../scripts/seeds/model";
import { buildSheets } from "../../../scripts/seeds/sheets";
import { gridsToSnapshot } from "../../../scripts/seeds/snapshot";
import { RECODED_WTE } from "../../../scripts/seeds/workforce";
import { RECODING } from "../../../scripts/seeds/assumptions";
import { GROUPS, ORGS, type Group, type Org } from "../../../scripts/seeds/types";

const titles = new TitleChecker();
const recoded = {
  organisation: RECODING.organisation,
  from: RECODING.from,
  to: RECODING.to,
  wte: RECODED_WTE,
};

function sumsByOrgGroup(rows: readonly (readonly CellValue[])[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const key = `${r[0]}|${r[4]}`;
    sums.set(key, (sums.get(key) ?? 0) + Math.round((r[7] as number) * 100));
  }
  return sums;
}

describe("Staff sheet catalogue", () => {
  it.each(STAFF_CATALOGUE.map((j) => [j.title, j.code, j.group] as const))(
    "%s (%s) is a current code of %s and no title rule objects",
    (title, code, group) => {
      const occupation = lookupOccupationCode(code);
      expect(occupation?.currentlyValid).toBe(true);
      expect(occupation?.staffGroup).toBe(group);
      expect(titles.check(title, occupation!)?.id ?? null).toBeNull();
    }
  );
});

describe("buildStaffRows", () => {
  const actuals: Record<Org, Partial<Record<Group, number>>> = {
    UHL: {
      "Nursing, Midwifery": 410.37,
      "Scientific, Therapeutic, Technical": 120,
      "Clinical Support": 300.5,
      "Infrastructure Support": 455.25,
      "Medical, Dental": 90.1,
      Other: 0,
    },
    LPT: {
      "Nursing, Midwifery": 260,
      "Scientific, Therapeutic, Technical": 80.33,
      "Clinical Support": 150,
      "Infrastructure Support": 140,
      "Medical, Dental": 30,
      Other: 0,
    },
  };
  const built = buildStaffRows(actuals, 7, {
    recoded: {
      organisation: "UHL",
      from: "Clinical Support",
      to: "Infrastructure Support",
      wte: 200.25,
    },
  });

  it("adds up, per organisation and Staff group (PWR), to the actuals exactly", () => {
    const sums = sumsByOrgGroup(built.rows);
    for (const org of ORGS)
      for (const g of GROUPS)
        expect([org, g, (sums.get(`${org}|${g}`) ?? 0) / 100]).toEqual([
          org,
          g,
          actuals[org][g] ?? 0,
        ]);
    expect(built.rows.every((r) => (r[7] as number) > 0 && (r[7] as number) <= 1)).toBe(true);
  });

  it("is the same for the same seed and different for another", () => {
    expect(buildStaffRows(actuals, 7).rows).toEqual(buildStaffRows(actuals, 7).rows);
    expect(buildStaffRows(actuals, 8).rows).not.toEqual(buildStaffRows(actuals, 7).rows);
  });

  it("refuses plants larger than their group", () => {
    expect(() => buildStaffRows({ UHL: {}, LPT: {} }, 1)).toThrow(/needs .* WTE of/);
  });

  it("plants rows of every staff-level code, and each raises exactly its codes", () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        {
          name: "Staff",
          origin: { row: 0, col: 0 },
          values: [[...STAFF_HEADER], ...built.rows.map((r) => [...r])],
        },
      ],
    };
    const found = new Map<number, FindingCode[]>();
    for (const f of reconcile(snapshot).findings)
      found.set(f.row!, [...(found.get(f.row!) ?? []), f.code].sort());
    const planted = new Map<number, string[]>();
    built.expect.forEach((codes, i) => codes.length > 0 && planted.set(i + 1, [...codes].sort()));
    expect(found).toEqual(planted);
    const codes = new Set([...planted.values()].flat());
    expect([...codes].sort()).toEqual(
      [
        "JOB_TITLE_SUSPECT",
        "OCCUPATION_GROUP_MISMATCH",
        "PWR_PFR_GROUP_MISMATCH",
        "RETIRED_OCCUPATION_CODE",
        "UNKNOWN_OCCUPATION_CODE",
      ].sort()
    );
  });

  it("counts the recoded ward staff in Infrastructure Support with clinical codes, paid as Clinical Support", () => {
    const recodedRows = built.rows.filter((_, i) => built.expect[i] === RECODED_EXPECT);
    expect(recodedRows.reduce((s, r) => s + Math.round((r[7] as number) * 100), 0) / 100).toBe(
      200.25
    );
    for (const r of recodedRows) {
      expect(r.slice(4, 6)).toEqual(["Infrastructure Support", "Clinical Support"]);
      expect(lookupOccupationCode(r[3])?.staffGroup).toBe("Clinical Support");
    }
  });
});

describe("the sample with its Staff sheet", () => {
  const model = buildSampleModel();
  const grid = staffSheetGrid(model, recoded);

  it("adds up to the PWR's substantive actuals at the reporting month", () => {
    const sums = sumsByOrgGroup(grid.rows.slice(1));
    const actuals = substantiveActualsAt(model.pwr);
    for (const org of ORGS)
      for (const g of GROUPS)
        expect([org, g, (sums.get(`${org}|${g}`) ?? 0) / 100]).toEqual([
          org,
          g,
          Math.round(actuals[org][g] * 100) / 100,
        ]);
  });

  it("shows the recoding of 000:46 on the PWR and the Staff sheet, and the PFR not following", () => {
    const grids = buildSheets(model);
    grids.splice(grids.length - 1, 0, grid);
    const result = reconcile(gridsToSnapshot(grids, "sample"));
    const shifts = result.findings.filter((f) => f.code === "RECODING_SHIFT");
    expect(
      shifts.map((f) => ({
        org: f.organisation,
        type: f.staffType,
        groups: f.groups,
        month: f.month,
        pfrFollows: f.pfrFollows,
      }))
    ).toEqual([
      {
        org: "UHL",
        type: "Substantive",
        groups: ["Clinical Support", "Infrastructure Support"],
        month: RECODING.month,
        pfrFollows: false,
      },
    ]);
    expect(Math.abs(shifts[0].wte - RECODED_WTE) / RECODED_WTE).toBeLessThan(0.05);
    const line = result.rollup.find(
      (r) =>
        r.code === "OCCUPATION_GROUP_MISMATCH" &&
        r.organisation === "UHL" &&
        r.groups[1] === "Infrastructure Support"
    )!;
    expect(line.wte).toBeGreaterThanOrEqual(RECODED_WTE);
    expect(line.message).toMatch(
      /^UHL: \d+\.\d WTE in \d+ assignments coded Infrastructure Support whose occupation codes are Clinical Support$/
    );
    // The plants of every staff-level kind are there.
    for (const p of SAMPLE_PLANTS)
      for (const code of p.expect)
        expect(
          result.rollup.some((r) => r.code === code && r.organisation === p.organisation)
        ).toBe(true);
  });
});

describe("applyRecoding", () => {
  it("moves WTE between two groups' actuals from a month on, and leaves plans alone", () => {
    const model = buildSampleModel();
    const moved = applyRecoding(model.pwr, {
      organisation: "LPT",
      staffType: "Substantive",
      from: "Clinical Support",
      to: "Infrastructure Support",
      wte: 50,
      month: 5,
    });
    const before = model.pwr.LPT.Substantive;
    const after = moved.LPT.Substantive;
    after["Clinical Support"].actual.forEach((v, i) =>
      expect(v).toBeCloseTo(before["Clinical Support"].actual[i] - (i + 1 >= 5 ? 50 : 0), 6)
    );
    after["Infrastructure Support"].actual.forEach((v, i) =>
      expect(v).toBeCloseTo(before["Infrastructure Support"].actual[i] + (i + 1 >= 5 ? 50 : 0), 6)
    );
    expect(after["Clinical Support"].plan).toEqual(before["Clinical Support"].plan);
    expect(moved.UHL).toBe(model.pwr.UHL);
  });
});
