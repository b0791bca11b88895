/** A warning the user can dismiss: each tab's "could not select that cell" message. */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";

export interface DismissibleWarningProps {
  readonly message?: string | null;
  readonly onDismiss: () => void;
}

export function DismissibleWarning({
  message,
  onDismiss,
}: DismissibleWarningProps): React.JSX.Element | null {
  if (!message) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss"
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
