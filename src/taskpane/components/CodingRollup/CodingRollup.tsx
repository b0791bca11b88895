/**
 * The size of each staff-level problem in one line per organisation and pair of groups (the
 * domain's roll-up, as the findings sheet and the CLI show it), grouped by code. Selecting a
 * line lists its findings below.
 */
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { organisationKey } from "../../../domain/template/parse";
import type { FindingCode, RollupLine } from "../../../domain/reconcile";
import { CODE_TITLES } from "../CodingTab/findingText";

export interface CodingRollupProps {
  readonly lines: readonly RollupLine[];
  /** Filters the findings to this code and organisation (an organisationKey). */
  readonly onShow: (code: FindingCode, organisation: string) => void;
}

const useStyles = makeStyles({
  rollup: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // Each line is the way into its findings: a quiet link with an edge that lights on hover.
  line: {
    display: "block",
    width: "100%",
    textAlign: "left",
    whiteSpace: "normal",
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    ":hover": { borderLeftColor: tokens.colorBrandStroke1 },
  },
});

function byCode(lines: readonly RollupLine[]): [FindingCode, RollupLine[]][] {
  const groups = new Map<FindingCode, RollupLine[]>();
  for (const line of lines) {
    const list = groups.get(line.code);
    if (list) list.push(line);
    else groups.set(line.code, [line]);
  }
  return [...groups];
}

export function CodingRollup({ lines, onShow }: CodingRollupProps) {
  const styles = useStyles();
  return (
    <section
      className={styles.rollup}
      aria-labelledby="coding-rollup-heading"
      data-testid="coding-rollup"
    >
      <h2 className={styles.heading} id="coding-rollup-heading">
        Size of the problem
      </h2>
      <Text size={200} className={styles.intro}>
        Staff-level findings summed per organisation and pair of groups. Select a line to list its
        findings.
      </Text>
      {byCode(lines).map(([code, group]) => (
        <div key={code} className={styles.group}>
          <h3 className={styles.groupHeading}>
            <span>{CODE_TITLES[code]}</span>
            <span className={styles.code}>{code}</span>
          </h3>
          <ul className={styles.list}>
            {group.map((line) => (
              <li key={`${line.organisation}|${line.groups[0]}|${line.groups[1]}`}>
                <Link
                  as="button"
                  appearance="subtle"
                  className={styles.line}
                  onClick={() => onShow(line.code, organisationKey(line.organisation))}
                  data-testid="rollup-line"
                >
                  {line.message}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
