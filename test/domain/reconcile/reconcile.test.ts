import { reconcile, type Finding, type FindingCode } from "../../../src/domain/reconcile";
import { FINDING_CODES } from "../../../src/domain/reconcile/codes";
import { cleanWorkbook } from "./fixtures";
import {
  addToMonths,
  addStaff,
  ref,
  scaleMonths,
  setSetting,
  sheetOf,
  type MutableWorkbook,
  type RowMatch,
  returnRow,
} from "../../support/workbook";

const UHL_NM_ACTUAL = returnRow("UHL", "Substantive", "Nursing, Midwifery", "Actual");
const UHL_STT_ACTUAL = returnRow(
  "UHL",
  "Substantive",
  "Scientific, Therapeutic, Technical",
  "Actual"
);
const UHL_CS_ACTUAL = returnRow("UHL", "Substantive", "Clinical Support", "Actual");
const UHL_IS_ACTUAL = returnRow("UHL", "Substantive", "Infrastructure Support", "Actual");
const plan = (k: RowMatch): RowMatch => ({ ...k, measure: "Plan" });

/** What identifies a finding in these tests: code, where, when, which groups, its first cell. */
function brief(f: Finding) {
  return {
    code: f.code,
    organisation: f.organisation,
    staffType: f.staffType,
    month: f.month,
    groups: f.groups,
    cell: f.cells[0],
  };
}

interface Case {
  readonly code: FindingCode;
  readonly poke: (wb: MutableWorkbook) => ReturnType<typeof brief>;
}

/** One workbook per code, each the clean workbook with exactly that mismatch. */
const CASES: readonly Case[] = [
  {
    code: "COST_WTE_DIRECTION",
    // 60 WTE more nurses than plan from Aug, but £300k less pay: opposite ways.
    poke: (wb) => {
      addToMonths(wb, "PWR", UHL_NM_ACTUAL, 60, 5);
      addToMonths(wb, "PFR", UHL_NM_ACTUAL, -300, 5);
      return {
        code: "COST_WTE_DIRECTION",
        organisation: "UHL",
        staffType: "Substantive",
        month: 7,
        groups: ["Nursing, Midwifery", "Nursing, Midwifery"],
        cell: ref(wb, "PWR", UHL_NM_ACTUAL, 7),
      };
    },
  },
  {
    code: "UNIT_COST_SHIFT",
    // ST&T pay 25% above its WTE at the planned rate in Sep and Oct.
    poke: (wb) => {
      scaleMonths(wb, "PFR", UHL_STT_ACTUAL, 1.25, 6);
      return {
        code: "UNIT_COST_SHIFT",
        organisation: "UHL",
        staffType: "Substantive",
        month: 7,
        groups: ["Scientific, Therapeutic, Technical", "Scientific, Therapeutic, Technical"],
        cell: ref(wb, "PWR", UHL_STT_ACTUAL, 7),
      };
    },
  },
  {
    code: "RECODING_SHIFT",
    // 200 WTE recoded from Clinical Support to Infrastructure Support in Aug; the PFR does not follow.
    poke: (wb) => {
      addToMonths(wb, "PWR", UHL_CS_ACTUAL, -200, 5);
      addToMonths(wb, "PWR", UHL_IS_ACTUAL, 200, 5);
      return {
        code: "RECODING_SHIFT",
        organisation: "UHL",
        staffType: "Substantive",
        month: 5,
        groups: ["Clinical Support", "Infrastructure Support"],
        cell: ref(wb, "PWR", UHL_CS_ACTUAL, 5),
      };
    },
  },
  {
    code: "OCCUPATION_GROUP_MISMATCH",
    poke: (wb) => {
      const s = addStaff(wb, {
        title: "Ward Assistant",
        code: "H1A",
        pwr: "Infrastructure Support",
      });
      return {
        code: "OCCUPATION_GROUP_MISMATCH",
        organisation: "UHL",
        staffType: "Substantive",
        month: null,
        groups: ["Clinical Support", "Infrastructure Support"],
        cell: s.cell("Staff group (PWR)"),
      };
    },
  },
  {
    code: "PWR_PFR_GROUP_MISMATCH",
    poke: (wb) => {
      const s = addStaff(wb, {
        title: "Medical Secretary",
        code: "G2D",
        pwr: "Clinical Support",
        pfr: "Infrastructure Support",
      });
      return {
        code: "PWR_PFR_GROUP_MISMATCH",
        organisation: "UHL",
        staffType: "Substantive",
        month: null,
        groups: ["Clinical Support", "Infrastructure Support"],
        cell: s.cell("Staff group (PWR)"),
      };
    },
  },
  {
    code: "UNKNOWN_OCCUPATION_CODE",
    poke: (wb) => {
      const s = addStaff(wb, { title: "Staff Nurse", code: "N6Z", pwr: "Nursing, Midwifery" });
      return {
        code: "UNKNOWN_OCCUPATION_CODE",
        organisation: "UHL",
        staffType: "Substantive",
        month: null,
        groups: [null, "Nursing, Midwifery"],
        cell: s.cell("Occupation code"),
      };
    },
  },
  {
    code: "RETIRED_OCCUPATION_CODE",
    poke: (wb) => {
      const s = addStaff(wb, { title: "Children's Nurse", code: "N1A", pwr: "Nursing, Midwifery" });
      return {
        code: "RETIRED_OCCUPATION_CODE",
        organisation: "UHL",
        staffType: "Substantive",
        month: null,
        groups: ["Nursing, Midwifery", "Nursing, Midwifery"],
        cell: s.cell("Occupation code"),
      };
    },
  },
  {
    code: "JOB_TITLE_SUSPECT",
    poke: (wb) => {
      const s = addStaff(wb, {
        title: "Healthcare Assistant",
        code: "H1R",
        pwr: "Infrastructure Support",
      });
      return {
        code: "JOB_TITLE_SUSPECT",
        organisation: "UHL",
        staffType: "Substantive",
        month: null,
        groups: ["Clinical Support", "Infrastructure Support"],
        cell: s.cell("Job title"),
      };
    },
  },
];

describe("reconcile", () => {
  it("finds nothing in a clean workbook, and notes nothing", () => {
    const result = reconcile(cleanWorkbook());
    expect(result.findings).toEqual([]);
    expect(result.rollup).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.reportingMonth).toBe(7);
  });

  it("has a test workbook for every code", () => {
    expect(CASES.map((c) => c.code).sort()).toEqual(FINDING_CODES.map((s) => s.code).sort());
  });

  it.each(CASES.map((c) => [c.code, c] as const))(
    "%s: a workbook with exactly that mismatch yields exactly that finding",
    (_, c) => {
      const wb = cleanWorkbook();
      const expected = c.poke(wb);
      const result = reconcile(wb);
      expect(result.findings.map(brief)).toEqual([expected]);
      const f = result.findings[0];
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.suggestion.length).toBeGreaterThan(20);
      expect(f.severity).toBe(FINDING_CODES.find((s) => s.code === c.code)!.severity);
    }
  );

  it("sizes a direction finding with the month's variances (WTE and £000)", () => {
    const wb = cleanWorkbook();
    addToMonths(wb, "PWR", UHL_NM_ACTUAL, 60, 5);
    addToMonths(wb, "PFR", UHL_NM_ACTUAL, -300, 5);
    const [f] = reconcile(wb).findings;
    const pwr = sheetOf(wb, "PWR");
    const pfr = sheetOf(wb, "PFR");
    const at = (sheetName: "PWR" | "PFR", k: RowMatch) => {
      const sheet = sheetName === "PWR" ? pwr : pfr;
      const row = sheet.values.find(
        (r) => r[0] === k.org && r[1] === k.type && r[2] === k.group && r[3] === k.measure
      )!;
      return row[sheet.values[0].indexOf("Oct 23")] as number;
    };
    expect(f.wte).toBeCloseTo(at("PWR", UHL_NM_ACTUAL) - at("PWR", plan(UHL_NM_ACTUAL)), 6);
    expect(f.cost).toBeCloseTo(at("PFR", UHL_NM_ACTUAL) - at("PFR", plan(UHL_NM_ACTUAL)), 6);
    expect(f.wte).toBeGreaterThan(60);
    expect(f.cost).toBeLessThan(-250);
    expect(f.cells).toEqual([
      ref(wb, "PWR", UHL_NM_ACTUAL, 7),
      ref(wb, "PFR", UHL_NM_ACTUAL, 7),
      ref(wb, "PWR", plan(UHL_NM_ACTUAL), 7),
      ref(wb, "PFR", plan(UHL_NM_ACTUAL), 7),
    ]);
    expect(f.message).toMatch(
      /^UHL Substantive Nursing, Midwifery in Oct 23: .* over plan on the PWR .* under plan on the PFR \(every month since Aug 23\)/
    );
  });

  it("dates a condition that ended before the reporting month at its last month", () => {
    const wb = cleanWorkbook();
    scaleMonths(wb, "PFR", UHL_STT_ACTUAL, 0.8, 2, 4);
    expect(reconcile(wb).findings.map(brief)).toEqual([
      expect.objectContaining({
        code: "UNIT_COST_SHIFT",
        month: 4,
        cell: ref(wb, "PWR", UHL_STT_ACTUAL, 4),
      }),
    ]);
  });

  it("reads pay in £000 whatever the finance unit", () => {
    const inThousands = cleanWorkbook();
    addToMonths(inThousands, "PWR", UHL_NM_ACTUAL, 60, 5);
    addToMonths(inThousands, "PFR", UHL_NM_ACTUAL, -300, 5);
    const inMillions = cleanWorkbook();
    addToMonths(inMillions, "PWR", UHL_NM_ACTUAL, 60, 5);
    addToMonths(inMillions, "PFR", UHL_NM_ACTUAL, -300, 5);
    for (const row of sheetOf(inMillions, "PFR").values.slice(1)) {
      for (let j = 4; j < row.length; j++)
        if (typeof row[j] === "number") row[j] = (row[j] as number) / 1000;
    }
    setSetting(inMillions, "Finance unit", "£m");
    const a = reconcile(inThousands).findings;
    const b = reconcile(inMillions).findings;
    expect(b.map(brief)).toEqual(a.map(brief));
    expect(b[0].cost).toBeCloseTo(a[0].cost!, 6);
  });

  it("reports a recoding the PFR follows as a warning that says so", () => {
    const wb = cleanWorkbook();
    addToMonths(wb, "PWR", UHL_CS_ACTUAL, -200, 5);
    addToMonths(wb, "PWR", UHL_IS_ACTUAL, 200, 5);
    addToMonths(wb, "PFR", UHL_CS_ACTUAL, -540, 5);
    addToMonths(wb, "PFR", UHL_IS_ACTUAL, 540, 5);
    const [f] = reconcile(wb).findings;
    expect(f).toMatchObject({
      code: "RECODING_SHIFT",
      severity: "warning",
      pfrFollows: true,
      month: 5,
    });
    // 200 WTE moved, estimated net of the groups' usual monthly change (the fixture wiggles them all).
    expect(Math.abs(f.wte - 200)).toBeLessThan(4);
    expect(f.message).toContain("The PFR moved their pay too");
  });

  it("says when the PFR did not follow a recoding, and how much pay should have moved", () => {
    const wb = cleanWorkbook();
    addToMonths(wb, "PWR", UHL_CS_ACTUAL, -200, 5);
    addToMonths(wb, "PWR", UHL_IS_ACTUAL, 200, 5);
    const [f] = reconcile(wb).findings;
    expect(f).toMatchObject({ severity: "error", pfrFollows: false });
    // About 200 WTE at Clinical Support's £2.7k a month.
    expect(f.cost).toBeGreaterThan(500);
    expect(f.cost).toBeLessThan(590);
    expect(Math.abs(f.wte - 200)).toBeLessThan(4);
    expect(f.message).toMatch(
      /^UHL Substantive: about (19[6-9]|20[0-3])\.\d WTE moved from Clinical Support to Infrastructure Support on the PWR between Jul 23 and Aug 23/
    );
    expect(f.message).toContain("The PFR did not follow");
    expect(f.suggestion).toContain("H1R, H2R");
  });

  it("does not take a one-month blip for a recoding", () => {
    const wb = cleanWorkbook();
    addToMonths(wb, "PWR", UHL_CS_ACTUAL, -150, 4, 4);
    addToMonths(wb, "PWR", UHL_IS_ACTUAL, 150, 4, 4);
    expect(reconcile(wb).findings.filter((f) => f.code === "RECODING_SHIFT")).toEqual([]);
  });

  it("does not take one group's step and another's unrelated fall elsewhere in the year for a recoding", () => {
    const wb = cleanWorkbook();
    addToMonths(wb, "PWR", UHL_CS_ACTUAL, -150, 3);
    addToMonths(wb, "PWR", UHL_IS_ACTUAL, 150, 6);
    expect(reconcile(wb).findings.filter((f) => f.code === "RECODING_SHIFT")).toEqual([]);
  });

  it("takes thresholds from the Settings sheet, and options over Settings", () => {
    const wb = cleanWorkbook();
    addToMonths(wb, "PWR", UHL_NM_ACTUAL, 60, 5);
    addToMonths(wb, "PFR", UHL_NM_ACTUAL, -300, 5);
    setSetting(wb, "Coding material WTE", 100);
    const fromSettings = reconcile(wb);
    expect(fromSettings.findings).toEqual([]);
    expect(fromSettings.thresholds.materialWte).toBe(100);
    expect(fromSettings.thresholdSources.materialWte).toBe("settings");
    const fromOptions = reconcile(wb, { thresholds: { materialWte: 10 } });
    expect(fromOptions.findings.map((f) => f.code)).toEqual(["COST_WTE_DIRECTION"]);
    expect(fromOptions.thresholdSources.materialWte).toBe("option");
  });

  it("reads Unit cost shift % as a percentage either way it is typed", () => {
    const wb = cleanWorkbook();
    scaleMonths(wb, "PFR", UHL_STT_ACTUAL, 1.25, 6);
    setSetting(wb, "Unit cost shift %", 30);
    expect(reconcile(wb).thresholds.unitCostShift).toBeCloseTo(0.3, 9);
    expect(reconcile(wb).findings).toEqual([]);
    setSetting(wb, "Unit cost shift %", "20%");
    expect(reconcile(wb).findings.map((f) => f.code)).toEqual(["UNIT_COST_SHIFT"]);
  });

  it("notes an unreadable threshold setting and keeps the default", () => {
    const wb = cleanWorkbook();
    setSetting(wb, "Coding material £000", "lots");
    const result = reconcile(wb);
    expect(result.thresholds.materialThousands).toBe(50);
    expect(result.notes).toEqual([
      expect.stringContaining("Settings › Coding material £000 (B5) is not a number"),
    ]);
  });

  it("notes what it could not check: no Staff sheet, no PFR", () => {
    const noStaff = cleanWorkbook();
    noStaff.sheets = noStaff.sheets.filter((s) => s.name !== "Staff");
    expect(reconcile(noStaff).notes).toEqual([expect.stringContaining("no readable Staff sheet")]);
    expect(reconcile(noStaff).staffSheet).toBeNull();
    const noPfr = cleanWorkbook();
    noPfr.sheets = noPfr.sheets.filter((s) => s.name !== "PFR");
    addStaff(noPfr, { title: "Staff Nurse", code: "N6Z", pwr: "Nursing, Midwifery" });
    const result = reconcile(noPfr);
    expect(result.notes).toEqual([expect.stringContaining("The PFR could not be read")]);
    expect(result.findings.map((f) => f.code)).toEqual(["UNKNOWN_OCCUPATION_CODE"]);
  });

  it("raises every code a row deserves, and only those", () => {
    const wb = cleanWorkbook();
    // An HCA on the estates code, counted as Clinical Support, paid as Infrastructure Support.
    addStaff(wb, {
      title: "HCA",
      code: "H1R",
      pwr: "Clinical Support",
      pfr: "Infrastructure Support",
    });
    // A retired code counted in the wrong group.
    addStaff(wb, { title: "Staff Nurse", code: "N1A", pwr: "Clinical Support" });
    const codes = reconcile(wb)
      .findings.map((f) => `${f.row}:${f.code}`)
      .sort();
    const first = sheetOf(wb, "Staff").values.length - 2;
    expect(codes).toEqual(
      [
        `${first}:OCCUPATION_GROUP_MISMATCH`,
        `${first}:JOB_TITLE_SUSPECT`,
        `${first}:PWR_PFR_GROUP_MISMATCH`,
        `${first + 1}:RETIRED_OCCUPATION_CODE`,
        `${first + 1}:OCCUPATION_GROUP_MISMATCH`,
      ].sort()
    );
  });

  it("reads occupation codes as Excel leaves them: numbers without their zero, lower case, spaces", () => {
    const wb = cleanWorkbook();
    addStaff(wb, { title: "Consultant Physician", code: 1, pwr: "Medical, Dental" });
    addStaff(wb, { title: "Staff Nurse", code: " n6a ", pwr: "Nursing, Midwifery" });
    expect(reconcile(wb).findings).toEqual([]);
  });

  it("describes a staff finding with the assignment, title, WTE and the code's name", () => {
    const wb = cleanWorkbook();
    addStaff(wb, {
      assignment: "30000123",
      title: "Ward Assistant",
      code: "H1A",
      pwr: "Infrastructure Support",
      wte: 0.6,
    });
    const [f] = reconcile(wb).findings;
    expect(f.message).toBe(
      "Assignment 30000123 (Ward Assistant, 0.60 WTE) at UHL: occupation code H1A (Healthcare Assistant in Adult and General) is Clinical Support, but Staff group (PWR) counts it as Infrastructure Support."
    );
    expect(f).toMatchObject({ assignment: "30000123", wte: 0.6, cost: null });
  });

  it("sorts findings by code, then Staff row", () => {
    const wb = cleanWorkbook();
    addStaff(wb, { title: "Staff Nurse", code: "N6Z", pwr: "Nursing, Midwifery" });
    addStaff(wb, { title: "Ward Assistant", code: "H1A", pwr: "Infrastructure Support" });
    addStaff(wb, { title: "Staff Nurse", code: "XXX", pwr: "Nursing, Midwifery" });
    addToMonths(wb, "PWR", UHL_NM_ACTUAL, 60, 5);
    addToMonths(wb, "PFR", UHL_NM_ACTUAL, -300, 5);
    const result = reconcile(wb);
    expect(result.findings.map((f) => f.code)).toEqual([
      "COST_WTE_DIRECTION",
      "OCCUPATION_GROUP_MISMATCH",
      "UNKNOWN_OCCUPATION_CODE",
      "UNKNOWN_OCCUPATION_CODE",
    ]);
    expect(result.summary).toEqual({ errors: 4, warnings: 0 });
  });
});

describe("roll-up", () => {
  it("sums staff-level findings per organisation and pair of groups in one line", () => {
    const wb = cleanWorkbook();
    addStaff(wb, { title: "Ward Assistant", code: "H1A", pwr: "Infrastructure Support", wte: 1 });
    addStaff(wb, {
      title: "Healthcare Assistant",
      code: "H1A",
      pwr: "Infrastructure Support",
      wte: 0.8,
    });
    addStaff(wb, {
      title: "Nursing Assistant",
      code: "N9A",
      pwr: "Infrastructure Support",
      wte: 0.7,
    });
    addStaff(wb, {
      org: "LPT",
      title: "Nursing Associate",
      code: "NGE",
      pwr: "Nursing, Midwifery",
      wte: 1,
    });
    const { rollup } = reconcile(wb);
    expect(rollup).toEqual([
      {
        code: "OCCUPATION_GROUP_MISMATCH",
        organisation: "UHL",
        groups: ["Clinical Support", "Infrastructure Support"],
        assignments: 3,
        wte: 2.5,
        message:
          "UHL: 2.5 WTE in 3 assignments coded Infrastructure Support whose occupation codes are Clinical Support",
      },
      {
        code: "OCCUPATION_GROUP_MISMATCH",
        organisation: "LPT",
        groups: ["Clinical Support", "Nursing, Midwifery"],
        assignments: 1,
        wte: 1,
        message:
          "LPT: 1.0 WTE in 1 assignment coded Nursing, Midwifery whose occupation codes are Clinical Support",
      },
    ]);
  });

  it("words each staff-level code's line", () => {
    const wb = cleanWorkbook();
    addStaff(wb, {
      title: "Medical Secretary",
      code: "G2D",
      pwr: "Clinical Support",
      pfr: "Infrastructure Support",
      wte: 0.5,
    });
    addStaff(wb, { title: "Staff Nurse", code: "", pwr: "Nursing, Midwifery" });
    addStaff(wb, { title: "Children's Nurse", code: "N1A", pwr: "Nursing, Midwifery" });
    addStaff(wb, { title: "Ward Clerk", code: "G2A", pwr: "Infrastructure Support" });
    expect(reconcile(wb).rollup.map((r) => r.message)).toEqual([
      "UHL: 0.5 WTE in 1 assignment counted in Clinical Support on the PWR but paid in Infrastructure Support on the PFR",
      "UHL: 1.0 WTE in 1 assignment coded Nursing, Midwifery with blank or unknown occupation codes",
      "UHL: 1.0 WTE in 1 assignment coded Nursing, Midwifery with retired occupation codes",
      "UHL: 1.0 WTE in 1 assignment whose job titles say Clinical Support but whose occupation codes are Infrastructure Support",
    ]);
  });
});
