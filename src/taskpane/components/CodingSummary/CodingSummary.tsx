/** "585 findings: 561 errors · 24 warnings, up to Oct 23": the result of a run at a glance. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { plural } from "../CodingTab/findingText";

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
  month: { color: tokens.colorNeutralForeground2 },
});

export interface CodingSummaryProps {
  readonly errors: number;
  readonly warnings: number;
  /** "Oct 23", or null when the workbook gives no reporting month. */
  readonly month: string | null;
}

export function CodingSummary({ errors, warnings, month }: CodingSummaryProps) {
  const styles = useStyles();
  return (
    <div className={styles.summary} role="status" data-testid="coding-counts">
      <span className={styles.count} data-testid="coding-error-count">
        <ErrorCircle16Filled className={styles.error} aria-hidden />
        <Text weight="semibold">{plural(errors, "error")}</Text>
      </span>
      <span className={styles.count} data-testid="coding-warning-count">
        <Warning16Filled className={styles.warning} aria-hidden />
        <Text weight="semibold">{plural(warnings, "warning")}</Text>
      </span>
      {month ? (
        <Text size={200} className={styles.month}>
          up to {month}
        </Text>
      ) : null}
    </div>
  );
}
