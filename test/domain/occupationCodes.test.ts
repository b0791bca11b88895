import { createHash } from "crypto";
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import {
  allOccupationCodes,
  lookupOccupationCode,
  OccupationCode,
  staffGroupForOccupation,
} from "../../src/domain/occupationCodes";
import { OCCUPATION_CODES_CSV_SHA256 } from "../../src/domain/reference/occupationCodes.generated";
import { STAFF_GROUPS, StaffGroup } from "../../src/domain/staffGroups";

const ROOT = join(__dirname, "..", "..");
const CSV_PATH = join(ROOT, "src/domain/reference/nhs_occupation_codes.csv");
/** The manual's v22.1 lookup as published (see src/domain/reference/LICENCE.md). */
const PUBLISHED_SHA256 = "049cdf074e281d62cb0aadeb5cce21dd07765f9c3340df3bdc7cd53e1c815713";

/** A small RFC 4180 reader of its own, so the test does not trust the generator's parser. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const csvBytes = readFileSync(CSV_PATH);
const [header, ...csvRows] = readCsv(csvBytes.toString("utf8"));
const csv = csvRows.map((f) => ({
  code: f[0],
  name: f[1],
  mainStaffGroup: f[2],
  broadStaffGroup: f[3],
  detailedStaffGroup: f[4],
  occupationLevel: f[5],
  careSetting: f[6],
  currentlyValid: f[7] === "True",
}));

describe("the shipped lookup matches its source CSV", () => {
  it("the CSV is the published v22.1 file, unchanged", () => {
    expect(createHash("sha256").update(csvBytes).digest("hex")).toBe(PUBLISHED_SHA256);
    expect(csvBytes.length).toBe(173197);
    expect(header).toEqual([
      "occupation_code",
      "occupation_code_name",
      "main_staff_group",
      "broad_staff_group",
      "detailed_staff_group",
      "occupation_level",
      "care_setting_or_specialty",
      "is_currently_valid",
    ]);
  });

  it("holds 945 codes, 682 of them currently valid", () => {
    expect(csv).toHaveLength(945);
    expect(csv.filter((r) => r.currentlyValid)).toHaveLength(682);
    expect(allOccupationCodes()).toHaveLength(945);
    expect(allOccupationCodes().filter((c) => c.currentlyValid)).toHaveLength(682);
  });

  it("the generated module was generated from this CSV", () => {
    expect(OCCUPATION_CODES_CSV_SHA256).toBe(PUBLISHED_SHA256);
    // The generator's --check mode regenerates in memory and compares byte for byte.
    const out = execFileSync(process.execPath, ["scripts/gen-occupation-codes.js", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out).toContain("up to date");
  });

  it("decodes every row to exactly the CSV's fields, in the CSV's order", () => {
    const decoded = allOccupationCodes().map(({ staffGroup: _group, ...fields }) => fields);
    expect(decoded).toEqual(csv);
  });

  it("finds every code by itself, in lower case and with spaces round it", () => {
    for (const row of csv) {
      expect(lookupOccupationCode(row.code)).toMatchObject(row);
      expect(lookupOccupationCode(` ${row.code.toLowerCase()}\u00a0`)?.code).toBe(row.code);
    }
  });
});

describe("PWR staff group of an occupation code", () => {
  // The traps of docs/nhs-conventions.md: the first letter is not enough.
  it.each<[string, StaffGroup]>([
    ["N9A", "Clinical Support"],
    ["N9B", "Clinical Support"],
    ["N9L", "Clinical Support"],
    ["NFA", "Clinical Support"],
    ["NFL", "Clinical Support"],
    ["NGA", "Clinical Support"],
    ["NGH", "Clinical Support"],
    ["H1A", "Clinical Support"],
    ["H1B", "Clinical Support"],
    ["H1C", "Clinical Support"],
    ["H1D", "Clinical Support"],
    ["H1E", "Clinical Support"],
    ["H1F", "Clinical Support"],
    ["H1P", "Clinical Support"],
    ["H1R", "Infrastructure Support"],
    ["H2R", "Infrastructure Support"],
    ["G2A", "Infrastructure Support"],
    ["G2B", "Infrastructure Support"],
    ["G3B", "Infrastructure Support"],
    ["G2C", "Clinical Support"],
    ["G2D", "Clinical Support"],
    ["G2E", "Clinical Support"],
    ["G3D", "Clinical Support"],
  ])("trap: %s -> %s", (code, group) => {
    expect(lookupOccupationCode(code)?.staffGroup).toBe(group);
  });

  it.each<[string, StaffGroup]>([
    ["001", "Medical, Dental"],
    ["091", "Medical, Dental"],
    ["221", "Medical, Dental"],
    ["800", "Medical, Dental"],
    ["N6A", "Nursing, Midwifery"],
    ["N2C", "Nursing, Midwifery"],
    ["N3H", "Nursing, Midwifery"],
    ["NCA", "Nursing, Midwifery"],
    ["P2A", "Nursing, Midwifery"],
    ["P1A", "Clinical Support"],
    ["S1E", "Scientific, Therapeutic, Technical"],
    ["S4T", "Scientific, Therapeutic, Technical"],
    ["UEA", "Scientific, Therapeutic, Technical"],
    ["U9A", "Clinical Support"],
    ["S9P", "Clinical Support"],
    ["S5A", "Clinical Support"],
    ["A7A", "Clinical Support"],
    ["ABA", "Other"],
    ["G0A", "Infrastructure Support"],
    ["G1A", "Infrastructure Support"],
    ["Z1A", "Other"],
    ["Z2F", "Other"],
  ])("%s -> %s", (code, group) => {
    expect(lookupOccupationCode(code)?.staffGroup).toBe(group);
  });

  // The rule, restated from the brief rather than copied from the implementation.
  function expectedGroup(main: string, broad: string): StaffGroup {
    if (main === "Support to clinical staff") return "Clinical Support";
    if (main === "NHS infrastructure support") return "Infrastructure Support";
    if (main !== "Professionally qualified clinical staff") return "Other";
    if (broad === "HCHS doctors") return "Medical, Dental";
    if (broad === "Nurses & health visitors" || broad === "Midwives") return "Nursing, Midwifery";
    if (broad === "Scientific, therapeutic & technical staff") {
      return "Scientific, Therapeutic, Technical";
    }
    return "Other";
  }

  it("every code maps to exactly one canonical group, by its main and broad staff group", () => {
    for (const code of allOccupationCodes()) {
      expect(STAFF_GROUPS).toContain(code.staffGroup);
      expect(code.staffGroup).toBe(expectedGroup(code.mainStaffGroup, code.broadStaffGroup));
    }
  });

  it.each<[string, StaffGroup]>([
    ["Support to clinical staff", "Clinical Support"],
    ["NHS infrastructure support", "Infrastructure Support"],
    ["Unknown classification", "Other"],
  ])("every %j code is %s", (main, group) => {
    const groups = new Set(
      csv
        .filter((r) => r.mainStaffGroup === main)
        .map((r) => lookupOccupationCode(r.code)?.staffGroup)
    );
    expect([...groups]).toEqual([group]);
  });

  it("group counts are consistent with the manual's main and broad groups", () => {
    const counts = new Map<StaffGroup, number>();
    for (const c of allOccupationCodes())
      counts.set(c.staffGroup, (counts.get(c.staffGroup) ?? 0) + 1);
    const csvCount = (main: string, broad?: string) =>
      csv.filter(
        (r) => r.mainStaffGroup === main && (broad === undefined || r.broadStaffGroup === broad)
      ).length;
    const pqcs = "Professionally qualified clinical staff";
    expect(Object.fromEntries(counts)).toEqual({
      "Clinical Support": csvCount("Support to clinical staff"),
      "Infrastructure Support": csvCount("NHS infrastructure support"),
      "Medical, Dental": csvCount(pqcs, "HCHS doctors"),
      "Nursing, Midwifery": csvCount(pqcs, "Nurses & health visitors") + csvCount(pqcs, "Midwives"),
      "Scientific, Therapeutic, Technical": csvCount(
        pqcs,
        "Scientific, therapeutic & technical staff"
      ),
      Other: csvCount(pqcs, "Ambulance staff") + csvCount("Unknown classification"),
    });
    // The same figures written out, so a changed CSV shows up as a reviewed diff here.
    expect(Object.fromEntries(counts)).toEqual({
      "Clinical Support": 288,
      "Infrastructure Support": 15,
      "Medical, Dental": 236,
      "Nursing, Midwifery": 82,
      "Scientific, Therapeutic, Technical": 292,
      Other: 32,
    });
  });

  it.each<[string, string, StaffGroup]>([
    ["Professionally qualified clinical staff", "Something new", "Other"],
    ["A future main group", "HCHS doctors", "Other"],
    ["", "", "Other"],
  ])("staffGroupForOccupation(%j, %j) = %s", (main, broad, group) => {
    expect(staffGroupForOccupation(main, broad)).toBe(group);
  });
});

describe("lookupOccupationCode inputs", () => {
  it.each<[unknown, string]>([
    ["n6a", "N6A"],
    [" N6A ", "N6A"],
    ["001", "001"],
    [1, "001"],
    [91, "091"],
    [800, "800"],
  ])("%p -> %s", (value, code) => {
    expect(lookupOccupationCode(value)?.code).toBe(code);
  });

  it.each<unknown>([
    undefined,
    null,
    "",
    "N6",
    "N6AA",
    "N 6A",
    "ZZZ",
    "000",
    0,
    91.5,
    -1,
    1000,
    NaN,
    true,
    {},
  ])("%p -> undefined", (value) => {
    expect(lookupOccupationCode(value)).toBeUndefined();
  });

  it("knows retired codes and says they are retired", () => {
    const retired = lookupOccupationCode("013") as OccupationCode;
    expect(retired).toMatchObject({
      name: "HCHS doctors in Clinical physiology",
      currentlyValid: false,
      staffGroup: "Medical, Dental",
    });
  });

  it("keeps names that are not '<level> in <setting>'", () => {
    expect(lookupOccupationCode("082")?.name).toBe(
      "HCHS doctors in General (internal) medicine (082)"
    );
    expect(lookupOccupationCode("Z1A")?.name).toBe("Non-funded staff - Macmillan nurses");
    expect(lookupOccupationCode("G2B")?.name).toBe(
      "Clerical & Administrative in Hotel, Property & Estates"
    );
  });
});
