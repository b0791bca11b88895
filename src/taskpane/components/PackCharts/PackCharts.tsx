/**
 * The pack's charts as images, one under another. Loaded on demand with the chart renderer
 * (ECharts): its own chunk, fetched only when a pack is shown in the preview.
 */
import { useMemo } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Pack } from "../../../domain/pack/model";
import { packChartImages, type PackChartImage } from "../../../preview/packChartImages";

const useStyles = makeStyles({
  charts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  figure: {
    margin: 0,
    padding: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  image: { display: "block", width: "100%", height: "auto" },
});

export interface PackChartsProps {
  readonly pack: Pack;
  /** The renderer; tests may pass another. */
  readonly render?: (pack: Pack) => readonly PackChartImage[];
}

export default function PackCharts({ pack, render = packChartImages }: PackChartsProps) {
  const styles = useStyles();
  const images = useMemo(() => render(pack), [pack, render]);
  if (images.length === 0) return null;
  return (
    <div className={styles.charts} data-testid="pack-charts">
      {images.map((image) => (
        <figure key={image.name} className={styles.figure} data-chart={image.name}>
          <figcaption className={styles.caption}>{image.title}</figcaption>
          <img
            className={styles.image}
            src={image.src}
            width={image.width}
            height={image.height}
            alt={image.description}
          />
        </figure>
      ))}
    </div>
  );
}
