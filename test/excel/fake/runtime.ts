/**
 * What one fake Excel is configured with and has seen: its requirement sets and flavour, the
 * failures a test injects, and a record of every sync (how many operations, how many bytes of
 * values and formulas each way).
 */
import { FakeUsageError, officeError } from "./errors";
import type { WorkbookModel } from "./model";

export interface FakeOptions {
  /** The ExcelApi version this Excel supports; methods above it fail with ApiNotFound. */
  readonly excelApi?: string;
  /** Excel on the web refuses requests and responses over `payloadLimit` bytes. */
  readonly flavour?: "desktop" | "web";
  readonly payloadLimit?: number;
  /** A range read of more cells answers `values` and `formulas` with null (documented). */
  readonly readCellLimit?: number;
  /**
   * What navigating on from a null object does (getNextOrNullObject, getUsedRangeOrNullObject,
   * customOrNullObject of a null object): "null" gives null objects, as the one-sync walk
   * expects; an error code fails the sync with it, as an Excel build may.
   */
  readonly navigationFromNull?: "null" | string;
  /** An error code for every call of a worksheet function (workbook.functions). */
  readonly functionsFail?: string;
}

export interface SyncRecord {
  readonly n: number;
  readonly ops: number;
  /** Operations that ran before the sync failed, or all of them. */
  ran: number;
  readonly requestBytes: number;
  responseBytes: number;
  outcome: string;
  /** Ranges whose values this sync read. */
  readonly reads: { sheet: string; address: string }[];
}

export interface InjectedFailure {
  readonly sync: number;
  readonly code: string;
  /** How many queued operations of that sync run before it fails: Excel keeps what ran. */
  readonly afterOps: number;
}

const DEFAULT_LIMIT = 5_000_000;

function versionParts(v: string): number[] {
  return v.split(".").map(Number);
}

export function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = [versionParts(have), versionParts(need)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

export class FakeRuntime {
  readonly excelApi: string;
  readonly web: boolean;
  readonly payloadLimit: number;
  readonly readCellLimit: number;
  readonly syncLog: SyncRecord[] = [];
  readonly failures: InjectedFailure[] = [];
  /** Calls that leave no other trace in the workbook. */
  readonly calls = { suspendCalculation: 0 };
  /** Every Excel API member the code used, "Class.member", in first-use order. */
  readonly used = new Set<string>();
  /** The sync being run, for operations that add to its response. */
  current: SyncRecord | null = null;

  constructor(
    readonly model: WorkbookModel,
    readonly options: FakeOptions = {}
  ) {
    this.excelApi = options.excelApi ?? "1.12";
    this.web = options.flavour === "web";
    this.payloadLimit = options.payloadLimit ?? DEFAULT_LIMIT;
    this.readCellLimit = options.readCellLimit ?? DEFAULT_LIMIT;
  }

  /** Office.context.requirements as this Excel would answer it. */
  readonly requirements = {
    isSetSupported: (name: string, version?: string): boolean =>
      name === "ExcelApi" ? versionAtLeast(this.excelApi, version ?? "1.1") : true,
  };

  requireApi(member: string, version: string): void {
    this.used.add(member);
    if (!versionAtLeast(this.excelApi, version))
      throw officeError(
        "ApiNotFound",
        `${member} needs ExcelApi ${version}; this Excel has ExcelApi ${this.excelApi}.`
      );
  }

  failAt(sync: number, code = "GeneralException", afterOps = 0): void {
    if (sync < 1) throw new FakeUsageError("syncs are counted from 1");
    this.failures.push({ sync, code, afterOps });
  }

  /** Every range whose values a successful sync read, in order: which parts of a sheet were fetched. */
  get reads(): { sheet: string; address: string }[] {
    return this.syncLog.filter((s) => s.outcome === "ok").flatMap((s) => s.reads);
  }

  get syncCount(): number {
    return this.syncLog.length;
  }

  beginSync(ops: number, requestBytes: number): SyncRecord {
    const record: SyncRecord = {
      n: this.syncLog.length + 1,
      ops,
      ran: 0,
      requestBytes,
      responseBytes: 0,
      outcome: "running",
      reads: [],
    };
    this.syncLog.push(record);
    this.current = record;
    return record;
  }

  failureFor(n: number): InjectedFailure | undefined {
    return this.failures.find((f) => f.sync === n);
  }

  checkRequest(record: SyncRecord): void {
    if (this.web && record.requestBytes > this.payloadLimit)
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${record.requestBytes} bytes).`
      );
  }

  checkResponse(record: SyncRecord): void {
    if (this.web && record.responseBytes > this.payloadLimit)
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${record.responseBytes} bytes).`
      );
  }
}
