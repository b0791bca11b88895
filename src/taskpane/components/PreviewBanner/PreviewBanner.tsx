/** Says plainly that this is not Excel, and lets the user pick which sample workbook to try. */
import { useId } from "react";
import {
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

export interface WorkbookOption {
  readonly id: string;
  readonly label: string;
}

export interface PreviewBannerProps {
  readonly reason: string;
  readonly workbooks: readonly WorkbookOption[];
  readonly current: string;
  readonly onOpen: (id: string) => void;
  readonly className?: string;
}

const useStyles = makeStyles({
  banner: { borderRadius: 0 },
  picker: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    flexWrap: "wrap",
  },
  select: { minWidth: "200px", flexGrow: 1 },
});

export function PreviewBanner({
  reason,
  workbooks,
  current,
  onOpen,
  className,
}: PreviewBannerProps) {
  const styles = useStyles();
  const selectId = useId();
  // A named region, so the banner sits in a landmark like the rest of the page.
  return (
    <section aria-label="Preview" className={className}>
      <MessageBar
        intent="warning"
        layout="multiline"
        className={styles.banner}
        data-testid="preview-banner"
      >
        <MessageBarBody>
          <MessageBarTitle>Preview</MessageBarTitle>
          {reason}
          <div className={styles.picker}>
            <Label htmlFor={selectId} size="small">
              Workbook
            </Label>
            <Select
              id={selectId}
              size="small"
              className={styles.select}
              value={current}
              onChange={(_, data) => onOpen(data.value)}
              data-testid="preview-workbook"
            >
              {workbooks.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.label}
                </option>
              ))}
            </Select>
          </div>
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
