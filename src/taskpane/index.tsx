/** Task pane entry: mount React at once, then find out whether this is Excel or the browser preview. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Boot } from "./components/Boot/Boot";
import { ErrorBoundary } from "./components/ErrorBoundary/ErrorBoundary";
import { startHost } from "./boot/loadHost";
import { officeGlobal } from "./boot/chooseHost";

const start = () => startHost(officeGlobal(), window.location.search);

const container =
  document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <Boot start={start} />
      </ErrorBoundary>
    </FluentProvider>
  </StrictMode>
);
