/** An issue or finding code ("OCCUPATION_GROUP_MISMATCH") that may wrap after an underscore, never mid-word. */
import * as React from "react";

export function BreakableCode({ code }: { readonly code: string }): React.JSX.Element {
  return (
    <>
      {code.split("_").map((part, i, parts) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 ? (
            <>
              _<wbr />
            </>
          ) : null}
        </span>
      ))}
    </>
  );
}
