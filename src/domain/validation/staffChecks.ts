/**
 * The Staff sheet's light checks (deep coding checks belong to reconciliation): numbers in the
 * WTE column, negative WTE, and the organisation, staff type and staff group labels.
 *
 * A Staff sheet can hold 100,000 rows, and one bad label is often repeated thousands of times,
 * so a label problem is reported once per distinct text and column, at its first cell, with the
 * number of other rows carrying it.
 */
import type { StaffGroupMatch } from "../staffGroups";
import type { StaffSheet } from "../template/model";
import type { IssueCode } from "./issueCodes";
import type { CheckContext } from "./context";
import { formatNumber } from "./format";
import { aliasText, organisationProblem, staffTypeProblem, unknownGroupText } from "./labelChecks";
import { negativeWte } from "./numberChecks";

interface Repeated {
  readonly code: IssueCode;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly value: string;
  count: number;
}

export function checkStaff(ctx: CheckContext, sheet: StaffSheet): void {
  const c = sheet.columns;
  const repeated = new Map<string, Repeated>();
  const note = (
    key: string,
    code: IssueCode,
    row: number,
    col: number,
    value: string,
    text: () => string | null
  ) => {
    const seen = repeated.get(key);
    if (seen) {
      seen.count++;
      return;
    }
    const t = text();
    if (t !== null) repeated.set(key, { code, row, col, text: t, value, count: 0 });
  };
  const groupCheck = (g: StaffGroupMatch, row: number, col: number | undefined, column: string) => {
    if (col === undefined || g.kind === "canonical") return;
    if (g.kind === "unknown") {
      note(`${column}|u|${g.text}`, "UNKNOWN_STAFF_GROUP", row, col, g.text, () =>
        unknownGroupText(g.text, false)
      );
    } else {
      const value = g.kind === "alias" ? g.alias : g.code;
      note(`${column}|a|${value}`, "STAFF_GROUP_ALIAS", row, col, value, () => aliasText(g));
    }
  };

  const d = sheet.data;
  for (let i = 0; i < sheet.size; i++) {
    const row = d.row[i];
    const orgKey = d.orgKey[i];
    if (
      c.organisation !== undefined &&
      (orgKey === "" || (ctx.allowedOrgs && !ctx.allowedOrgs.has(orgKey)))
    ) {
      const organisation = d.organisation[i];
      note(`org|${orgKey}`, "UNKNOWN_ORGANISATION", row, c.organisation, organisation, () =>
        organisationProblem(organisation, orgKey, ctx)
      );
    }
    const type = d.staffType[i];
    if (type.kind === "unknown" && c.staffType !== undefined) {
      const text = type.text;
      note(`type|${text}`, "UNKNOWN_STAFF_TYPE", row, c.staffType, text, () =>
        staffTypeProblem({ kind: "unknown", text })
      );
    }
    groupCheck(d.staffGroupPwr[i], row, c.staffGroupPwr, "pwr");
    const pfr = d.staffGroupPfr[i];
    if (pfr) groupCheck(pfr, row, c.staffGroupPfr, "pfr");
    const wte = d.wte[i];
    if (wte !== null && wte < 0 && c.wte !== undefined) {
      const assignment = d.assignment[i];
      negativeWte(
        ctx,
        sheet.name,
        row,
        c.wte,
        wte,
        `The WTE of assignment ${assignment || `in row ${row + 1}`}`
      );
    }
  }

  for (const rep of repeated.values()) {
    const more =
      rep.count > 0
        ? ` The same value is in ${formatNumber(rep.count, 0)} more row${rep.count > 1 ? "s" : ""} of this column.`
        : "";
    ctx.sink.at(rep.code, sheet.name, rep.row, rep.col, `${rep.text}${more}`, rep.value);
  }
}
