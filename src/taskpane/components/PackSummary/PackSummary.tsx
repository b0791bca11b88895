/**
 * What "Create pack" wrote: the sheet (and why it has another name, when it does), each table
 * with a link that selects it in the workbook, and the pack's notes.
 */
import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { PackSummary as Summary, WrittenTable } from "../PackTab/packState";
import { plural } from "../IssueSummary/IssueSummary";

export interface PackSummaryProps {
  readonly summary: Summary;
  readonly activeTable: string | null;
  readonly onSelect: (table: WrittenTable) => void;
}

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  active: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  title: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground3 },
  range: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  notes: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  sheet: { fontWeight: tokens.fontWeightSemibold },
});

export function PackSummary({ summary, activeTable, onSelect }: PackSummaryProps) {
  const styles = useStyles();
  const renamed = summary.sheet !== summary.requestedSheet;
  return (
    <section className={styles.summary} aria-label="What was written" data-testid="pack-summary">
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>
            Pack written to <span data-testid="pack-sheet">{summary.sheet}</span>
          </MessageBarTitle>
          <div>
            {plural(summary.tables.length, "table")} and {plural(summary.charts, "chart")}; every
            figure is a live Excel formula over the template sheets.
          </div>
        </MessageBarBody>
      </MessageBar>

      {renamed || summary.hostMessages.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="pack-host-messages">
          <MessageBarBody>
            {renamed ? <MessageBarTitle>Written to another sheet</MessageBarTitle> : null}
            <div>
              {summary.hostMessages.length > 0
                ? summary.hostMessages.join(" ")
                : `A sheet named ${summary.requestedSheet} belongs to you, so the pack went to ${summary.sheet}.`}
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <h2 className={styles.heading} id="pack-tables-heading">
        Tables on <span className={styles.sheet}>{summary.sheet}</span>
      </h2>
      <ul className={styles.list} aria-labelledby="pack-tables-heading">
        {summary.tables.map((table) => (
          <li
            key={table.name}
            className={mergeClasses(styles.item, activeTable === table.name && styles.active)}
            data-table={table.name}
          >
            <Link
              as="button"
              onClick={() => onSelect(table)}
              title={`Select ${summary.sheet}!${table.range}`}
              aria-current={activeTable === table.name ? "true" : undefined}
            >
              {table.name}
            </Link>
            <Text size={200} className={styles.range}>
              {table.range}
            </Text>
            <Text size={200} className={styles.title}>
              {table.title}
            </Text>
          </li>
        ))}
      </ul>

      {summary.notes.length > 0 ? (
        <MessageBar intent="info" layout="multiline" data-testid="pack-notes">
          <MessageBarBody>
            <MessageBarTitle>Notes</MessageBarTitle>
            <ul className={styles.notes}>
              {summary.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
