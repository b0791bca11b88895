/**
 * A read-only look into the preview's workbook: sheet tabs and the cells around the selection,
 * with the selected cell outlined and its address written out ("Selected: PWR!H14"). Cell text
 * is rendered as React text, never as HTML.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import {
  Button,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronUp16Regular } from "@fluentui/react-icons";
import { columnLetters } from "../../../workbook/a1";
import type { PreviewHost } from "../../previewHost";
import { rectContains } from "../../selection";
import { displayCell } from "../../numberFormat";
import { cellAt, formulaAt, numberFormatAt } from "../../sheetGrid";
import { highlightAt } from "../../highlights";
import { viewportFor } from "../../viewport";

const useStyles = makeStyles({
  viewer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  top: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  source: { flexGrow: 1, minWidth: 0 },
  selected: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  tabs: { overflowX: "auto" },
  tableWrap: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  corner: { width: "2.8em" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    textAlign: "center",
  },
  headActive: {
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    height: "20px",
  },
  number: { textAlign: "right" },
  // The add-in's highlights: the plan's fill (set inline, as Excel's conditional format would)
  // and a dashed edge, so they read as highlights even where the fill is hard to tell apart.
  highlighted: {
    outline: `1px dashed ${tokens.colorPaletteMarigoldBorderActive}`,
    outlineOffset: "-2px",
  },
  legend: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    outline: `1px dashed ${tokens.colorPaletteMarigoldBorderActive}`,
    outlineOffset: "-1px",
  },
  active: {
    outline: `2px solid ${tokens.colorPaletteGreenBorderActive}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
});

export default function SheetViewer({ host }: { readonly host: PreviewHost }) {
  const styles = useStyles();
  const state = useSyncExternalStore(host.subscribe, host.getState);
  const selection = state.selection;
  const [viewed, setViewed] = useState<string | null>(selection?.sheet ?? null);
  // A short window needs the room for the pane; the selected address stays in sight.
  const [open, setOpen] = useState(true);
  // Follow the selection: selecting an issue's cell shows its sheet.
  useEffect(() => setViewed(selection?.sheet ?? null), [selection]);

  const grid = state.sheets.find((s) => s.name === viewed) ?? state.sheets[0];
  if (!grid) return <Text>The workbook has no sheets.</Text>;
  const rect = selection && selection.sheet === grid.name ? selection.rect : null;
  const view = viewportFor(grid, rect);
  const rows = Array.from({ length: view.rows }, (_, i) => view.top + i);
  const highlights = grid.highlights ?? [];
  const cols = Array.from({ length: view.cols }, (_, i) => view.left + i);

  return (
    <div className={styles.viewer}>
      <div className={styles.top}>
        <Text size={200} weight="semibold" className={styles.source}>
          {state.source}
        </Text>
        <Text
          size={200}
          className={styles.selected}
          data-testid="preview-selection"
          aria-live="polite"
        >
          {selection ? `Selected: ${selection.sheet}!${selection.address}` : "Nothing selected"}
        </Text>
        {highlights.length > 0 ? (
          <Text size={200} className={styles.legend} data-testid="preview-highlight-legend">
            <span
              className={styles.swatch}
              style={{ backgroundColor: highlights[highlights.length - 1].fill }}
              aria-hidden
            />
            Highlighted by the add-in
          </Text>
        ) : null}
        <Button
          size="small"
          appearance="subtle"
          icon={open ? <ChevronDown16Regular /> : <ChevronUp16Regular />}
          aria-expanded={open}
          aria-label={open ? "Hide the sheet" : "Show the sheet"}
          title={open ? "Hide the sheet" : "Show the sheet"}
          onClick={() => setOpen(!open)}
        />
      </div>
      {open ? (
        <>
          <TabList
            size="small"
            className={styles.tabs}
            selectedValue={grid.name}
            onTabSelect={(_, data) => setViewed(String(data.value))}
            aria-label="Sheets"
          >
            {state.sheets.map((s) => (
              <Tab key={s.name} value={s.name}>
                {s.name}
              </Tab>
            ))}
          </TabList>
          <div className={styles.tableWrap}>
            <table
              className={styles.table}
              aria-label={`Cells of ${grid.name}`}
              data-testid="preview-grid"
            >
              <thead>
                <tr>
                  {/* The corner heads nothing: a <th> here would be a header with no name. */}
                  <td className={mergeClasses(styles.head, styles.corner)} />
                  {cols.map((c) => (
                    <th
                      key={c}
                      scope="col"
                      className={mergeClasses(
                        styles.head,
                        rect !== null && c >= rect.left && c <= rect.right && styles.headActive
                      )}
                    >
                      {columnLetters(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r}>
                    <th
                      scope="row"
                      className={mergeClasses(
                        styles.head,
                        rect !== null && r >= rect.top && r <= rect.bottom && styles.headActive
                      )}
                    >
                      {r + 1}
                    </th>
                    {cols.map((c) => {
                      const value = cellAt(grid, r, c);
                      const formula = formulaAt(grid, r, c);
                      const active = rect !== null && rectContains(rect, r, c);
                      const mark = highlights.length > 0 ? highlightAt(grid, r, c) : null;
                      // As Excel shows it: the pack sheet's "-£3.0m", "7.1%".
                      const text = displayCell(value, numberFormatAt(grid, r, c));
                      const tip = formula ? `${formula} → ${text}` : text;
                      return (
                        <td
                          key={c}
                          className={mergeClasses(
                            styles.cell,
                            typeof value === "number" && styles.number,
                            mark !== null && styles.highlighted,
                            active && styles.active
                          )}
                          style={mark ? { backgroundColor: mark.fill } : undefined}
                          data-highlight={mark?.marker}
                          title={mark ? `${tip} (highlighted by the add-in)` : tip}
                          // aria-selected is only allowed in an interactive grid; this table is read-only.
                          aria-current={active || undefined}
                          data-address={`${columnLetters(c)}${r + 1}`}
                        >
                          {text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}
