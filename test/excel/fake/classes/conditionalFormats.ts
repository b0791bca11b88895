/** Conditional formats: the collections of ranges and range areas, and the custom rule's parts. */
import { officeError } from "../errors";
import { NULL, type ClassDef } from "../classDef";
import type { ConditionalFormatModel, SheetModel } from "../model";
import { refuseIfProtected, ro, rw } from "./helpers";

interface FormatsTarget {
  readonly sheet: SheetModel;
  /** The range's address; null for the whole sheet. */
  readonly address: string | null;
}

function sheetOf(
  cf: ConditionalFormatModel,
  sheets: readonly SheetModel[]
): SheetModel | undefined {
  return sheets.find((s) => s.conditionalFormats.includes(cf));
}

export const conditionalFormatClasses: Record<string, ClassDef> = {
  RangeAreas: {
    name: "RangeAreas",
    nav: {
      conditionalFormats: {
        api: "1.9",
        cls: "ConditionalFormatCollection",
        get: (t: { sheet: SheetModel; address: string }) => ({
          sheet: t.sheet,
          address: t.address,
        }),
      },
    },
  },
  ConditionalFormatCollection: {
    name: "ConditionalFormatCollection",
    collection: {
      itemClass: "ConditionalFormat",
      items: (t: FormatsTarget) =>
        t.sheet.conditionalFormats.filter((cf) => t.address === null || cf.address === t.address),
    },
    methods: {
      add: {
        api: "1.6",
        returns: "ConditionalFormat",
        run: (t: FormatsTarget, [type]) => {
          refuseIfProtected(t.sheet, "adding a conditional format");
          const cf: ConditionalFormatModel = {
            type: String(type),
            address: t.address ?? "whole sheet",
            formula: null,
            fill: null,
          };
          t.sheet.conditionalFormats.push(cf);
          return cf;
        },
      },
    },
  },
  ConditionalFormat: {
    name: "ConditionalFormat",
    alive: (cf: ConditionalFormatModel, rt) => sheetOf(cf, rt.model.sheets) !== undefined,
    props: { type: ro("1.6", (cf: ConditionalFormatModel) => cf.type) },
    nav: {
      custom: {
        api: "1.6",
        cls: "CustomConditionalFormat",
        get: (cf: ConditionalFormatModel) => {
          if (cf.type !== "Custom")
            throw officeError(
              "InvalidOperation",
              `A ${cf.type} conditional format has no custom rule.`
            );
          return cf;
        },
      },
      customOrNullObject: {
        api: "1.6",
        cls: "CustomConditionalFormat",
        orNull: true,
        get: (cf: ConditionalFormatModel) => (cf.type === "Custom" ? cf : NULL),
      },
    },
    methods: {
      delete: {
        api: "1.6",
        run: (cf: ConditionalFormatModel, _a, rt) => {
          const sheet = sheetOf(cf, rt.model.sheets)!;
          refuseIfProtected(sheet, "deleting a conditional format");
          sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
        },
      },
    },
  },
  CustomConditionalFormat: {
    name: "CustomConditionalFormat",
    nav: {
      rule: { api: "1.6", cls: "ConditionalFormatRule", get: (cf: ConditionalFormatModel) => cf },
      format: {
        api: "1.6",
        cls: "ConditionalRangeFormat",
        get: (cf: ConditionalFormatModel) => cf,
      },
    },
  },
  ConditionalFormatRule: {
    name: "ConditionalFormatRule",
    props: {
      formula: rw(
        "1.6",
        (cf: ConditionalFormatModel) => cf.formula,
        (cf: ConditionalFormatModel, v) => (cf.formula = String(v))
      ),
    },
  },
  ConditionalRangeFormat: {
    name: "ConditionalRangeFormat",
    nav: {
      fill: { api: "1.6", cls: "ConditionalRangeFill", get: (cf: ConditionalFormatModel) => cf },
    },
  },
  ConditionalRangeFill: {
    name: "ConditionalRangeFill",
    props: {
      color: rw(
        "1.6",
        (cf: ConditionalFormatModel) => cf.fill,
        (cf: ConditionalFormatModel, v) => (cf.fill = String(v))
      ),
    },
  },
};
