/**
 * Creates the host the start-up chose. Both adapters are loaded on demand: Excel never downloads
 * the preview's sample workbook, and the preview never downloads the Office.js adapter.
 */
import type { WorkbookHost } from "../../workbook/host";
import type { PreviewHost } from "../../preview/previewHost";
import type { RequirementReport } from "../../excel/requirements";
import { previewWorkbookFromQuery } from "../../preview/workbookChoices";

export type HostKind = "excel" | "preview";

export type LoadedHost =
  | {
      readonly kind: "excel";
      readonly host: WorkbookHost;
      /** What this Excel lacks of the requirement sets, checked once as Excel mode starts. */
      readonly requirements: RequirementReport;
    }
  | { readonly kind: "preview"; readonly host: PreviewHost };

export async function loadHost(kind: HostKind, search = ""): Promise<LoadedHost> {
  if (kind === "excel") {
    const [{ createExcelHost }, { checkRequirements, officeRequirements }] = await Promise.all([
      import("../../excel/excelHost"),
      import("../../excel/requirements"),
    ]);
    return {
      kind: "excel",
      host: createExcelHost(),
      requirements: checkRequirements(officeRequirements()),
    };
  }
  const [{ createPreviewHost }, { previewWorkbook }] = await Promise.all([
    import("../../preview/previewHost"),
    import("../../preview/sampleWorkbooks"),
  ]);
  const host = createPreviewHost({
    workbook: previewWorkbookFromQuery(search),
    open: previewWorkbook,
  });
  return { kind: "preview", host };
}
