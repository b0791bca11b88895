/**
 * The Pack job: choose the month and organisations, create the month's pack sheet (tables and
 * charts as live formulas), then see what was written and go to each table. In the browser
 * preview the pack's tables and charts are shown in the page as well.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../../../workbook/host";
import { PackOptions } from "../PackOptions/PackOptions";
import { PackPreview, type PackPreviewProps } from "../PackPreview/PackPreview";
import { PackSummary } from "../PackSummary/PackSummary";
import { monthLabel } from "./packChoices";
import { STAGE_TEXT } from "./packState";
import { usePack } from "./usePack";
import { DismissibleWarning } from "../DismissibleWarning/DismissibleWarning";

export interface PackTabProps {
  readonly host: WorkbookHost;
  /** The preview's chart renderer; tests may pass another. */
  readonly renderCharts?: PackPreviewProps["renderCharts"];
}

const useStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  blocker: { color: tokens.colorNeutralForeground3 },
});

export default function PackTab({ host, renderCharts }: PackTabProps) {
  const styles = useStyles();
  const {
    state,
    blocker,
    create,
    reload,
    chooseMonth,
    toggleOrganisation,
    toggleAll,
    activateTable,
    dismissSelectError,
  } = usePack(host);
  const running = state.status === "running";
  const choices = state.choices.status === "ready" ? state.choices.choices : null;
  const label = choices ? monthLabel(choices, state.month) : "";
  const stageText = state.stage ? STAGE_TEXT[state.stage] : "";

  return (
    <div className={styles.tab}>
      <Text className={styles.intro}>
        Writes the month&apos;s workforce pack to a new sheet: variance to plan by staff group and
        organisation, agency use and the price cap, vacancies, and plan against actual, as Excel
        tables and charts whose figures are live formulas. Your own sheets are never changed.
      </Text>

      {state.choices.status === "loading" ? (
        <Spinner
          size="tiny"
          labelPosition="after"
          label="Reading the workbook's months and organisations…"
        />
      ) : null}

      {state.choices.status === "failed" ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Could not read the workbook</MessageBarTitle>
            {state.choices.message} If a cell is being edited, press Enter or Esc, then try again.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={reload}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {choices ? (
        <>
          {choices.problem ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{choices.problem}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={reload}>Read again</Button>
              </MessageBarActions>
            </MessageBar>
          ) : (
            <PackOptions
              choices={choices}
              month={state.month}
              organisations={state.organisations}
              disabled={running}
              onMonth={chooseMonth}
              onOrganisation={toggleOrganisation}
              onAll={toggleAll}
            />
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<TableAdd20Regular />}
              onClick={() => void create()}
              disabled={blocker !== null}
            >
              {running ? "Creating…" : "Create pack"}
            </Button>
            {blocker !== null && !running && !choices.problem ? (
              <Text size={200} className={styles.blocker}>
                {blocker}
              </Text>
            ) : null}
            {blocker === null && label ? (
              <Text size={200} className={styles.blocker}>
                Sheet: LLR Pack {label}
              </Text>
            ) : null}
          </div>
        </>
      ) : null}

      {running ? (
        <Field
          validationMessage={state.detail ? `${stageText}: ${state.detail}` : stageText}
          validationState="none"
          validationMessageIcon={null}
        >
          <ProgressBar value={state.fraction} thickness="large" aria-label={stageText} />
        </Field>
      ) : null}

      {state.status === "failed" && state.failure ? (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="pack-error">
          <MessageBarBody>
            <MessageBarTitle>{state.failure.title}</MessageBarTitle>
            {state.failure.message}
            {state.failure.advice ? ` ${state.failure.advice}` : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <DismissibleWarning message={state.selectError} onDismiss={dismissSelectError} />

      {state.status === "done" && state.summary ? (
        <>
          <PackSummary
            summary={state.summary}
            activeTable={state.activeTable}
            onSelect={(table) => void activateTable(table)}
          />
          {host.kind === "preview" ? (
            <PackPreview
              pack={state.summary.pack}
              sheet={state.summary.sheet}
              renderCharts={renderCharts}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
