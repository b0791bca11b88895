/** The Month-N pack: tables with live formulas, charts, and its write plan. */
export * from "./model";
export { packToJson } from "./json";
export { buildPack, buildPackFromTemplate, PACK_SHEET_PREFIX } from "./build";
export { packPlan, packSheetPlan, PACK_OWNER_MARKER, type PackChartPlan } from "./plan";
export type { ChartSeriesPlan } from "../../workbook/plan";
