/**
 * First thing on screen: a spinner while the pane finds out where it runs, then the pane. If
 * start-up fails the user gets a message, never a blank pane.
 */
import { useEffect, useState } from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { LoadedHost } from "../../boot/loadHost";
import { previewReasonText } from "../../boot/chooseHost";
import { errorText } from "../CheckTab/runCheck";
import { App } from "../App/App";
import { PreviewPage } from "../PreviewPage/PreviewPage";

type BootState =
  | { readonly status: "starting" }
  | { readonly status: "ready"; readonly loaded: LoadedHost }
  | { readonly status: "failed"; readonly message: string };

const useStyles = makeStyles({
  starting: { padding: tokens.spacingVerticalXXL },
});

/** Marks the moment the pane became usable, for the e2e test's first-render figure. */
export const PANE_READY_MARK = "llr:pane-ready";

export function Boot({ start }: { readonly start: () => Promise<LoadedHost> }) {
  const styles = useStyles();
  const [state, setState] = useState<BootState>({ status: "starting" });
  useEffect(() => {
    let live = true;
    start().then(
      (loaded) => live && setState({ status: "ready", loaded }),
      (e: unknown) => live && setState({ status: "failed", message: errorText(e) })
    );
    return () => {
      live = false;
    };
  }, [start]);
  useEffect(() => {
    if (state.status === "ready" && typeof performance !== "undefined" && performance.mark)
      performance.mark(PANE_READY_MARK);
  }, [state.status]);

  switch (state.status) {
    case "starting":
      return <Spinner className={styles.starting} label="Starting LLR Workforce…" />;
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The task pane could not start</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      );
    case "ready":
      return state.loaded.kind === "excel" ? (
        <App host={state.loaded.host} />
      ) : (
        <PreviewPage host={state.loaded.host} reason={previewReasonText(state.loaded.choice)} />
      );
  }
}
