/**
 * Imported first by every module that builds zod schemas, for its side effect only.
 *
 * zod 4 compiles a fast path for object schemas with `new Function` when eval is allowed, and
 * finds out by trying it (`try { new Function("") } catch`) when the first object schema is
 * built. The task pane runs under a Content-Security-Policy without 'unsafe-eval': the probe is
 * refused (zod falls back to its interpreter), but the browser still reports a CSP violation for
 * it on every load. Our schemas describe the template's shape and are not on a hot path (the
 * reader walks rows itself), so the interpreter is all we need: `jitless` skips both the probe
 * and the JIT everywhere (task pane, custom functions, CLI), and the policy sees no eval attempt.
 * It must run before the first z.object() is built, hence a module of its own, imported first.
 */
import { z } from "zod";

z.config({ jitless: true });
