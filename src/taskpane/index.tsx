/**
 * Task pane entry: mount React at once and start finding out where the pane runs (Excel, the
 * browser preview, or neither yet); the decision lives outside React so a remount cannot repeat it.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Boot } from "./components/Boot/Boot";
import { ErrorBoundary } from "./components/ErrorBoundary/ErrorBoundary";
import { loadHost, type HostKind } from "./boot/loadHost";
import { officeGlobal } from "./boot/officeSignals";
import { createStartup } from "./boot/startup";

const startup = createStartup(officeGlobal(), window.location.search);
const load = (kind: HostKind) => loadHost(kind, window.location.search);

const container =
  document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <Boot startup={startup} load={load} />
      </ErrorBoundary>
    </FluentProvider>
  </StrictMode>
);
