/**
 * The thresholds that decide the aggregate findings, their defaults and why, and how they are
 * read: options given by the caller win, then the Settings sheet, then the defaults.
 *
 * Materiality (both must be met for COST_WTE_DIRECTION and UNIT_COST_SHIFT):
 * - 10 WTE: about 0.25% of a large trust's staff group (UHL nursing ~4,000 WTE) and well above
 *   the ±1 WTE rounding of published tables, yet small enough to catch a ward's worth of staff.
 * - £50k a month (50 in £000): about what 10-15 WTE of nursing or clinical support cost a month
 *   (£3k-£4.5k per WTE), so the two thresholds describe the same size of problem, and more than
 *   the ±£0.1m/12 rounding noise of a pack printed in £m. The seed's Nursing, Midwifery (+86 WTE,
 *   -£3.0m) is far above both; its Other row (-36 WTE, +£20k) is not material on cost.
 * - 15% on pay per WTE: pay awards, incremental drift and skill mix move a group's pay per WTE
 *   by a few per cent in a year; a sixth is what a coding difference between the returns does.
 *
 * Recoding: a move of d WTE between two groups counts when both legs agree (within 25% of the
 * larger, or within the groups' noise), d is at least 10 WTE and six times its own month-to-month
 * noise (estimated from the other months; see recoding.ts), and the organisation's total moves
 * by less than half of d, or less than its own noise, beyond its usual monthly change. The PFR
 * "follows" when at least half the pay those staff cost moved the same way in the same month.
 *
 * The Settings sheet holds the three an analyst may want to change. They are read here, with the
 * Settings sheet's own convention (name in one cell, value in the next), because the template's
 * schema (template/settingsDefinition.ts) does not list them yet; when it does, its parsed values
 * are used.
 */
import type { CellValue } from "../../workbook/snapshot";
import { labelKey } from "../labels";
import { parseNumber } from "../numbers";
import type { ParsedTemplate } from "../template/model";
import { isBlank } from "../template/cells";

export interface ReconcileThresholds {
  /** WTE a variance or move must reach to be material. */
  readonly materialWte: number;
  /** £000 a month a pay variance must reach to be material. */
  readonly materialThousands: number;
  /** Relative difference of actual from planned pay per WTE (0.15 = 15%). */
  readonly unitCostShift: number;
  /** How far the two legs of a recoding may differ, as a share of the larger (0.25 = 25%). */
  readonly recodingMatch: number;
  /** A recoding must be this many times the usual month-to-month wobble of its size (see recoding.ts). */
  readonly recodingNoise: number;
  /** The organisation's unusual total move may be at most this share of the recoded WTE. */
  readonly recodingTotalMove: number;
  /** Share of the expected pay that must move on the PFR for it to count as following. */
  readonly pfrFollows: number;
}

export type ThresholdKey = keyof ReconcileThresholds;

export const DEFAULT_THRESHOLDS: ReconcileThresholds = Object.freeze({
  materialWte: 10,
  materialThousands: 50,
  unitCostShift: 0.15,
  recodingMatch: 0.25,
  recodingNoise: 6,
  recodingTotalMove: 0.5,
  pfrFollows: 0.5,
});

export interface ThresholdSetting {
  readonly key: ThresholdKey;
  /** The name written on the Settings sheet. */
  readonly label: string;
  readonly aliases: readonly string[];
  readonly kind: "number" | "percent";
  readonly description: string;
}

/** The thresholds the Settings sheet may change. */
export const THRESHOLD_SETTINGS: readonly ThresholdSetting[] = [
  {
    key: "materialWte",
    label: "Coding material WTE",
    aliases: ["Coding threshold WTE", "Mismatch material WTE", "Material WTE"],
    kind: "number",
    description: "Coding checks: WTE variances and moves smaller than this are not reported.",
  },
  {
    key: "materialThousands",
    label: "Coding material £000",
    aliases: [
      "Coding threshold £000",
      "Mismatch material £000",
      "Material £000",
      "Coding material £k",
    ],
    kind: "number",
    description:
      "Coding checks: monthly pay variances smaller than this (in £000) are not reported.",
  },
  {
    key: "unitCostShift",
    label: "Unit cost shift %",
    aliases: ["Cost per WTE shift %", "Pay per WTE shift %", "Unit cost shift"],
    kind: "percent",
    description:
      "Coding checks: actual pay per WTE further than this from planned pay per WTE is reported.",
  },
];

export type ThresholdSource = "default" | "settings" | "option";

export interface ResolvedThresholds {
  readonly values: ReconcileThresholds;
  readonly sources: Readonly<Record<ThresholdKey, ThresholdSource>>;
  /** Settings values that could not be read (their defaults are used), in words. */
  readonly problems: readonly string[];
}

const SETTING_BY_LABEL: ReadonlyMap<string, ThresholdSetting> = new Map(
  THRESHOLD_SETTINGS.flatMap((s) =>
    [s.label, ...s.aliases].map((name): [string, ThresholdSetting] => [labelKey(name), s])
  )
);

function readValue(setting: ThresholdSetting, raw: CellValue): number | string {
  const n = parseNumber(raw);
  if (n.kind !== "number" || n.value < 0) {
    return setting.kind === "percent"
      ? "is not a percentage: enter e.g. 15%"
      : "is not a non-negative number";
  }
  // "15" and "15%" both mean fifteen per cent.
  return setting.kind === "percent" && n.value > 1 ? n.value / 100 : n.value;
}

/** Thresholds from the Settings sheet (key/value rows), where given and readable. */
function fromSettingsSheet(
  parsed: ParsedTemplate,
  problems: string[]
): Partial<Record<ThresholdKey, number>> {
  const out: Partial<Record<ThresholdKey, number>> = {};
  const fromSchema = parsed.settings.values as unknown as Readonly<Record<string, unknown>>;
  for (const s of THRESHOLD_SETTINGS) {
    const v = fromSchema[s.key];
    if (
      typeof v === "number" &&
      (parsed.settings.cells as Readonly<Record<string, unknown>>)[s.key]
    )
      out[s.key] = v;
  }
  const sheetName = parsed.settings.sheet;
  const sheet =
    sheetName === null ? undefined : parsed.snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) return out;
  const seen = new Set<ThresholdKey>();
  sheet.values.forEach((cells, i) => {
    let j = 0;
    while (j < cells.length && isBlank(cells[j])) j++;
    const name = cells[j];
    if (typeof name !== "string") return;
    const setting = SETTING_BY_LABEL.get(labelKey(name));
    if (!setting || seen.has(setting.key)) return;
    seen.add(setting.key);
    const raw = cells[j + 1];
    if (raw === undefined || isBlank(raw) || out[setting.key] !== undefined) return;
    const value = readValue(setting, raw);
    if (typeof value === "number") {
      out[setting.key] = value;
    } else {
      const row = sheet.origin.row + i + 1;
      problems.push(`${sheet.name} › ${setting.label} (row ${row}) ${value}; the default is used.`);
    }
  });
  return out;
}

/** Options win over Settings, Settings over the defaults. Unusable option values are ignored. */
export function resolveThresholds(
  parsed: ParsedTemplate,
  options?: Partial<ReconcileThresholds>
): ResolvedThresholds {
  const problems: string[] = [];
  const settings = fromSettingsSheet(parsed, problems);
  const values: Record<string, number> = { ...DEFAULT_THRESHOLDS };
  const sources: Record<string, ThresholdSource> = {};
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[]) {
    const option = options?.[key];
    if (typeof option === "number" && Number.isFinite(option) && option >= 0) {
      values[key] = option;
      sources[key] = "option";
    } else if (settings[key] !== undefined) {
      values[key] = settings[key];
      sources[key] = "settings";
    } else {
      sources[key] = "default";
    }
  }
  return {
    values: values as unknown as ReconcileThresholds,
    sources: sources as Record<ThresholdKey, ThresholdSource>,
    problems,
  };
}
