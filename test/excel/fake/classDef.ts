/**
 * How the fake describes an Excel class: its properties, navigation properties and methods, each
 * with the ExcelApi version it needs, as tables the client objects (client.ts) interpret.
 */
import type { FakeContext } from "./client";
import type { FakeRuntime } from "./runtime";

export const NULL = Symbol("null object");
export type Target = object | typeof NULL;

export interface PropDef {
  readonly api: string;
  /** ExcelApi version for setting it, when it differs (Worksheet.visibility). */
  readonly setApi?: string;
  read?(target: any, rt: FakeRuntime): unknown;
  write?(target: any, value: unknown, rt: FakeRuntime): void;
  /** Values, formulas, number formats: what counts towards the 5 MB payload limits. */
  readonly payload?: boolean;
}

export interface NavDef {
  readonly api: string;
  readonly cls: string;
  get(target: any, rt: FakeRuntime): Target;
  /** An *OrNullObject navigation: a null parent gives a null object (or fails, per options). */
  readonly orNull?: boolean;
}

export interface MethodDef {
  readonly api: string;
  /** The class of the object it returns; none for a method returning nothing. */
  readonly returns?: string;
  /** *OrNullObject: a null parent gives a null object (or fails, per options). */
  readonly orNull?: boolean;
  run(target: any, args: unknown[], rt: FakeRuntime): Target | void;
}

export interface ClassDef {
  readonly name: string;
  readonly props?: Record<string, PropDef>;
  readonly nav?: Record<string, NavDef>;
  readonly methods?: Record<string, MethodDef>;
  readonly collection?: {
    readonly itemClass: string;
    items(target: any, rt: FakeRuntime): object[];
  };
  /** False once the object is gone from the workbook (a deleted sheet, table or name). */
  alive?(target: any, rt: FakeRuntime): boolean;
}

export interface Op {
  readonly label: string;
  readonly bytes: number;
  run(): void;
}

/** What one client object knows: delivered by syncs, never read from the workbook directly. */
export interface ClientState {
  readonly cls: ClassDef;
  readonly ctx: FakeContext;
  readonly label: string;
  resolve(): Target;
  bound?: Target;
  nullAtRun?: boolean;
  isNull?: boolean;
  readonly loaded: Map<string, unknown>;
  readonly pending: Map<string, unknown>;
  items?: object[];
  pendingItems?: object[];
  readonly children: Map<string, object>;
  readonly itemProxies: Map<object, object>;
}
