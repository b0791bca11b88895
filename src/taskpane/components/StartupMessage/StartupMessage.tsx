/**
 * A start-up state that is not the working pane: Excel did not answer, Office.js is missing, or
 * another Office application. A message and, where something can be done, one button.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

export interface StartupMessageProps {
  readonly intent: "error" | "info";
  readonly title: string;
  readonly body: string;
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

const useStyles = makeStyles({
  message: { margin: tokens.spacingHorizontalM },
  action: { marginTop: tokens.spacingVerticalS },
});

export function StartupMessage({ intent, title, body, action }: StartupMessageProps) {
  const styles = useStyles();
  return (
    <main>
      <MessageBar
        intent={intent}
        layout="multiline"
        role={intent === "error" ? "alert" : "status"}
        className={styles.message}
        data-testid="startup-message"
      >
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
          {action ? (
            <div className={styles.action}>
              <Button appearance="primary" onClick={action.onClick}>
                {action.label}
              </Button>
            </div>
          ) : null}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
