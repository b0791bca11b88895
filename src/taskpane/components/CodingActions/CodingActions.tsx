/**
 * What the Coding tab does to the workbook: write the findings sheet, highlight the findings'
 * rows and cells, clear the highlights; with a progress bar while one runs and what came of it.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  DismissRegular,
  EraserRegular,
  HighlightRegular,
  TableAddRegular,
} from "@fluentui/react-icons";
import type { ActionOutcome, CodingAction } from "../CodingTab/codingState";

export interface CodingActionsProps {
  /** Why Highlight cannot run now, or null when it can. */
  readonly highlightBlocker: string | null;
  readonly writeBlocker: string | null;
  readonly busy: CodingAction | null;
  /** A run is reading or reconciling: nothing else may start. */
  readonly locked: boolean;
  readonly busyStage?: string;
  readonly busyFraction?: number;
  readonly outcome: ActionOutcome | null;
  readonly onHighlight: () => void;
  readonly onClear: () => void;
  readonly onWrite: () => void;
  readonly onDismiss: () => void;
}

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  message: { display: "block" },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

const LABELS: Readonly<Record<CodingAction, { idle: string; busy: string }>> = {
  highlight: { idle: "Highlight", busy: "Highlighting…" },
  clear: { idle: "Clear highlights", busy: "Clearing…" },
  write: { idle: "Write findings sheet", busy: "Writing…" },
};

export function CodingActions(props: CodingActionsProps) {
  const styles = useStyles();
  const { busy, locked, outcome } = props;
  // While something runs the buttons stay focusable (aria-disabled), so the one pressed keeps focus.
  const blocked = busy !== null || locked;
  const label = (a: CodingAction) => (busy === a ? LABELS[a].busy : LABELS[a].idle);
  return (
    <div className={styles.actions}>
      <div className={styles.buttons} role="group" aria-label="Workbook actions">
        <Button
          size="small"
          icon={<HighlightRegular />}
          onClick={props.onHighlight}
          disabled={!blocked && props.highlightBlocker !== null}
          disabledFocusable={blocked}
          title={props.highlightBlocker ?? "Highlight the rows and cells of the findings"}
        >
          {label("highlight")}
        </Button>
        <Button
          size="small"
          icon={<EraserRegular />}
          onClick={props.onClear}
          disabledFocusable={blocked}
          title="Remove the add-in's highlights; your own formatting stays"
        >
          {label("clear")}
        </Button>
        <Button
          size="small"
          icon={<TableAddRegular />}
          onClick={props.onWrite}
          disabled={!blocked && props.writeBlocker !== null}
          disabledFocusable={blocked}
          title={props.writeBlocker ?? "Write the findings to the sheet LLR Coding Mismatches"}
        >
          {label("write")}
        </Button>
      </div>
      {busy !== null ? (
        <Field
          validationMessage={props.busyStage}
          validationState="none"
          validationMessageIcon={null}
        >
          <ProgressBar
            value={props.busyFraction}
            aria-label={props.busyStage ?? LABELS[busy].busy}
          />
        </Field>
      ) : null}
      {outcome ? (
        <MessageBar
          intent={outcome.intent}
          layout="multiline"
          role={outcome.intent === "error" ? "alert" : "status"}
          data-testid="coding-outcome"
          data-action={outcome.action}
        >
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            <span className={styles.message}>{outcome.message}</span>
            {outcome.details.length > 0 ? (
              <ul className={styles.details} data-testid="coding-host-messages">
                {outcome.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Dismiss"
                icon={<DismissRegular />}
                onClick={props.onDismiss}
              />
            }
          />
        </MessageBar>
      ) : null}
    </div>
  );
}
