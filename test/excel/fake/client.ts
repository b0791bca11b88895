/**
 * Client objects as Office.js makes them: proxies that queue what the code asks and learn
 * nothing until a sync runs the queue, in order, against the workbook model.
 *
 * - Reading a property that was not loaded and synced throws PropertyNotLoaded; so does
 *   `isNullObject` before the sync that resolved the object, and `items` before a load.
 * - Setting a property or calling a method queues an operation; nothing changes before sync.
 * - Every member is checked against the fake's ExcelApi version when its operation runs
 *   (ApiNotFound), and any member the fake does not know throws at once.
 */
import { FakeUsageError, officeError } from "./errors";
import { jsonBytes, type FakeRuntime } from "./runtime";
import {
  NULL,
  type ClassDef,
  type ClientState,
  type MethodDef,
  type NavDef,
  type Op,
  type Target,
} from "./classDef";
import { queueLoad } from "./loads";

export { NULL, type ClassDef, type Target } from "./classDef";

const STATE = Symbol("client state");
/** Keys JavaScript and jest look up on any object: answered, never an error. */
const INTROSPECTION = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "constructor",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
  "inspect",
]);

export function stateOf(proxy: unknown): ClientState | undefined {
  return (proxy as Record<symbol, ClientState> | null)?.[STATE];
}

function notLoaded(cls: string, key: string): Error {
  return officeError(
    "PropertyNotLoaded",
    `The property '${key}' of ${cls} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

function resolveArg(arg: unknown): unknown {
  const state = stateOf(arg);
  if (!state) return arg;
  const target = state.resolve();
  if (target === NULL) throw officeError("InvalidArgument", `${state.label} is a null object.`);
  return target;
}

export class FakeContext {
  queue: Op[] = [];
  /** Client objects created or loaded since the last sync: they learn their state at the next. */
  batch = new Set<ClientState>();
  /** The batch a sync is running: objects it creates or loads are delivered with it. */
  private running: Set<ClientState> | null = null;
  readonly workbook: any;
  readonly application: any;

  constructor(
    readonly rt: FakeRuntime,
    readonly classes: Record<string, ClassDef>
  ) {
    this.workbook = this.root("Workbook", rt.model, "workbook");
    this.application = this.root("Application", rt.model, "application");
  }

  private root(cls: string, target: object, label: string): any {
    const state = this.newState(this.classes[cls], label, () => target);
    state.isNull = false;
    return this.proxy(state);
  }

  enqueue(label: string, run: () => void, bytes = 0): void {
    this.queue.push({ label, run, bytes });
  }

  newState(cls: ClassDef, label: string, resolve: () => Target): ClientState {
    if (!cls) throw new FakeUsageError(`no class for ${label}`);
    const rt = this.rt;
    const state: ClientState = {
      cls,
      ctx: this,
      label,
      resolve: () => {
        const target = resolve();
        if (target !== NULL && cls.alive && !cls.alive(target, rt))
          throw officeError("ItemNotFound", `${label} no longer exists.`);
        return target;
      },
      loaded: new Map(),
      pending: new Map(),
      children: new Map(),
      itemProxies: new Map(),
    };
    this.touch(state);
    return state;
  }

  touch(state: ClientState): void {
    (this.running ?? this.batch).add(state);
  }

  proxy(state: ClientState): any {
    const ctx = this;
    return new Proxy(Object.create(null), {
      get(_t, key) {
        if (key === STATE) return state;
        if (typeof key === "symbol" || INTROSPECTION.has(key)) return undefined;
        return ctx.member(state, key);
      },
      set(_t, key, value) {
        if (typeof key === "symbol") return false;
        ctx.setProperty(state, key, value);
        return true;
      },
    });
  }

  private member(state: ClientState, key: string): unknown {
    const { cls } = state;
    if (key === "context") return this;
    if (key === "load") return (props: string) => queueLoad(this, state, props);
    if (key === "track" || key === "untrack") return () => this.proxy(state);
    if (key === "isNullObject") {
      if (state.isNull === undefined) throw notLoaded(cls.name, key);
      return state.isNull;
    }
    if (key === "items" && cls.collection) {
      if (!state.items) throw notLoaded(cls.name, key);
      return state.items;
    }
    const nav = cls.nav?.[key];
    if (nav) return this.child(state, key, nav);
    const prop = cls.props?.[key];
    if (prop) {
      if (!state.loaded.has(key)) throw notLoaded(cls.name, key);
      return state.loaded.get(key);
    }
    const method = cls.methods?.[key];
    if (method) return (...args: unknown[]) => this.call(state, key, method, args);
    throw new FakeUsageError(`Excel.${cls.name} has no member "${key}" here`);
  }

  child(parent: ClientState, key: string, nav: NavDef): object {
    const known = parent.children.get(key);
    if (known) return known;
    const rt = this.rt;
    const state = this.newState(this.classes[nav.cls], `${parent.label}.${key}`, () => {
      const target = parent.resolve();
      rt.requireApi(`${parent.cls.name}.${key}`, nav.api);
      // Below a null object everything is null (a load answers null); only the *OrNullObject
      // navigations from one are in doubt (see FakeOptions.navigationFromNull).
      if (target === NULL) return nav.orNull ? this.fromNull(`${parent.label}.${key}`, true) : NULL;
      return nav.get(target, rt);
    });
    const proxy = this.proxy(state);
    parent.children.set(key, proxy);
    return proxy;
  }

  private fromNull(label: string, orNull?: boolean): Target {
    const how = this.rt.options.navigationFromNull ?? "null";
    if (orNull && how === "null") return NULL;
    throw officeError(orNull ? how : "InvalidObjectPath", `${label}: its object is a null object.`);
  }

  private setProperty(state: ClientState, key: string, value: unknown): void {
    const prop = state.cls.props?.[key];
    if (!prop?.write) throw new FakeUsageError(`Excel.${state.cls.name}.${key} cannot be set`);
    const label = `${state.label}.${key} =`;
    const bytes = prop.payload ? jsonBytes(value) : 0;
    this.enqueue(
      label,
      () => {
        this.rt.requireApi(`${state.cls.name}.${key}`, prop.setApi ?? prop.api);
        const target = state.resolve();
        if (target === NULL) throw officeError("InvalidObjectPath", `${label} on a null object.`);
        prop.write!(target, value, this.rt);
      },
      bytes
    );
  }

  private call(state: ClientState, key: string, method: MethodDef, args: unknown[]): unknown {
    const label = `${state.label}.${key}(${args.map((a) => (stateOf(a) ? "<object>" : JSON.stringify(a))).join(", ")})`;
    const rt = this.rt;
    let made: ClientState | undefined;
    if (method.returns) {
      made = this.newState(this.classes[method.returns], label, (): Target => {
        if (made?.bound === undefined)
          throw officeError(
            "InvalidObjectPath",
            `${label} was queued in a batch that did not run.`
          );
        return made.bound;
      });
    }
    this.enqueue(label, () => {
      rt.requireApi(`${state.cls.name}.${key}`, method.api);
      const target = state.resolve();
      let result: Target | void;
      if (target === NULL) {
        if (!method.returns) throw officeError("InvalidObjectPath", `${label} on a null object.`);
        result = this.fromNull(label, method.orNull);
      } else {
        result = method.run(target, args.map(resolveArg), rt);
      }
      if (made) {
        made.bound = result ?? NULL;
        made.nullAtRun = made.bound === NULL;
      }
    });
    return made ? this.proxy(made) : undefined;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    const batch = this.batch;
    this.queue = [];
    this.batch = new Set();
    const record = this.rt.beginSync(
      ops.length,
      ops.reduce((n, op) => n + op.bytes, 0)
    );
    this.running = batch;
    try {
      this.rt.checkRequest(record);
      const failure = this.rt.failureFor(record.n);
      const stop = failure ? Math.min(failure.afterOps, ops.length) : ops.length;
      for (let i = 0; i < stop; i++) {
        ops[i].run();
        record.ran = i + 1;
      }
      if (failure)
        throw officeError(failure.code, `An injected ${failure.code} at sync ${record.n}.`);
      this.rt.checkResponse(record);
    } catch (e) {
      record.outcome = (e as { code?: string }).code ?? "Error";
      for (const state of batch) {
        state.pending.clear();
        state.pendingItems = undefined;
      }
      throw e;
    } finally {
      this.rt.current = null;
      this.running = null;
    }
    record.outcome = "ok";
    for (const state of batch) this.deliver(state);
  }

  private deliver(state: ClientState): void {
    if (state.nullAtRun !== undefined) state.isNull = state.nullAtRun;
    else {
      try {
        state.isNull = state.resolve() === NULL;
      } catch {
        // Not resolvable (its batch failed, or the object is gone): stays unknown.
      }
    }
    for (const [key, value] of state.pending) state.loaded.set(key, value);
    state.pending.clear();
    if (state.pendingItems) state.items = state.pendingItems;
    state.pendingItems = undefined;
  }
}
