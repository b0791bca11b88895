/** Loads the adapter the start-up state needs, once per kind: a preview-to-Excel switch loads Excel. */
import { useEffect, useState } from "react";
import type { HostKind, LoadedHost } from "../../boot/loadHost";
import { errorText } from "../CheckTab/runCheck";

export type HostLoad =
  | { readonly status: "idle" }
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly loaded: LoadedHost }
  | { readonly status: "failed"; readonly message: string };

type Tagged = HostLoad & { readonly kind: HostKind | null };

export function useLoadedHost(
  kind: HostKind | null,
  load: (kind: HostKind) => Promise<LoadedHost>
): HostLoad {
  const [result, setResult] = useState<Tagged>({ kind: null, status: "idle" });
  useEffect(() => {
    if (kind === null) return;
    let live = true;
    load(kind).then(
      (loaded) => live && setResult({ kind, status: "ready", loaded }),
      (e: unknown) => live && setResult({ kind, status: "failed", message: errorText(e) })
    );
    return () => {
      live = false;
    };
  }, [kind, load]);
  if (kind === null) return { status: "idle" };
  // A result for the other kind (the preview, after a switch to Excel) is never shown.
  return result.kind === kind ? result : { status: "loading" };
}
