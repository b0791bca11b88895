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
 * The Settings sheet may change the three an analyst is likely to want to (template/
 * settingsDefinition.ts defines them with the other settings, so the reader, the validator's
 * BAD_SETTING check, the docs and the blank template all know them).
 */
import { a1 } from "../../workbook/a1";
import type { ParsedTemplate } from "../template/model";
import { SETTING_DEFS, type SettingKey } from "../template/settingsDefinition";

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

/** The thresholds the Settings sheet may change, with the name written there. */
export const THRESHOLD_SETTINGS: readonly {
  readonly key: SettingKey & ThresholdKey;
  readonly label: string;
}[] = SETTING_DEFS.filter((d) => d.key in DEFAULT_THRESHOLDS).map((d) => ({
  key: d.key as SettingKey & ThresholdKey,
  label: d.meta.label,
}));

export type ThresholdSource = "default" | "settings" | "option";

export interface ResolvedThresholds {
  readonly values: ReconcileThresholds;
  readonly sources: Readonly<Record<ThresholdKey, ThresholdSource>>;
  /** Settings values that could not be read (their defaults are used), in words. */
  readonly problems: readonly string[];
}

/** Thresholds set on the Settings sheet; unreadable ones become notes and keep their defaults. */
function fromSettingsSheet(
  parsed: ParsedTemplate,
  problems: string[]
): Partial<Record<ThresholdKey, number>> {
  const out: Partial<Record<ThresholdKey, number>> = {};
  for (const { key } of THRESHOLD_SETTINGS) {
    if (parsed.settings.cells[key]) out[key] = parsed.settings.values[key];
  }
  const labels = new Set(THRESHOLD_SETTINGS.map((s) => s.label));
  for (const p of parsed.problems) {
    if (p.kind === "badSetting" && labels.has(p.setting)) {
      problems.push(
        `${p.sheet} › ${p.setting} (${a1(p.row, p.col)}) ${p.detail}; the default is used.`
      );
    }
  }
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
