/** The pane's title line: the product and what it works on. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function Header({ hostKind }: { readonly hostKind: "excel" | "preview" }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>LLR Workforce</h1>
      <Text size={200}>
        PWR and PFR returns{hostKind === "preview" ? " · preview on a sample workbook" : ""}
      </Text>
    </header>
  );
}
