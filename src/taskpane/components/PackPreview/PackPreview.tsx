/**
 * The pack shown in the page (browser preview): every table as an HTML table with the Excel
 * formats, then the charts, which load with their renderer after the tables are on screen.
 */
import { Suspense, lazy } from "react";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Pack } from "../../../domain/pack/model";
import { PackTableView } from "../PackTableView/PackTableView";
import type { PackChartsProps } from "../PackCharts/PackCharts";

const PackCharts = lazy(() => import("../PackCharts/PackCharts"));

export interface PackPreviewProps {
  readonly pack: Pack;
  /** The sheet the pack was written to (the pack's own name or "... (2)"). */
  readonly sheet: string;
  readonly renderCharts?: PackChartsProps["render"];
}

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function PackPreview({ pack, sheet, renderCharts }: PackPreviewProps) {
  const styles = useStyles();
  return (
    <section
      className={styles.preview}
      aria-labelledby="pack-preview-heading"
      data-testid="pack-preview"
    >
      <h2 className={styles.heading} id="pack-preview-heading">
        {sheet}: tables
      </h2>
      {pack.tables.map((table) => (
        <PackTableView key={table.name} table={table} />
      ))}
      {pack.charts.length > 0 ? (
        <>
          <h2 className={styles.heading}>{sheet}: charts</h2>
          <Suspense fallback={<Spinner size="tiny" label="Drawing the charts…" />}>
            <PackCharts pack={pack} render={renderCharts} />
          </Suspense>
        </>
      ) : null}
    </section>
  );
}

export default PackPreview;
