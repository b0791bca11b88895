/** The Check job: validate the open workbook against the template and walk through the issues. */
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
import { DocumentSearch20Regular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../../../workbook/host";
import { IssueFilters } from "../IssueFilters/IssueFilters";
import { IssueGrid } from "../IssueGrid/IssueGrid";
import { IssueSummary } from "../IssueSummary/IssueSummary";
import type { Validator } from "./runCheck";
import { useCheck } from "./useCheck";
import { DismissibleWarning } from "../DismissibleWarning/DismissibleWarning";

export interface CheckTabProps {
  readonly host: WorkbookHost;
  readonly validate: Validator;
}

const useStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  actions: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  source: { color: tokens.colorNeutralForeground3, minWidth: 0, overflowWrap: "anywhere" },
  empty: { color: tokens.colorNeutralForeground3 },
});

export function CheckTab({ host, validate }: CheckTabProps) {
  const styles = useStyles();
  const {
    state,
    visible,
    counts,
    sheets,
    run,
    activate,
    setSeverity,
    setSheet,
    dismissSelectError,
  } = useCheck(host, validate);
  const running = state.status === "running";
  return (
    <div className={styles.tab}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<DocumentSearch20Regular />}
          onClick={() => void run()}
          // Focusable while disabled: a keyboard user who pressed it keeps their place in the pane.
          disabledFocusable={running}
        >
          {state.status === "idle" ? "Check workbook" : running ? "Checking…" : "Check again"}
        </Button>
        {state.status === "done" && state.source ? (
          <Text size={200} className={styles.source}>
            {state.source}
          </Text>
        ) : null}
      </div>

      {state.status === "idle" ? (
        <Text>
          Checks every sheet against the LLR PWR/PFR template: sheets and headers, organisations,
          staff groups and types, numbers, totals and missing months. Select an issue to go to its
          cell.
        </Text>
      ) : null}

      {running ? (
        <Field validationMessage={state.stage} validationState="none" validationMessageIcon={null}>
          <ProgressBar value={state.fraction} thickness="large" aria-label={state.stage} />
        </Field>
      ) : null}

      {state.status === "failed" ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Could not check the workbook</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <DismissibleWarning message={state.selectError} onDismiss={dismissSelectError} />

      {state.status === "done" && state.issues.length === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No problems found</MessageBarTitle>
            The workbook follows the template.
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {state.issues.length > 0 ? (
        <>
          <IssueSummary
            errors={counts.errors}
            warnings={counts.warnings}
            sheetsChecked={state.sheetsChecked}
          />
          <IssueFilters
            severity={state.severityFilter}
            onSeverity={setSeverity}
            sheets={sheets}
            sheet={state.sheetFilter}
            onSheet={setSheet}
            counts={counts}
          />
          {visible.length > 0 ? (
            <IssueGrid
              issues={visible}
              activeKey={state.activeKey}
              onActivate={(key, issue) => void activate(key, issue)}
            />
          ) : (
            <Text className={styles.empty}>No issues match these filters.</Text>
          )}
        </>
      ) : null}
    </div>
  );
}
