/**
 * The issues of a check in a Fluent DataGrid. Rows, not cells, take focus: arrow keys move
 * between rows, and a click, Enter or Space selects the issue's cell in the workbook (the
 * composite focus mode would take Enter for stepping into a row's cells). In a narrow pane the
 * message wraps onto a line of its own under the code and the address.
 */
import type { KeyboardEvent } from "react";
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  createTableColumn,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { ValidationIssue } from "../../../domain/validation/validate";
import type { KeyedIssue } from "../CheckTab/checkState";
import { BreakableCode } from "../BreakableCode/BreakableCode";

export interface IssueGridProps {
  readonly issues: readonly KeyedIssue[];
  readonly activeKey: string | null;
  readonly onActivate: (key: string, issue: ValidationIssue) => void;
}

const NARROW = "@media (max-width: 519px)";

const useStyles = makeStyles({
  grid: { minWidth: 0 },
  row: {
    cursor: "pointer",
    [NARROW]: { flexWrap: "wrap", paddingBottom: tokens.spacingVerticalXS },
  },
  headerRow: { cursor: "default" },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  cell: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  severity: { flex: "0 0 28px", justifyContent: "center" },
  code: {
    flex: "0 0 9.5em",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    // The message has a line of its own when narrow, so the code may take the rest of the first.
    [NARROW]: { flexGrow: 1 },
  },
  sheet: { flex: "0 0 5.5em", overflowWrap: "anywhere" },
  cellRef: { flex: "0 0 3.5em" },
  message: {
    flex: "1 1 12em",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  messageBody: {
    [NARROW]: {
      flexBasis: "100%",
      paddingLeft: "32px",
      paddingTop: 0,
      minHeight: 0,
      color: tokens.colorNeutralForeground2,
    },
  },
  messageHeader: { [NARROW]: { display: "none" } },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

type ColumnId = "severity" | "code" | "sheet" | "cell" | "message";

function columnsFor(styles: ReturnType<typeof useStyles>): TableColumnDefinition<KeyedIssue>[] {
  return [
    createTableColumn<KeyedIssue>({
      columnId: "severity",
      renderHeaderCell: () => <span className={styles.hidden}>Severity</span>,
      renderCell: ({ issue }) =>
        issue.severity === "error" ? (
          <>
            <ErrorCircle16Filled className={styles.error} aria-hidden />
            <span className={styles.hidden}>Error</span>
          </>
        ) : (
          <>
            <Warning16Filled className={styles.warning} aria-hidden />
            <span className={styles.hidden}>Warning</span>
          </>
        ),
    }),
    createTableColumn<KeyedIssue>({
      columnId: "code",
      renderHeaderCell: () => "Code",
      renderCell: ({ issue }) => <BreakableCode code={issue.code} />,
    }),
    createTableColumn<KeyedIssue>({
      columnId: "sheet",
      renderHeaderCell: () => "Sheet",
      renderCell: ({ issue }) => issue.sheet,
    }),
    createTableColumn<KeyedIssue>({
      columnId: "cell",
      renderHeaderCell: () => "Cell",
      renderCell: ({ issue }) => issue.cell,
    }),
    createTableColumn<KeyedIssue>({
      columnId: "message",
      renderHeaderCell: () => "Message",
      renderCell: ({ issue }) => issue.message,
    }),
  ];
}

export function IssueGrid({ issues, activeKey, onActivate }: IssueGridProps) {
  const styles = useStyles();
  const columns = columnsFor(styles);
  // Rows are the focus stops: Up/Down (and Home/End) move between them, Enter or Space selects.
  const rowNavigation = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const columnClass: Record<ColumnId, string> = {
    severity: styles.severity,
    code: styles.code,
    sheet: styles.sheet,
    cell: styles.cellRef,
    message: styles.message,
  };
  const onRowKeyDown = (e: KeyboardEvent<HTMLDivElement>, item: KeyedIssue) => {
    // Only when the row itself has focus: keys inside a cell belong to the cell.
    if ((e.key === "Enter" || e.key === " ") && e.target === e.currentTarget) {
      e.preventDefault();
      onActivate(item.key, item.issue);
    }
  };
  return (
    <DataGrid
      className={styles.grid}
      items={issues as KeyedIssue[]}
      columns={columns}
      getRowId={(item: KeyedIssue) => item.key}
      selectionMode="single"
      selectedItems={new Set(activeKey === null ? [] : [activeKey])}
      focusMode="row_unstable"
      size="small"
      aria-label="Issues found in the workbook"
      data-testid="issue-grid"
    >
      <DataGridHeader>
        <DataGridRow className={styles.headerRow} selectionCell={null}>
          {({ renderHeaderCell, columnId }) => (
            <DataGridHeaderCell
              // Nothing to do on a header (no sorting), so it is not a tab stop on the way to the rows.
              focusMode="none"
              className={mergeClasses(
                styles.cell,
                columnClass[columnId as ColumnId],
                columnId === "message" && styles.messageHeader
              )}
            >
              {renderHeaderCell()}
            </DataGridHeaderCell>
          )}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<KeyedIssue> {...rowNavigation}>
        {({ item, rowId }) => (
          <DataGridRow<KeyedIssue>
            key={rowId}
            className={mergeClasses(styles.row, item.key === activeKey && styles.active)}
            selectionCell={null}
            onClick={() => onActivate(item.key, item.issue)}
            onKeyDown={(e: KeyboardEvent<HTMLDivElement>) => onRowKeyDown(e, item)}
            data-issue-key={item.key}
          >
            {({ renderCell, columnId }) => (
              <DataGridCell
                className={mergeClasses(
                  styles.cell,
                  columnClass[columnId as ColumnId],
                  columnId === "message" && styles.messageBody
                )}
              >
                {renderCell(item)}
              </DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
