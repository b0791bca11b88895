/**
 * The Settings sheet's keys, defined once with zod: each key's schema turns the raw cell value
 * into a typed setting (or an issue saying why not) and carries its default, so the reader, the
 * docs and the blank template agree. Later features add their thresholds here.
 */
import "./zodConfig";
import { z } from "zod";
import { parseFyLabel, parsePeriod } from "../periods";
import { parseNumber } from "../numbers";
import { labelKey } from "../labels";

export interface SettingMeta {
  /** The key as the blank template writes it. */
  readonly label: string;
  readonly aliases: readonly string[];
  readonly description: string;
  /** The default in words, for the docs ("the last month with actuals"). */
  readonly defaultText: string;
  /** Allowed values in words. */
  readonly valuesText: string;
  /** Offered as a drop-down in the blank template. */
  readonly choices?: readonly string[];
  /** The value may be a date: a serial number in the workbook's date system, read as 1900. */
  readonly dated?: boolean;
}

export const settingMeta = z.registry<SettingMeta>();

function setting<S extends z.ZodType>(schema: S, meta: SettingMeta): S {
  settingMeta.add(schema as z.ZodType, meta);
  return schema;
}

export const FINANCE_UNITS = ["£000", "£m", "£"] as const;
export type FinanceUnit = (typeof FINANCE_UNITS)[number];

/** How many £000 one unit of each finance unit is. */
export const THOUSANDS_PER_UNIT: Readonly<Record<FinanceUnit, number>> = {
  "£000": 1,
  "£m": 1000,
  "£": 0.001,
};

const FINANCE_UNIT_WORDS: ReadonlyMap<string, FinanceUnit> = new Map<string, FinanceUnit>([
  ...(
    ["£000", "£'000", "£k", "000", "000s", "£000s", "thousands", "£ thousands", "k"] as const
  ).map((w): [string, FinanceUnit] => [labelKey(w), "£000"]),
  ...(["£m", "£mn", "£ million", "millions", "m", "£millions"] as const).map(
    (w): [string, FinanceUnit] => [labelKey(w), "£m"]
  ),
  ...(["£", "pounds", "gbp", "£s"] as const).map((w): [string, FinanceUnit] => [labelKey(w), "£"]),
]);

type Ctx = z.core.$RefinementCtx<unknown>;

function fail(ctx: Ctx, input: unknown, message: string): never {
  ctx.issues.push({ code: "custom", message, input });
  return z.NEVER as never;
}

const financialYear = z.unknown().transform((value, ctx): number | null => {
  const year = parseFyLabel(typeof value === "string" ? value : String(value));
  return year ?? fail(ctx, value, "is not a financial year: write it as 2023/24");
});

const reportingMonth = z.unknown().transform((value, ctx): number | null => {
  // A bare 1-12 here can only mean the FY month number.
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 12)
    return value;
  const period = parsePeriod(value);
  return period.ok
    ? period.value.month
    : fail(ctx, value, `is not a month (${period.error.reason})`);
});

const financeUnit = z.unknown().transform((value, ctx): FinanceUnit => {
  // Typing £000 into a UK Excel stores the number 0 formatted as currency.
  if (value === 0) return "£000";
  const unit = FINANCE_UNIT_WORDS.get(labelKey(value));
  return unit ?? fail(ctx, value, "is not a finance unit: use £000, £m or £");
});

const organisations = z.unknown().transform((value, ctx): string[] => {
  if (typeof value !== "string")
    return fail(ctx, value, "should be a comma-separated list such as UHL, LPT");
  return value
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
});

const nonNegative = (what: string) =>
  z.unknown().transform((value, ctx): number => {
    const n = parseNumber(value);
    if (n.kind !== "number") return fail(ctx, value, `is not a number: enter ${what}`);
    if (n.value < 0) return fail(ctx, value, `is negative: enter ${what}`);
    return n.value;
  });

/** "10%" (0.1) or 10 both mean ten per cent. */
const percent = z.unknown().transform((value, ctx): number => {
  const n = parseNumber(value);
  if (n.kind !== "number" || n.value < 0)
    return fail(ctx, value, "is not a percentage: enter e.g. 10%");
  return n.value > 1 ? n.value / 100 : n.value;
});

export const SETTINGS_SCHEMA = z.object({
  financialYear: setting(financialYear.default(null), {
    label: "Financial year",
    aliases: ["FY", "Year", "Financial year (FY)"],
    description: "The financial year of the returns. Month headers with a year must fall in it.",
    defaultText: "the year of the month headers",
    valuesText: "2023/24, 23/24, FY 2023/24",
  }),
  reportingMonth: setting(reportingMonth.default(null), {
    label: "Reporting month",
    aliases: ["Month", "Reporting period", "Report month"],
    description: "The month being reported: actuals are expected up to it and not after it.",
    defaultText: "the last month with actuals",
    valuesText: "M7, Month 7, Oct 23",
    dated: true,
  }),
  financeUnit: setting(financeUnit.default("£000"), {
    label: "Finance unit",
    aliases: ["Unit", "Units", "Finance units", "PFR unit"],
    description: "The unit of the PFR and the Agency sheet's spend.",
    defaultText: "£000",
    valuesText: "£000, £m, £",
    choices: FINANCE_UNITS,
  }),
  organisations: setting(organisations.default([]), {
    label: "Organisations",
    aliases: ["Organisation", "Organizations", "Providers", "Trusts"],
    description: "When filled in, every sheet's organisations must be one of these.",
    defaultText: "any organisation",
    valuesText: "comma-separated list, e.g. UHL, LPT",
  }),
  toleranceWte: setting(nonNegative("a WTE tolerance such as 0.5").default(0.5), {
    label: "Tolerance WTE",
    aliases: ["WTE tolerance"],
    description: "How far a WTE Total row may differ from the sum of its staff groups (rounding).",
    defaultText: "0.5",
    valuesText: "a number of WTE",
  }),
  toleranceThousands: setting(nonNegative("a tolerance in £000 such as 1").default(1), {
    label: "Tolerance £000",
    aliases: ["Tolerance £k", "£000 tolerance", "Tolerance 000", "Cost tolerance"],
    description: "How far a PFR Total row may differ from the sum of its staff groups, in £000.",
    defaultText: "1",
    valuesText: "a number of £000",
  }),
  outlierChange: setting(percent.default(0.1), {
    label: "Outlier change %",
    aliases: ["Outlier change", "Outlier threshold", "Month on month change %"],
    description: "A month-on-month move in one group's actual larger than this is flagged.",
    defaultText: "10%",
    valuesText: "a percentage",
  }),
  outlierFloorWte: setting(nonNegative("a number of WTE such as 5").default(5), {
    label: "Outlier floor WTE",
    aliases: ["Outlier minimum WTE"],
    description:
      "Moves smaller than this many WTE are never flagged as outliers (small groups swing).",
    defaultText: "5",
    valuesText: "a number of WTE",
  }),
  outlierFloorThousands: setting(nonNegative("an amount in £000 such as 50").default(50), {
    label: "Outlier floor £000",
    aliases: ["Outlier minimum £000", "Outlier floor £k"],
    description: "Cost moves smaller than this (in £000) are never flagged as outliers.",
    defaultText: "50",
    valuesText: "a number of £000",
  }),
  // Coding checks (src/domain/reconcile/thresholds.ts says why these defaults).
  materialWte: setting(nonNegative("a number of WTE such as 10").default(10), {
    label: "Coding material WTE",
    aliases: ["Coding threshold WTE", "Mismatch material WTE", "Material WTE"],
    description: "Coding checks: WTE variances and moves smaller than this are not reported.",
    defaultText: "10",
    valuesText: "a number of WTE",
  }),
  materialThousands: setting(nonNegative("an amount in £000 such as 50").default(50), {
    label: "Coding material £000",
    aliases: [
      "Coding threshold £000",
      "Mismatch material £000",
      "Material £000",
      "Coding material £k",
    ],
    description:
      "Coding checks: monthly pay variances smaller than this (in £000) are not reported.",
    defaultText: "50",
    valuesText: "a number of £000",
  }),
  unitCostShift: setting(percent.default(0.15), {
    label: "Unit cost shift %",
    aliases: ["Cost per WTE shift %", "Pay per WTE shift %", "Unit cost shift"],
    description:
      "Coding checks: actual pay per WTE further than this from planned pay per WTE is reported.",
    defaultText: "15%",
    valuesText: "a percentage",
  }),
});

export type TemplateSettings = z.output<typeof SETTINGS_SCHEMA>;
export type SettingKey = keyof TemplateSettings;

export interface SettingDef {
  readonly key: SettingKey;
  readonly schema: z.ZodType;
  readonly meta: SettingMeta;
}

export const SETTING_DEFS: readonly SettingDef[] = Object.entries(SETTINGS_SCHEMA.shape).map(
  ([key, schema]) => {
    const meta = settingMeta.get(schema);
    if (!meta) throw new Error(`Setting ${key} has no metadata`);
    return { key: key as SettingKey, schema, meta };
  }
);

/** Every setting at its default. */
export function defaultSettings(): TemplateSettings {
  return SETTINGS_SCHEMA.parse({});
}
