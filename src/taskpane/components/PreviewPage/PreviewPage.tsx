/**
 * The pane outside Excel: the Preview banner, the pane itself, and under it a read-only view of
 * the in-memory workbook so that selecting an issue visibly selects its cell.
 */
import { Suspense, lazy, useSyncExternalStore } from "react";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewHost } from "../../../preview/previewHost";
import { PREVIEW_WORKBOOKS, isPreviewWorkbookId } from "../../../preview/workbookChoices";
import { App, type AppProps } from "../App/App";
import { PreviewBanner } from "../PreviewBanner/PreviewBanner";

const SheetViewer = lazy(() => import("../../../preview/components/SheetViewer/SheetViewer"));

export interface PreviewPageProps {
  readonly host: PreviewHost;
  readonly reason: string;
  readonly validate?: AppProps["validate"];
}

// The pane scrolls on its own above the viewer, so the selected cell stays in sight while the
// user walks through the issues.
const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh" },
  banner: { flex: "0 0 auto" },
  pane: { flex: "1 1 auto", minHeight: "160px", overflowY: "auto" },
  viewer: {
    flex: "0 0 auto",
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
  },
});

export function PreviewPage({ host, reason, validate }: PreviewPageProps) {
  const styles = useStyles();
  const workbookId = useSyncExternalStore(host.subscribe, () => host.getState().workbookId);
  return (
    <div className={styles.page}>
      <PreviewBanner
        className={styles.banner}
        reason={reason}
        workbooks={PREVIEW_WORKBOOKS}
        current={workbookId}
        onOpen={(id) => isPreviewWorkbookId(id) && host.openWorkbook(id)}
      />
      <main className={styles.pane}>
        {/* A new workbook starts a fresh pane: results of the last one would be misleading. */}
        <App key={workbookId} host={host} validate={validate} />
      </main>
      <section className={styles.viewer} aria-label="Workbook preview">
        <Suspense fallback={<Spinner size="tiny" label="Loading the sheet viewer…" />}>
          <SheetViewer host={host} />
        </Suspense>
      </section>
    </div>
  );
}
