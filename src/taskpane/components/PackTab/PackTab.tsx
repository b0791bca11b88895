import { LaterRelease } from "../LaterRelease/LaterRelease";

export default function PackTab() {
  return (
    <LaterRelease title="Monthly pack">
      Builds the month&apos;s workforce pack from the workbook: variance to plan by staff group and
      organisation, bank and agency use, the agency price cap and vacancies, as Excel tables and
      charts.
    </LaterRelease>
  );
}
