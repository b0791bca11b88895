import { lookupOccupationCode } from "../../../src/domain/occupationCodes";
import {
  contradicts,
  normaliseTitle,
  TITLE_RULES,
  TitleChecker,
} from "../../../src/domain/reconcile/titleRules";

const checker = new TitleChecker();
function ruleFor(title: string, code: string): string | null {
  const occupation = lookupOccupationCode(code);
  if (!occupation) throw new Error(`test uses unknown code ${code}`);
  return checker.check(title, occupation)?.id ?? null;
}

describe("job title rules", () => {
  it.each([
    // Support workers on hotel/estates (H?R) or G codes.
    ["Healthcare Assistant", "H1R", "clinical-support-worker-on-estates-or-admin-code"],
    ["H.C.A.", "H2R", "clinical-support-worker-on-estates-or-admin-code"],
    ["Band 2 HCA (Ward 7)", "G2A", "clinical-support-worker-on-estates-or-admin-code"],
    ["HCSW Band 3", "G3B", "clinical-support-worker-on-estates-or-admin-code"],
    ["Ward Assistant", "H1R", "clinical-support-worker-on-estates-or-admin-code"],
    ["Nursing Auxiliary", "G2B", "clinical-support-worker-on-estates-or-admin-code"],
    // Support roles on a registered nurse's code.
    ["Nursing Associate", "N6A", "support-worker-on-registered-nurse-code"],
    ["Healthcare Assistant", "N6E", "support-worker-on-registered-nurse-code"],
    // Clinical clerical staff on central-functions codes.
    ["Ward Clerk", "G2A", "clinical-admin-on-central-functions-code"],
    ["Senior Medical Secretary", "G2B", "clinical-admin-on-central-functions-code"],
    // Registered nurses on support or other codes.
    ["Staff Nurse", "H1A", "registered-nurse-on-non-nursing-code"],
    ["Ward Sister", "NGA", "registered-nurse-on-non-nursing-code"],
    ["RMN", "H2D", "registered-nurse-on-non-nursing-code"],
    ["Theatre Nurse", "S4T", "registered-nurse-on-non-nursing-code"],
    // Hotel and estates staff on clinical codes.
    ["Porter", "H1A", "hotel-or-estates-on-clinical-code"],
    ["Domestic Assistant", "N9A", "hotel-or-estates-on-clinical-code"],
    // Doctors on non-medical codes.
    ["Specialty Doctor", "G1A", "doctor-on-non-medical-code"],
    ["Consultant Psychiatrist", "S2L", "doctor-on-non-medical-code"],
  ])("%s on %s: %s", (title, code, rule) => {
    expect(ruleFor(title, code)).toBe(rule);
  });

  it.each([
    // The right code for the title.
    ["Healthcare Assistant", "H1A"],
    ["Ward Clerk", "G2D"],
    ["Staff Nurse", "N6A"],
    ["Porter", "H2R"],
    ["Consultant Anaesthetist", "091"],
    ["Nursing Associate", "NGA"],
    // Near misses: domestic ward assistants, scientists' assistants, students, nursery nurses,
    // clerical roles named after nursing, charity-funded nurses, physician associates.
    ["Ward Assistant (Domestic)", "H2R"],
    ["Ward Housekeeper", "H2R"],
    ["Healthcare Science Assistant", "U9A"],
    ["Student Midwife", "P1A"],
    ["Nursery Nurse", "N8B"],
    ["Nurse Bank Coordinator", "G2A"],
    ["Macmillan Nurse", "Z1A"],
    ["Physician Associate", "S4X"],
    ["Admin Assistant", "G2A"],
    ["Support Worker", "H2R"],
  ])("%s on %s: no rule", (title, code) => {
    expect(ruleFor(title, code)).toBeNull();
  });

  it("normalises titles once: case, dots, apostrophes and punctuation", () => {
    expect(normaliseTitle("H.C.A. - Ward 7")).toBe(" hca ward 7 ");
    expect(normaliseTitle("Children's Nurse")).toBe(" childrens nurse ");
    expect(normaliseTitle("  STAFF   NURSE/Bank ")).toBe(" staff nurse bank ");
    expect(normaliseTitle("")).toBe(" ");
  });

  it("lists every rule's phrases already normalised, so matching never normalises them again", () => {
    for (const rule of TITLE_RULES) {
      for (const phrase of rule.titles) expect(normaliseTitle(phrase)).toBe(` ${phrase} `);
    }
  });

  it("decides by code prefix or by the code's staff group", () => {
    const estates = TITLE_RULES.find(
      (r) => r.id === "clinical-support-worker-on-estates-or-admin-code"
    )!;
    expect(contradicts(estates, lookupOccupationCode("G2D")!)).toBe(true);
    expect(contradicts(estates, lookupOccupationCode("H1P")!)).toBe(false);
    const nurse = TITLE_RULES.find((r) => r.id === "registered-nurse-on-non-nursing-code")!;
    expect(contradicts(nurse, lookupOccupationCode("N9A")!)).toBe(true);
    expect(contradicts(nurse, lookupOccupationCode("N2C")!)).toBe(false);
  });
});
