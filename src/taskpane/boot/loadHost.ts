/**
 * Creates the chosen host. Both adapters are loaded on demand: Excel never downloads the
 * preview's sample workbook, and the preview never downloads the Office.js adapter.
 */
import type { WorkbookHost } from "../../workbook/host";
import type { PreviewHost } from "../../preview/previewHost";
import { previewWorkbookFromQuery } from "../../preview/workbookChoices";
import { chooseHost, officeGlobal, type HostChoice, type OfficeLike } from "./chooseHost";

export type LoadedHost =
  | { readonly kind: "excel"; readonly host: WorkbookHost }
  | {
      readonly kind: "preview";
      readonly host: PreviewHost;
      readonly choice: Extract<HostChoice, { kind: "preview" }>;
    };

export async function loadHost(choice: HostChoice, search = ""): Promise<LoadedHost> {
  if (choice.kind === "excel") {
    const { createExcelHost } = await import("../../excel/excelHost");
    return { kind: "excel", host: createExcelHost() };
  }
  const [{ createPreviewHost }, { previewWorkbook }] = await Promise.all([
    import("../../preview/previewHost"),
    import("../../preview/sampleWorkbooks"),
  ]);
  const host = createPreviewHost({
    workbook: previewWorkbookFromQuery(search),
    open: previewWorkbook,
  });
  return { kind: "preview", host, choice };
}

/** The whole start-up: decide, then create. */
export async function startHost(
  office: OfficeLike | undefined = officeGlobal(),
  search = ""
): Promise<LoadedHost> {
  return loadHost(await chooseHost(office), search);
}
