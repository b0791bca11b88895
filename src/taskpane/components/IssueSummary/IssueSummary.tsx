/** "2 errors · 5 warnings in 4 sheets": the result of a check at a glance. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  count: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
});

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function IssueSummary({
  errors,
  warnings,
  sheetsChecked,
}: {
  readonly errors: number;
  readonly warnings: number;
  readonly sheetsChecked: number;
}) {
  const styles = useStyles();
  return (
    <div className={styles.summary} role="status" data-testid="issue-counts">
      <span className={styles.count} data-testid="error-count">
        <ErrorCircle16Filled className={styles.error} aria-hidden />
        <Text weight="semibold">{plural(errors, "error")}</Text>
      </span>
      <span className={styles.count} data-testid="warning-count">
        <Warning16Filled className={styles.warning} aria-hidden />
        <Text weight="semibold">{plural(warnings, "warning")}</Text>
      </span>
      <Text size={200}>in {plural(sheetsChecked, "sheet")} checked</Text>
    </div>
  );
}
