/** An honest placeholder for a job the add-in will do in a later release. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
});

export function LaterRelease({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <Text weight="semibold">{title}</Text>
      <Text>{children}</Text>
      <Text size={200} italic>
        Coming in a later release.
      </Text>
    </div>
  );
}
