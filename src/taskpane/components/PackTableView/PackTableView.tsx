/**
 * One pack table as an accessible HTML table: the title as caption, column and row headers with
 * their scope, every number in the Excel pack's format. Workbook text is React text, never HTML.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PackRow, PackTable } from "../../../domain/pack/model";
import { formatPackValue } from "../../../report/formatValue";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", minWidth: 0 },
  // Scrolls sideways on its own (the month tables are wide); focusable so keyboards can scroll it.
  wrap: {
    overflowX: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: "tabular-nums",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: {
    captionSide: "top",
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  colHead: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "right",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    whiteSpace: "nowrap",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  // The label column stays in view while the figures scroll under it.
  label: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    minWidth: "9em",
    maxWidth: "13em",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  labelHead: { backgroundColor: tokens.colorBrandBackground2, textAlign: "left", zIndex: 2 },
  cell: {
    textAlign: "right",
    whiteSpace: "nowrap",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  ratio: { fontStyle: "italic" },
  negative: { color: tokens.colorPaletteRedForeground1 },
});

function rowClass(styles: ReturnType<typeof useStyles>, row: PackRow): string | undefined {
  if (row.role === "total") return styles.total;
  if (row.role === "ratio") return styles.ratio;
  return undefined;
}

export function PackTableView({ table }: { readonly table: PackTable }) {
  const styles = useStyles();
  const captionId = `pack-table-${table.name}`;
  const [labelHeader, ...valueHeaders] = table.columns;
  return (
    <div className={styles.figure}>
      <div className={styles.wrap} tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className={styles.table} data-pack-table={table.name}>
          <caption className={styles.caption} id={captionId}>
            {table.title}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.label, styles.labelHead)}>
                {labelHeader}
              </th>
              {valueHeaders.map((h, i) => (
                <th key={i} scope="col" className={styles.colHead}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => {
              const extra = rowClass(styles, row);
              return (
                <tr key={r} data-role={row.role}>
                  <th scope="row" className={mergeClasses(styles.label, extra)}>
                    {row.label}
                  </th>
                  {row.cells.map((cell, c) => {
                    const text = formatPackValue(cell.value, cell.format);
                    return (
                      <td
                        key={c}
                        className={mergeClasses(
                          styles.cell,
                          extra,
                          text.startsWith("-") && styles.negative
                        )}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
