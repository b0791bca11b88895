/** Every Excel class the fake knows, by name. */
import type { ClassDef } from "../classDef";
import { chartClasses } from "./charts";
import { conditionalFormatClasses } from "./conditionalFormats";
import { rangeClasses } from "./range";
import { workbookClasses } from "./workbook";
import { worksheetClasses } from "./worksheet";

export const CLASSES: Record<string, ClassDef> = {
  ...workbookClasses,
  ...worksheetClasses,
  ...rangeClasses,
  ...conditionalFormatClasses,
  ...chartClasses,
};
