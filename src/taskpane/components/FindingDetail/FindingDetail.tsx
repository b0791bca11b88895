/**
 * The selected finding in full: its message, what to do, every cell it names (each a link that
 * selects it), and for aggregate findings the chart of its groups by month, which loads with
 * its own chunk.
 */
import { Suspense, lazy, useMemo } from "react";
import { Link, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { findingSeries, type Finding } from "../../../domain/reconcile";
import type { ParsedTemplate } from "../../../domain/template/model";
import { CHARTED_CODES, CODE_TITLES, findingMonth } from "../CodingTab/findingText";

const FindingChart = lazy(() => import("../FindingChart/FindingChart"));

export interface FindingDetailProps {
  readonly finding: Finding;
  readonly parsed: ParsedTemplate;
  readonly reportingMonth: number | null;
  readonly financialYear: number | null;
  readonly onGoTo: (ref: string) => void;
}

const useStyles = makeStyles({
  detail: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    cursor: "default",
    whiteSpace: "normal",
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  label: { fontWeight: tokens.fontWeightSemibold },
  cells: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  ref: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

function context(f: Finding, fy: number | null): string {
  return [
    f.organisation,
    f.staffType,
    findingMonth(f, fy),
    f.assignment ? `assignment ${f.assignment}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

export function FindingDetail({
  finding,
  parsed,
  reportingMonth,
  financialYear,
  onGoTo,
}: FindingDetailProps) {
  const styles = useStyles();
  const series = useMemo(
    () =>
      CHARTED_CODES.has(finding.code)
        ? findingSeries(
            parsed,
            finding,
            reportingMonth === null ? undefined : { month: reportingMonth }
          )
        : null,
    [parsed, finding, reportingMonth]
  );
  return (
    <div className={styles.detail} data-testid="finding-detail">
      <Text size={200} className={styles.title}>
        {CODE_TITLES[finding.code]} · {context(finding, financialYear)}
      </Text>
      <Text size={200}>{finding.message}</Text>
      <Text size={200}>
        <span className={styles.label}>What to do: </span>
        {finding.suggestion}
      </Text>
      {finding.cells.length > 0 ? (
        <div className={styles.cells}>
          <Text size={200} className={styles.label}>
            Cells:
          </Text>
          {finding.cells.map((ref) => (
            <Link key={ref} as="button" className={styles.ref} onClick={() => onGoTo(ref)}>
              {ref}
            </Link>
          ))}
        </div>
      ) : null}
      {series ? (
        <Suspense fallback={<Spinner size="tiny" label="Drawing the chart…" />}>
          <FindingChart finding={finding} series={series} />
        </Suspense>
      ) : null}
    </div>
  );
}
