/** The .xlsx file adapter of the workbook port (Node only): read a snapshot, write a plan. */
export { readSnapshotFromFile, type ReadFailure } from "./readSnapshot";
export {
  writePlanToFile,
  recordChartsAsData,
  type WriteFailure,
  type WritePlanOptions,
  type ChartWriter,
} from "./writePlan";
export { isOwnedSheet } from "./ownership";
export { addFilePrefixes, stripFilePrefixes } from "./formulaPrefixes";
export { sniffWorkbookBytes } from "./sniff";
