/** Narrow the issue list by severity (toggle buttons) and by sheet (a drop-down). */
import { useId } from "react";
import { Label, Select, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { SeverityFilter } from "../CheckTab/checkState";

export interface IssueFiltersProps {
  readonly severity: SeverityFilter;
  readonly onSeverity: (s: SeverityFilter) => void;
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly onSheet: (sheet: string | null) => void;
  readonly counts: { readonly errors: number; readonly warnings: number };
}

// Excel forbids "*" in sheet names, so it cannot clash with a real sheet.
const ALL_SHEETS = "*";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  toggles: { display: "flex", gap: tokens.spacingHorizontalXS },
  sheet: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    flexGrow: 1,
    minWidth: "150px",
  },
  select: { flexGrow: 1 },
});

export function IssueFilters({
  severity,
  onSeverity,
  sheets,
  sheet,
  onSheet,
  counts,
}: IssueFiltersProps) {
  const styles = useStyles();
  const sheetId = useId();
  const options: { value: SeverityFilter; label: string }[] = [
    { value: "all", label: `All (${counts.errors + counts.warnings})` },
    { value: "error", label: `Errors (${counts.errors})` },
    { value: "warning", label: `Warnings (${counts.warnings})` },
  ];
  return (
    <div className={styles.bar}>
      <div className={styles.toggles} role="group" aria-label="Show issues of severity">
        {options.map((o) => (
          <ToggleButton
            key={o.value}
            size="small"
            appearance={severity === o.value ? "primary" : "secondary"}
            checked={severity === o.value}
            onClick={() => onSeverity(o.value)}
          >
            {o.label}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.sheet}>
        <Label htmlFor={sheetId} size="small">
          Sheet
        </Label>
        <Select
          id={sheetId}
          size="small"
          className={styles.select}
          value={sheet ?? ALL_SHEETS}
          onChange={(_, data) => onSheet(data.value === ALL_SHEETS ? null : data.value)}
        >
          <option value={ALL_SHEETS}>All sheets</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
