/** The task pane: a header and one tab per job (Check, Pack, Coding). */
import { Suspense, lazy, useState } from "react";
import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../../../workbook/host";
import { lazyValidate, type Validator } from "../CheckTab/runCheck";
import { CheckTab } from "../CheckTab/CheckTab";
import { Header } from "../Header/Header";

// Not needed for the first screen, so they load when first opened.
const PackTab = lazy(() => import("../PackTab/PackTab"));
const CodingTab = lazy(() => import("../CodingTab/CodingTab"));

type TabId = "check" | "pack" | "coding";

const TABS: readonly { id: TabId; label: string }[] = [
  { id: "check", label: "Check" },
  { id: "pack", label: "Pack" },
  { id: "coding", label: "Coding" },
];

export interface AppProps {
  readonly host: WorkbookHost;
  /** The template validator; tests may pass another. */
  readonly validate?: Validator;
}

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minWidth: 0 },
  tabs: {
    paddingLeft: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function App({ host, validate = lazyValidate }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("check");
  // Once opened, the Pack and Coding panels stay mounted too, so their results stay listed.
  const [packOpened, setPackOpened] = useState(false);
  const [codingOpened, setCodingOpened] = useState(false);
  return (
    <div className={styles.app}>
      <Header hostKind={host.kind} />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => {
          setTab(data.value as TabId);
          if (data.value === "pack") setPackOpened(true);
          if (data.value === "coding") setCodingOpened(true);
        }}
        aria-label="Jobs"
      >
        {TABS.map((t) => (
          <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {/* The Check panel stays mounted so its results survive a visit to another tab. */}
      <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={tab !== "check"}>
        <CheckTab host={host} validate={validate} />
      </div>
      {packOpened ? (
        <div role="tabpanel" id="panel-pack" aria-labelledby="tab-pack" hidden={tab !== "pack"}>
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            <PackTab host={host} />
          </Suspense>
        </div>
      ) : null}
      {codingOpened ? (
        <div
          role="tabpanel"
          id="panel-coding"
          aria-labelledby="tab-coding"
          hidden={tab !== "coding"}
        >
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            <CodingTab host={host} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
