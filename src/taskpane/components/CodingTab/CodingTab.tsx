/**
 * The Coding job: find staff-group coding mismatches between PWR and PFR and on the Staff sheet,
 * show the size of each problem first, then every finding (select one to go to its cells and,
 * for aggregate findings, see its groups by month); write them to a sheet, highlight their rows
 * and cells, and clear the highlights again.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PeopleSearch20Regular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../../../workbook/host";
import { monthLabel } from "../../../domain/validation/format";
import { CodingActions } from "../CodingActions/CodingActions";
import { CodingRollup } from "../CodingRollup/CodingRollup";
import { CodingSummary } from "../CodingSummary/CodingSummary";
import { FindingDetail } from "../FindingDetail/FindingDetail";
import { FindingFilters } from "../FindingFilters/FindingFilters";
import { FindingGrid } from "../FindingGrid/FindingGrid";
import { PAGE_SIZE } from "./codingState";
import { plural } from "./findingText";
import { useCoding } from "./useCoding";
import { DismissibleWarning } from "../DismissibleWarning/DismissibleWarning";

export interface CodingTabProps {
  readonly host: WorkbookHost;
}

const useStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  actions: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  source: { color: tokens.colorNeutralForeground3, minWidth: 0, overflowWrap: "anywhere" },
  intro: { color: tokens.colorNeutralForeground2 },
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  findings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  shown: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: "flex-start" },
  empty: { color: tokens.colorNeutralForeground3 },
});

export default function CodingTab({ host }: CodingTabProps) {
  const styles = useStyles();
  const {
    state,
    filtered,
    listed,
    counts,
    codes,
    organisations,
    find,
    activate,
    goTo,
    write,
    highlight,
    clear,
    setCode,
    setOrganisation,
    showMore,
    dismissSelectError,
    dismissOutcome,
  } = useCoding(host);
  const running = state.status === "running";
  const result = state.run?.result ?? null;
  const month =
    result && result.reportingMonth !== null
      ? monthLabel(result.reportingMonth, result.financialYear)
      : null;
  const done = state.status === "done" && result !== null;
  const hidden = filtered.length - listed.length;

  return (
    <div className={styles.tab}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<PeopleSearch20Regular />}
          onClick={() => void find()}
          // Focusable while disabled: a keyboard user who pressed it keeps their place in the pane.
          disabledFocusable={running || state.busy !== null}
        >
          {state.status === "idle" ? "Find mismatches" : running ? "Finding…" : "Find again"}
        </Button>
        {done && state.run?.source ? (
          <Text size={200} className={styles.source}>
            {state.run.source}
          </Text>
        ) : null}
      </div>

      {state.status === "idle" ? (
        <Text className={styles.intro}>
          Compares staff groups between the PWR and the PFR month by month (WTE and pay moving
          opposite ways, pay per WTE off plan, staff recoded from one group to another) and checks
          every assignment on the Staff sheet against its occupation code and job title. Nothing is
          changed until you write, highlight or clear.
        </Text>
      ) : null}

      {running ? (
        <Field validationMessage={state.stage} validationState="none" validationMessageIcon={null}>
          <ProgressBar value={state.fraction} thickness="large" aria-label={state.stage} />
        </Field>
      ) : null}

      {state.status === "failed" ? (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="coding-error">
          <MessageBarBody>
            <MessageBarTitle>Could not look for mismatches</MessageBarTitle>
            {state.error} If a cell is being edited, press Enter or Esc, then try again.
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {done ? (
        <CodingSummary errors={counts.errors} warnings={counts.warnings} month={month} />
      ) : null}

      <CodingActions
        highlightBlocker={
          !done
            ? "Find mismatches first."
            : result.findings.length === 0
              ? "Nothing to highlight."
              : null
        }
        writeBlocker={!done ? "Find mismatches first." : null}
        busy={state.busy}
        locked={running}
        busyStage={state.busyStage}
        busyFraction={state.busyFraction}
        outcome={state.outcome}
        onHighlight={() => void highlight()}
        onClear={() => void clear()}
        onWrite={() => void write()}
        onDismiss={dismissOutcome}
      />

      {done && result.notes.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="coding-notes">
          <MessageBarBody>
            <MessageBarTitle>Not everything could be checked</MessageBarTitle>
            <ul className={styles.notes}>
              {result.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <DismissibleWarning message={state.selectError} onDismiss={dismissSelectError} />

      {done && result.findings.length === 0 ? (
        <MessageBar intent="success" layout="multiline" data-testid="coding-empty">
          <MessageBarBody>
            <MessageBarTitle>No coding mismatches found</MessageBarTitle>
            {result.notes.length > 0
              ? "Nothing was found in what could be checked (see the notes)."
              : `PWR and PFR agree group by group${month ? ` up to ${month}` : ""}, and every assignment's occupation code and job title fit its staff group.`}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {done && result.rollup.length > 0 ? (
        <CodingRollup
          lines={result.rollup}
          onShow={(code, organisation) => {
            setCode(code);
            setOrganisation(organisation);
          }}
        />
      ) : null}

      {done && state.run && result.findings.length > 0 ? (
        <section className={styles.findings} aria-labelledby="coding-findings-heading">
          <h2 className={styles.heading} id="coding-findings-heading">
            Findings
          </h2>
          <FindingFilters
            codes={codes}
            code={state.codeFilter}
            onCode={setCode}
            organisations={organisations}
            organisation={state.orgFilter}
            onOrganisation={setOrganisation}
            total={state.findings.length}
          />
          <Text size={200} className={styles.shown} data-testid="findings-shown" aria-live="polite">
            {filtered.length === state.findings.length
              ? `${plural(filtered.length, "finding")}. Select one to go to its cell.`
              : `${plural(filtered.length, "finding")} of ${state.findings.length.toLocaleString("en-GB")} match the filters.`}
          </Text>
          {listed.length > 0 ? (
            <FindingGrid
              findings={listed}
              activeKey={state.activeKey}
              onActivate={(key, finding) => void activate(key, finding)}
              renderDetail={({ finding }) => (
                <FindingDetail
                  finding={finding}
                  parsed={state.run!.parsed}
                  reportingMonth={result.reportingMonth}
                  financialYear={result.financialYear}
                  onGoTo={(ref) => void goTo(ref)}
                />
              )}
            />
          ) : (
            <Text className={styles.empty}>No findings match these filters.</Text>
          )}
          {hidden > 0 ? (
            <Button className={styles.more} onClick={showMore} data-testid="show-more">
              Show {Math.min(PAGE_SIZE, hidden)} more ({hidden.toLocaleString("en-GB")} not shown)
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
