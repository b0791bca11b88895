import { LaterRelease } from "../LaterRelease/LaterRelease";

export default function CodingTab() {
  return (
    <LaterRelease title="Staff-group coding">
      Flags staff whose occupation code does not match the staff group they are reported under, and
      groups whose PWR and PFR coding disagree.
    </LaterRelease>
  );
}
