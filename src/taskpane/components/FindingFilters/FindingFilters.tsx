/** Narrow the findings by code and by organisation (two drop-downs with counts). */
import { useId } from "react";
import { Label, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { FindingCode } from "../../../domain/reconcile";
import type { FilterOption } from "../CodingTab/codingState";
import { CODE_TITLES } from "../CodingTab/findingText";

export interface FindingFiltersProps {
  readonly codes: readonly FilterOption<FindingCode>[];
  readonly code: FindingCode | null;
  readonly onCode: (code: FindingCode | null) => void;
  readonly organisations: readonly FilterOption<string>[];
  /** An organisationKey, or null for all. */
  readonly organisation: string | null;
  readonly onOrganisation: (organisation: string | null) => void;
  readonly total: number;
}

// Neither a finding code nor an organisation key (upper case, no "*") can be this.
const ALL = "*";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  field: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    flex: "1 1 150px",
    minWidth: 0,
  },
});

export function FindingFilters({
  codes,
  code,
  onCode,
  organisations,
  organisation,
  onOrganisation,
  total,
}: FindingFiltersProps) {
  const styles = useStyles();
  const codeId = useId();
  const orgId = useId();
  return (
    <div className={styles.bar} data-testid="finding-filters">
      <div className={styles.field}>
        <Label htmlFor={codeId} size="small">
          Code
        </Label>
        <Select
          id={codeId}
          size="small"
          value={code ?? ALL}
          onChange={(_, data) => onCode(data.value === ALL ? null : (data.value as FindingCode))}
        >
          <option value={ALL}>All codes ({total})</option>
          {codes.map((o) => (
            <option key={o.value} value={o.value} title={CODE_TITLES[o.value]}>
              {o.label} ({o.count})
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.field}>
        <Label htmlFor={orgId} size="small">
          Organisation
        </Label>
        <Select
          id={orgId}
          size="small"
          value={organisation ?? ALL}
          onChange={(_, data) => onOrganisation(data.value === ALL ? null : data.value)}
        >
          <option value={ALL}>All organisations ({total})</option>
          {organisations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label} ({o.count})
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
