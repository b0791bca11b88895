/** The test workbook builder: template-shaped snapshots and the edits that plant problems. */
export * from "./months";
export * from "./mutableWorkbook";
export * from "./rows";
export * from "./staff";
export * from "./templateWorkbook";
