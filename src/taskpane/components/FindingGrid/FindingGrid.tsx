/**
 * The findings in a Fluent DataGrid. Rows take focus: arrow keys move between them, and a
 * click, Enter or Space selects the finding's cell in the workbook. The selected finding opens
 * a detail row under it (what to do, every cell, and for aggregate findings the chart), so it is
 * seen where the user is looking. In a narrow pane the code and the figures share the first
 * line, the organisation and groups the second, and the message the third.
 */
import type { KeyboardEvent, ReactNode } from "react";
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
import type { Finding } from "../../../domain/reconcile";
import type { KeyedFinding } from "../CodingTab/codingState";
import { costCell, groupsText, wteCell } from "../CodingTab/findingText";
import { BreakableCode } from "../BreakableCode/BreakableCode";

export interface FindingGridProps {
  readonly findings: readonly KeyedFinding[];
  readonly activeKey: string | null;
  readonly onActivate: (key: string, finding: Finding) => void;
  /** What opens under the selected finding. */
  readonly renderDetail: (item: KeyedFinding) => ReactNode;
}

type GridItem =
  | { readonly kind: "finding"; readonly id: string; readonly item: KeyedFinding }
  | { readonly kind: "detail"; readonly id: string; readonly item: KeyedFinding };

const NARROW = "@media (max-width: 519px)";

const useStyles = makeStyles({
  grid: { minWidth: 0 },
  row: {
    cursor: "pointer",
    [NARROW]: {
      flexWrap: "wrap",
      paddingBottom: tokens.spacingVerticalXS,
      // A line break between the first line (code, figures) and the organisation and groups.
      "::after": { content: '""', order: 1, flexBasis: "100%", height: 0 },
    },
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
    flex: "1 1 8em",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  organisation: {
    flex: "0 0 4.5em",
    overflowWrap: "anywhere",
    [NARROW]: {
      order: 2,
      flex: "0 1 auto",
      paddingLeft: "32px",
      minHeight: 0,
      fontSize: tokens.fontSizeBase200,
      color: tokens.colorNeutralForeground2,
    },
  },
  number: {
    flex: "0 0 4.6em",
    justifyContent: "flex-end",
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
  groups: {
    flex: "0 0 11em",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    [NARROW]: {
      order: 3,
      flex: "1 1 0",
      minHeight: 0,
      fontWeight: tokens.fontWeightSemibold,
      fontSize: tokens.fontSizeBase200,
    },
  },
  message: {
    flex: "1 1 14em",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    [NARROW]: {
      order: 4,
      flexBasis: "100%",
      paddingLeft: "32px",
      paddingTop: 0,
      minHeight: 0,
      color: tokens.colorNeutralForeground2,
      fontSize: tokens.fontSizeBase200,
    },
  },
  // Long messages are shown whole in the detail row; the list keeps to three lines each.
  clamp: {
    display: "-webkit-box",
    WebkitLineClamp: 3,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  wideOnly: { [NARROW]: { display: "none" } },
  detailRow: {
    display: "flex",
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  detailCell: {
    flex: "1 1 100%",
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
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

type ColumnId = "severity" | "code" | "organisation" | "wte" | "cost" | "groups" | "message";

function columnsFor(styles: ReturnType<typeof useStyles>): TableColumnDefinition<GridItem>[] {
  const f = (item: GridItem) => item.item.finding;
  return [
    createTableColumn<GridItem>({
      columnId: "severity",
      renderHeaderCell: () => <span className={styles.hidden}>Severity</span>,
      renderCell: (item) =>
        f(item).severity === "error" ? (
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
    createTableColumn<GridItem>({
      columnId: "code",
      renderHeaderCell: () => "Code",
      renderCell: (item) => <BreakableCode code={f(item).code} />,
    }),
    createTableColumn<GridItem>({
      columnId: "organisation",
      renderHeaderCell: () => (
        <>
          <span aria-hidden>Org</span>
          <span className={styles.hidden}>Organisation</span>
        </>
      ),
      renderCell: (item) => f(item).organisation,
    }),
    createTableColumn<GridItem>({
      columnId: "wte",
      renderHeaderCell: () => "WTE",
      renderCell: (item) => wteCell(f(item)),
    }),
    createTableColumn<GridItem>({
      columnId: "cost",
      renderHeaderCell: () => "£000",
      renderCell: (item) => costCell(f(item)),
    }),
    createTableColumn<GridItem>({
      columnId: "groups",
      renderHeaderCell: () => "Groups (from → to)",
      renderCell: (item) => groupsText(f(item).groups),
    }),
    createTableColumn<GridItem>({
      columnId: "message",
      renderHeaderCell: () => "Message",
      renderCell: (item) => <span className={styles.clamp}>{f(item).message}</span>,
    }),
  ];
}

export function FindingGrid({ findings, activeKey, onActivate, renderDetail }: FindingGridProps) {
  const styles = useStyles();
  const columns = columnsFor(styles);
  const rowNavigation = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const items: GridItem[] = [];
  for (const item of findings) {
    items.push({ kind: "finding", id: item.key, item });
    if (item.key === activeKey) items.push({ kind: "detail", id: `${item.key}-detail`, item });
  }
  const columnClass: Record<ColumnId, string> = {
    severity: styles.severity,
    code: styles.code,
    organisation: styles.organisation,
    wte: styles.number,
    cost: styles.number,
    groups: styles.groups,
    message: styles.message,
  };
  const onRowKeyDown = (e: KeyboardEvent<HTMLDivElement>, item: KeyedFinding) => {
    // Only when the row itself has focus: keys inside a cell belong to the cell.
    if ((e.key === "Enter" || e.key === " ") && e.target === e.currentTarget) {
      e.preventDefault();
      onActivate(item.key, item.finding);
    }
  };
  return (
    <DataGrid
      className={styles.grid}
      items={items}
      columns={columns}
      getRowId={(item: GridItem) => item.id}
      selectionMode="single"
      selectedItems={new Set(activeKey === null ? [] : [activeKey])}
      focusMode="row_unstable"
      size="small"
      aria-label="Coding mismatches found"
      data-testid="finding-grid"
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
                (columnId === "organisation" || columnId === "groups" || columnId === "message") &&
                  styles.wideOnly
              )}
            >
              {renderHeaderCell()}
            </DataGridHeaderCell>
          )}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<GridItem> {...rowNavigation}>
        {({ item, rowId }) =>
          item.kind === "detail" ? (
            <div
              key={rowId}
              role="row"
              className={styles.detailRow}
              data-testid="finding-detail-row"
            >
              <div role="gridcell" aria-colspan={columns.length} className={styles.detailCell}>
                {renderDetail(item.item)}
              </div>
            </div>
          ) : (
            <DataGridRow<GridItem>
              key={rowId}
              className={mergeClasses(styles.row, item.id === activeKey && styles.active)}
              selectionCell={null}
              onClick={() => onActivate(item.item.key, item.item.finding)}
              onKeyDown={(e: KeyboardEvent<HTMLDivElement>) => onRowKeyDown(e, item.item)}
              data-finding-key={item.item.key}
            >
              {({ renderCell, columnId }) => (
                <DataGridCell
                  className={mergeClasses(styles.cell, columnClass[columnId as ColumnId])}
                  data-column={columnId}
                >
                  {renderCell(item)}
                </DataGridCell>
              )}
            </DataGridRow>
          )
        }
      </DataGridBody>
    </DataGrid>
  );
}
