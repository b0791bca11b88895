/**
 * `load("a,b/c,items/d")` as Office.js runs it: queued, then at sync the named properties are
 * read from the workbook into the client objects (through navigation properties and collection
 * items), to be delivered only if the whole sync succeeds.
 */
import { FakeUsageError } from "./errors";
import { jsonBytes } from "./runtime";
import { NULL, type ClientState } from "./classDef";
import { stateOf, type FakeContext } from "./client";

export function queueLoad(ctx: FakeContext, state: ClientState, props: string): any {
  const paths = props
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.split("/"));
  if (paths.length === 0) throw new FakeUsageError(`${state.label}.load() names no property`);
  ctx.enqueue(`${state.label}.load("${props}")`, () => runLoad(ctx, state, paths));
  return ctx.proxy(state);
}

function runLoad(ctx: FakeContext, state: ClientState, paths: string[][]): void {
  ctx.touch(state);
  const target = state.resolve();
  state.nullAtRun = target === NULL;
  const { collection } = state.cls;
  if (!collection) {
    for (const path of paths) loadPath(ctx, state, path);
    return;
  }
  const itemPaths = paths.map((p) => {
    if (p[0] !== "items" || p.length < 2)
      throw new FakeUsageError(`load "${p.join("/")}" on a collection: use items/<property>`);
    return p.slice(1);
  });
  const targets = target === NULL ? [] : collection.items(target, ctx.rt);
  const itemClass = ctx.classes[collection.itemClass];
  state.pendingItems = targets.map((t, i) => {
    let proxy: object | undefined = state.itemProxies.get(t);
    if (!proxy) {
      proxy = ctx.proxy(ctx.newState(itemClass, `${state.label}.items[${i}]`, () => t)) as object;
      state.itemProxies.set(t, proxy);
    }
    const item = stateOf(proxy)!;
    item.nullAtRun = false;
    ctx.touch(item);
    for (const path of itemPaths) loadPath(ctx, item, path);
    return proxy;
  });
}

function loadPath(ctx: FakeContext, state: ClientState, path: string[]): void {
  let at = state;
  for (const key of path.slice(0, -1)) {
    const nav = at.cls.nav?.[key];
    if (!nav)
      throw new FakeUsageError(`Excel.${at.cls.name}.${key} is not an object to load through`);
    at = stateOf(ctx.child(at, key, nav))!;
    ctx.touch(at);
  }
  const key = path[path.length - 1];
  const prop = at.cls.props?.[key];
  if (!prop?.read)
    throw new FakeUsageError(`Excel.${at.cls.name}.${key} is not a property that can be loaded`);
  ctx.rt.requireApi(`${at.cls.name}.${key}`, prop.api);
  const target = at.resolve();
  at.nullAtRun = target === NULL;
  const value = target === NULL ? null : prop.read(target, ctx.rt);
  if (prop.payload && ctx.rt.current) ctx.rt.current.responseBytes += jsonBytes(value);
  at.pending.set(key, value);
}
