import { findingSeries, reconcile } from "../../../src/domain/reconcile";
import { parseTemplate } from "../../../src/domain/template";
import { actualWte, cleanWorkbook, RATE } from "./fixtures";
import { addToMonths, addStaff, type RowMatch, returnRow } from "../../support/workbook";

const CS = returnRow("UHL", "Substantive", "Clinical Support", "Actual");
const IS = returnRow("UHL", "Substantive", "Infrastructure Support", "Actual");

describe("findingSeries", () => {
  it("gives the two groups' actual WTE and pay by month for a recoding, up to the reporting month", () => {
    const wb = cleanWorkbook();
    addToMonths(wb, "PWR", CS, -200, 5);
    addToMonths(wb, "PWR", IS, 200, 5);
    const [finding] = reconcile(wb).findings;
    const series = findingSeries(parseTemplate(wb), finding)!;
    expect(series.labels).toEqual([
      "Apr 23",
      "May 23",
      "Jun 23",
      "Jul 23",
      "Aug 23",
      "Sep 23",
      "Oct 23",
    ]);
    expect(series.lines.map((l) => `${l.side} ${l.measure} ${l.group} ${l.unit}`)).toEqual([
      "pwr Actual Clinical Support WTE",
      "pwr Actual Infrastructure Support WTE",
      "pfr Actual Clinical Support £000",
      "pfr Actual Infrastructure Support £000",
    ]);
    const csWte = series.lines[0].values;
    series.months.forEach((m, i) =>
      expect(csWte[i]).toBeCloseTo(
        actualWte("UHL", "Substantive", "Clinical Support", m)! - (m >= 5 ? 200 : 0),
        6
      )
    );
    const csPay = series.lines[2].values;
    series.months.forEach((m, i) =>
      expect(csPay[i]).toBeCloseTo(
        actualWte("UHL", "Substantive", "Clinical Support", m)! * RATE["Clinical Support"],
        0
      )
    );
  });

  it("adds the plan for a one-group finding, and has nothing for a staff-level one", () => {
    const wb = cleanWorkbook();
    addToMonths(wb, "PWR", { ...CS, group: "Nursing, Midwifery" }, 60, 5);
    addToMonths(wb, "PFR", { ...CS, group: "Nursing, Midwifery" }, -300, 5);
    addStaff(wb, { title: "Staff Nurse", code: "N6Z", pwr: "Nursing, Midwifery" });
    const parsed = parseTemplate(wb);
    const [direction, staff] = reconcile(wb).findings;
    expect(findingSeries(parsed, direction)!.lines.map((l) => `${l.side} ${l.measure}`)).toEqual([
      "pwr Actual",
      "pwr Plan",
      "pfr Actual",
      "pfr Plan",
    ]);
    expect(findingSeries(parsed, staff)).toBeNull();
  });
});
