/**
 * Shown inside Office while Office.onReady has not answered. A cold Excel start can take a while,
 * so the pane says what it is waiting for instead of showing anything else.
 */
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  connecting: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXXL,
    textAlign: "center",
  },
});

export const CONNECTING_LABEL = "Connecting to Excel…";

export function Connecting() {
  const styles = useStyles();
  return (
    <div className={styles.connecting} data-testid="connecting">
      <Spinner label={CONNECTING_LABEL} />
      <Text size={200}>This can take a minute while Excel starts.</Text>
    </div>
  );
}
