/**
 * First thing on screen: renders the start-up state (src/taskpane/boot/startupMachine.ts).
 * Connecting to Excel, the pane on Excel or on the preview, or a message saying why neither;
 * never a blank pane, and inside Office never the sample workbook.
 */
import { useEffect, useSyncExternalStore } from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { HostKind, LoadedHost } from "../../boot/loadHost";
import type { Startup } from "../../boot/startup";
import { hostKindOf, type StartupPhase } from "../../boot/startupMachine";
import { otherHostText, previewReasonText, problemText } from "../../boot/startupText";
import { App } from "../App/App";
import { Connecting } from "../Connecting/Connecting";
import { PreviewPage } from "../PreviewPage/PreviewPage";
import { RequirementsBar } from "../RequirementsBar/RequirementsBar";
import { StartupMessage } from "../StartupMessage/StartupMessage";
import { useLoadedHost, type HostLoad } from "./useLoadedHost";

const useStyles = makeStyles({
  starting: { padding: tokens.spacingVerticalXXL },
});

/** Marks the moment the pane became usable, for the e2e test's first-render figure. */
export const PANE_READY_MARK = "llr:pane-ready";

export interface BootProps {
  readonly startup: Startup;
  readonly load: (kind: HostKind) => Promise<LoadedHost>;
  /** Opens the pane afresh, where waiting cannot help (office.js did not load). */
  readonly reload?: () => void;
}

const reloadPage = () => window.location.reload();

export function Boot({ startup, load, reload = reloadPage }: BootProps) {
  const state = useSyncExternalStore(startup.subscribe, startup.getState);
  const hostLoad = useLoadedHost(hostKindOf(state), load);
  useEffect(() => {
    if (hostLoad.status === "ready" && typeof performance !== "undefined" && performance.mark)
      performance.mark(PANE_READY_MARK);
  }, [hostLoad]);

  const { phase } = state;
  switch (phase.kind) {
    case "connecting":
      return state.insideOffice ? <Connecting /> : <Starting />;
    case "stopped": {
      const text = problemText(phase.problem, phase.detail);
      const onClick = text.action === "Retry" ? () => startup.retry() : reload;
      return (
        <StartupMessage
          intent="error"
          title={text.title}
          body={text.body}
          action={{ label: text.action, onClick }}
        />
      );
    }
    case "other-host":
      return <StartupMessage intent="info" {...otherHostText(phase.host)} />;
    case "excel":
    case "preview":
      return <Pane phase={phase} hostLoad={hostLoad} />;
  }
}

function Starting() {
  const styles = useStyles();
  return <Spinner className={styles.starting} label="Starting LLR Workforce…" />;
}

function Pane({ phase, hostLoad }: { readonly phase: StartupPhase; readonly hostLoad: HostLoad }) {
  if (hostLoad.status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>The task pane could not start</MessageBarTitle>
          {hostLoad.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (hostLoad.status !== "ready") return <Starting />;
  const { loaded } = hostLoad;
  if (loaded.kind === "excel") {
    return (
      <>
        <RequirementsBar report={loaded.requirements} />
        <App host={loaded.host} />
      </>
    );
  }
  const reason = phase.kind === "preview" ? previewReasonText(phase.reason, phase.detail) : "";
  return <PreviewPage host={loaded.host} reason={reason} />;
}
