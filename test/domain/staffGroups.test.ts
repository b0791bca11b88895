import { allOccupationCodes, lookupOccupationCode } from "../../src/domain/occupationCodes";
import {
  AMBIGUOUS_LABELS,
  ambiguousStaffGroupReason,
  normalizeStaffGroupLabel,
  resolveStaffGroup,
  STAFF_GROUP_ALIASES,
  STAFF_GROUPS,
  StaffGroup,
} from "../../src/domain/staffGroups";

describe("canonical names", () => {
  it("are the six PWR groups in the template's order", () => {
    expect(STAFF_GROUPS).toEqual([
      "Nursing, Midwifery",
      "Scientific, Therapeutic, Technical",
      "Clinical Support",
      "Infrastructure Support",
      "Medical, Dental",
      "Other",
    ]);
  });

  it.each<[string, StaffGroup]>([
    ["Nursing, Midwifery", "Nursing, Midwifery"],
    ["Nursing,Midwifery", "Nursing, Midwifery"],
    ["  NURSING ,  MIDWIFERY ", "Nursing, Midwifery"],
    ["nursing/midwifery", "Nursing, Midwifery"],
    ["Scientific, Therapeutic, Technical", "Scientific, Therapeutic, Technical"],
    ["Scientific; therapeutic; technical.", "Scientific, Therapeutic, Technical"],
    ["Clinical Support", "Clinical Support"],
    ["clinical-support", "Clinical Support"],
    ["Infrastructure Support", "Infrastructure Support"],
    ["Medical, Dental", "Medical, Dental"],
    ["Medical/Dental", "Medical, Dental"],
    ["Other", "Other"],
    ["\u00a0other\u00a0", "Other"],
  ])("%j is canonical %s", (label, group) => {
    expect(resolveStaffGroup(label)).toEqual({ kind: "canonical", group });
  });
});

describe("aliases", () => {
  it.each<[string, StaffGroup, string]>([
    // The brief's list, with the alias each resolves through.
    [
      "Registered nursing, midwifery and health visiting staff",
      "Nursing, Midwifery",
      "Registered nursing, midwifery and health visiting staff",
    ],
    ["Nursing & Midwifery", "Nursing, Midwifery", "Nursing & Midwifery"],
    ["nursing & midwifery", "Nursing, Midwifery", "Nursing & Midwifery"],
    ["Nursing and Midwifery", "Nursing, Midwifery", "Nursing & Midwifery"],
    ["Nursing, midwifery and HV", "Nursing, Midwifery", "Nursing, midwifery and HV"],
    ["N&MW", "Nursing, Midwifery", "N&MW"],
    ["n & mw", "Nursing, Midwifery", "N&MW"],
    ["N&M", "Nursing, Midwifery", "N&M"],
    [
      "Scientific, therapeutic and technical staff",
      "Scientific, Therapeutic, Technical",
      "Scientific, therapeutic and technical staff",
    ],
    [
      "Scientific, therapeutic & technical staff",
      "Scientific, Therapeutic, Technical",
      "Scientific, therapeutic and technical staff",
    ],
    ["ST&T", "Scientific, Therapeutic, Technical", "ST&T"],
    ["STT", "Scientific, Therapeutic, Technical", "STT"],
    ["Support to clinical staff", "Clinical Support", "Support to clinical staff"],
    ["NHS infrastructure support", "Infrastructure Support", "NHS infrastructure support"],
    ["Medical and dental", "Medical, Dental", "Medical and dental"],
    ["Medical & Dental", "Medical, Dental", "Medical and dental"],
    ["MEDICAL AND DENTAL", "Medical, Dental", "Medical and dental"],
    ["Any other staff", "Other", "Any other staff"],
    ["Any Other Staff", "Other", "Any other staff"],
    ["Other staff", "Other", "Other staff"],
    ["Ambulance Service Staff", "Other", "Ambulance service staff"],
    // NHS Digital labels keep their ordering prefix
    [
      "001_Registered nursing, midwifery and health visiting staff",
      "Nursing, Midwifery",
      "Registered nursing, midwifery and health visiting staff",
    ],
    ["002_Nurses & health visitors", "Nursing, Midwifery", "Nurses & health visitors"],
    ["003_Nurses - adult", "Nursing, Midwifery", "Nurses - adult"],
    ["010_HCHS doctors", "Medical, Dental", "HCHS doctors"],
    ["020_Support to clinical staff", "Clinical Support", "Support to clinical staff"],
    ["030_NHS infrastructure support", "Infrastructure Support", "NHS infrastructure support"],
    [
      "012_Support to doctors, nurses & midwives",
      "Clinical Support",
      "Support to doctors, nurses & midwives",
    ],
    ["033_Hotel, property & estates", "Infrastructure Support", "Hotel, property & estates"],
    // ESR staff groups that map to one PWR group
    ["Medical and Dental", "Medical, Dental", "Medical and dental"],
    ["Nursing and Midwifery Registered", "Nursing, Midwifery", "Nursing and Midwifery Registered"],
    [
      "Allied Health Professionals",
      "Scientific, Therapeutic, Technical",
      "Allied health professionals",
    ],
    ["Healthcare Scientists", "Scientific, Therapeutic, Technical", "Healthcare scientists"],
    [
      "Additional Professional Scientific and Technical",
      "Scientific, Therapeutic, Technical",
      "Additional Professional Scientific and Technical",
    ],
    [
      "Add Prof Scientific and Technic",
      "Scientific, Therapeutic, Technical",
      "Add Prof Scientific and Technic",
    ],
  ])("%j -> %s via %j", (label, group, alias) => {
    expect(resolveStaffGroup(label)).toEqual({ kind: "alias", group, alias });
  });

  it.each(STAFF_GROUP_ALIASES.map(([alias, group]) => [alias, group] as const))(
    "table entry %j resolves to %s",
    (alias, group) => {
      expect(resolveStaffGroup(alias)).toEqual({ kind: "alias", group, alias });
    }
  );

  it("no two entries, canonical names or ambiguous labels normalise alike", () => {
    const keys = [
      ...STAFF_GROUPS,
      ...STAFF_GROUP_ALIASES.map(([alias]) => alias),
      ...AMBIGUOUS_LABELS.map(([label]) => label),
    ].map(normalizeStaffGroupLabel);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("no alias or ambiguous label is also an occupation code", () => {
    for (const label of [...STAFF_GROUP_ALIASES, ...AMBIGUOUS_LABELS].map(([l]) => l)) {
      expect(lookupOccupationCode(label)).toBeUndefined();
    }
  });
});

describe("NHS Digital group names agree with the occupation code manual", () => {
  // Every main, broad and detailed group name in the manual, with the PWR groups of its codes.
  const groupsByLabel = new Map<string, Set<StaffGroup>>();
  for (const code of allOccupationCodes()) {
    for (const label of [code.mainStaffGroup, code.broadStaffGroup, code.detailedStaffGroup]) {
      const key = normalizeStaffGroupLabel(label);
      const set = groupsByLabel.get(key) ?? new Set<StaffGroup>();
      set.add(code.staffGroup);
      groupsByLabel.set(key, set);
    }
  }

  it("an alias that is a manual group name maps as every code under it does", () => {
    let checked = 0;
    for (const [alias, group] of STAFF_GROUP_ALIASES) {
      const groups = groupsByLabel.get(normalizeStaffGroupLabel(alias));
      if (!groups) continue;
      checked++;
      expect({ alias, groups: [...groups] }).toEqual({ alias, groups: [group] });
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });

  it("a manual group name left ambiguous does span more than one PWR group", () => {
    let checked = 0;
    for (const [label] of AMBIGUOUS_LABELS) {
      const groups = groupsByLabel.get(normalizeStaffGroupLabel(label));
      if (!groups) continue;
      checked++;
      expect({ label, spans: groups.size > 1 }).toEqual({ label, spans: true });
    }
    expect(checked).toBe(4);
  });

  it("every manual group name that maps to one PWR group is recognised", () => {
    for (const [key, groups] of groupsByLabel) {
      if (groups.size !== 1) continue;
      const match = resolveStaffGroup(key);
      expect({ key, kind: match.kind }).toEqual({ key, kind: "alias" });
    }
  });
});

describe("ambiguous labels resolve to unknown, with a reason", () => {
  it.each<[string, string]>([
    ["Additional Clinical Services", "H1R, H2R"],
    ["Administrative and Clerical", "G2C, G2D, G2E"],
    ["Administrative & Clerical", "G2C, G2D, G2E"],
    ["Estates and Ancillary", "G3C, G3D, G3E"],
    ["Students", "P2x, P3x"],
    ["Supplementary Roles", "no known mapping"],
    ["001_Professionally qualified clinical staff", "doctors, nurses"],
    ["Clerical & administrative", "both"],
    ["Healthcare assistants & support workers", "both"],
    ["HCSW", "H1R, H2R"],
  ])("%j", (label, reason) => {
    expect(resolveStaffGroup(label)).toEqual({ kind: "unknown", text: label });
    expect(ambiguousStaffGroupReason(label)).toContain(reason);
  });

  it("has no reason for labels that resolve or are simply unknown", () => {
    expect(ambiguousStaffGroupReason("Nursing, Midwifery")).toBeUndefined();
    expect(ambiguousStaffGroupReason("Bank staff")).toBeUndefined();
    expect(ambiguousStaffGroupReason(42)).toBeUndefined();
  });
});

describe("occupation codes", () => {
  it.each<[unknown, StaffGroup, string, boolean]>([
    ["N6A", "Nursing, Midwifery", "N6A", true],
    ["n6h", "Nursing, Midwifery", "N6H", true],
    [" S1E ", "Scientific, Therapeutic, Technical", "S1E", true],
    ["001", "Medical, Dental", "001", true],
    [91, "Medical, Dental", "091", true],
    ["013", "Medical, Dental", "013", false],
    ["ABA", "Other", "ABA", true],
    // the traps
    ["N9A", "Clinical Support", "N9A", true],
    ["NFA", "Clinical Support", "NFA", true],
    ["NGA", "Clinical Support", "NGA", true],
    ["H1A", "Clinical Support", "H1A", true],
    ["H1B", "Clinical Support", "H1B", true],
    ["H1C", "Clinical Support", "H1C", true],
    ["H1D", "Clinical Support", "H1D", true],
    ["H1E", "Clinical Support", "H1E", true],
    ["H1F", "Clinical Support", "H1F", true],
    ["H1P", "Clinical Support", "H1P", true],
    ["H1R", "Infrastructure Support", "H1R", true],
    ["H2R", "Infrastructure Support", "H2R", true],
    ["G2A", "Infrastructure Support", "G2A", true],
    ["G2B", "Infrastructure Support", "G2B", true],
    ["G3B", "Infrastructure Support", "G3B", true],
    ["G2D", "Clinical Support", "G2D", true],
  ])("%p -> %s", (label, group, code, currentlyValid) => {
    expect(resolveStaffGroup(label)).toEqual({
      kind: "occupationCode",
      group,
      code,
      currentlyValid,
    });
  });

  it("resolves every code in the manual to its code's group", () => {
    for (const c of allOccupationCodes()) {
      expect(resolveStaffGroup(c.code)).toEqual({
        kind: "occupationCode",
        group: c.staffGroup,
        code: c.code,
        currentlyValid: c.currentlyValid,
      });
    }
  });
});

describe("unknown", () => {
  it.each<[unknown, string]>([
    ["", ""],
    ["   ", "   "],
    ["Bank staff", "Bank staff"],
    ["Nursing Midwifery Staff Extra", "Nursing Midwifery Staff Extra"],
    ["XYZ", "XYZ"],
    ["N6", "N6"],
    ["N6AA", "N6AA"],
    ["Medical, Dental, Other", "Medical, Dental, Other"],
    [1000, "1000"],
    [1.5, "1.5"],
    [-1, "-1"],
    [null, ""],
    [undefined, ""],
    [true, "true"],
  ])("%p", (label, text) => {
    expect(resolveStaffGroup(label)).toEqual({ kind: "unknown", text });
  });
});

describe("normalizeStaffGroupLabel", () => {
  it.each([
    ["Nursing, Midwifery", "nursing midwifery"],
    ["  N&MW ", "n and mw"],
    ["ST&T", "st and t"],
    ["&", "and"],
    ["001_Nurses - adult", "nurses adult"],
    ["1234_Nurses", "1234 nurses"],
    ["Nurses - children's", "nurses children s"],
    ["", ""],
  ])("%j -> %j", (label, key) => {
    expect(normalizeStaffGroupLabel(label)).toBe(key);
  });
});
