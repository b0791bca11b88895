/**
 * Collects issues as the checks find them and hands them back in a stable order: by the sheet's
 * position in the workbook (sheet-less issues first), then row, then column, then discovery.
 */
import type { CellValue, WorkbookSnapshot } from "../../workbook/snapshot";
import { a1, quoteSheet } from "../../workbook/a1";
import { severityOf, type IssueCode, type Severity } from "./issueCodes";
import { oneLine } from "./format";

export interface ValidationIssue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on `sheet`; "" when the issue is about a missing sheet. */
  readonly cell: string;
  readonly message: string;
  readonly value?: CellValue;
}

interface Entry {
  readonly issue: ValidationIssue;
  readonly order: number;
  readonly row: number;
  readonly col: number;
  readonly seq: number;
}

/** "PWR!H14" or "'Staff list'!B2", as Excel writes a reference. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

export class IssueSink {
  private readonly entries: Entry[] = [];
  private readonly order = new Map<string, number>();

  constructor(snapshot: WorkbookSnapshot) {
    snapshot.sheets.forEach((s, i) => {
      if (!this.order.has(s.name)) this.order.set(s.name, i);
    });
  }

  /** An issue at a cell; the message is prefixed with the cell's reference. */
  at(
    code: IssueCode,
    sheet: string,
    row: number,
    col: number,
    text: string,
    value?: CellValue
  ): void {
    const issue: ValidationIssue = {
      code,
      severity: severityOf(code),
      sheet,
      cell: a1(row, col),
      message: oneLine(`${cellRef(sheet, row, col)}: ${text}`),
      ...(value !== undefined ? { value } : {}),
    };
    this.entries.push({
      issue,
      order: this.order.get(sheet) ?? -1,
      row,
      col,
      seq: this.entries.length,
    });
  }

  /** An issue about a sheet that is not there. */
  missingSheet(code: IssueCode, sheet: string, text: string): void {
    const issue: ValidationIssue = {
      code,
      severity: severityOf(code),
      sheet,
      cell: "",
      message: oneLine(`${sheet}: ${text}`),
    };
    this.entries.push({ issue, order: -1, row: -1, col: -1, seq: this.entries.length });
  }

  issues(): ValidationIssue[] {
    return this.entries
      .sort((a, b) => a.order - b.order || a.row - b.row || a.col - b.col || a.seq - b.seq)
      .map((e) => e.issue);
  }
}
