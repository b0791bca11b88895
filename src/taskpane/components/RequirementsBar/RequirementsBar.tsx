/**
 * Says once, as Excel mode starts, what this Excel lacks of the requirement sets: the declared
 * ones (update Excel) and the optional features (what works without them). Nothing when all is
 * supported; the user can dismiss it.
 */
import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { RequirementReport } from "../../../excel/requirements";
import { requirementsText } from "./requirementsText";

export function RequirementsBar({ report }: { readonly report: RequirementReport }) {
  const [dismissed, setDismissed] = useState(false);
  const text = requirementsText(report);
  if (!text || dismissed) return null;
  return (
    <MessageBar
      intent={report.missingDeclared.length > 0 ? "error" : "warning"}
      layout="multiline"
      data-testid="requirements-bar"
    >
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss"
            icon={<DismissRegular />}
            onClick={() => setDismissed(true)}
          />
        }
      />
    </MessageBar>
  );
}
