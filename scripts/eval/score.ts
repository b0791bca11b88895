/**
 * Scores the reconciler against the evaluation corpus: per code, findings that match a plant
 * (true positives), findings that match none (false positives) and plants no finding matches
 * (false negatives), hence precision and recall. Aggregate findings of another code on a plant's
 * groups from its month on are side effects (see corpus.ts): counted apart, in neither.
 */
import { FINDING_CODES, type FindingCode } from "../../src/domain/reconcile/codes";
import type { Finding } from "../../src/domain/reconcile/finding";
import { reconcile, type ReconcileOptions } from "../../src/domain/reconcile/reconcile";
import { organisationKey } from "../../src/domain/template/parse";
import type { EvalWorkbook, PlantedFinding } from "./corpus";

export interface CodeScore {
  readonly code: FindingCode;
  readonly planted: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly sideEffects: number;
  /** 1 when nothing was reported (no false positive possible). */
  readonly precision: number;
  /** 1 when nothing was planted. */
  readonly recall: number;
}

export interface EvalReport {
  readonly workbooks: number;
  readonly scores: readonly CodeScore[];
  /** RECODING_SHIFT found: how often "did the PFR follow" was right. */
  readonly pfrFollows: { readonly right: number; readonly of: number };
  /** A few misses and false alarms, for reading. */
  readonly examples: readonly string[];
}

function key(
  code: FindingCode,
  organisation: string,
  staffType: string | null,
  groups: readonly (string | null)[],
  month?: number,
  row?: number
): string {
  if (row !== undefined) return `${code}|row ${row}`;
  const g = code === "RECODING_SHIFT" ? `${groups[0]}>${groups[1]}` : `${groups[0]}`;
  return `${code}|${organisationKey(organisation)}|${staffType}|${g}|${month}`;
}

const plantKey = (p: PlantedFinding) =>
  key(p.code, p.organisation, p.staffType, p.groups, p.month, p.row);
const findingKey = (f: Finding) =>
  key(f.code, f.organisation, f.staffType, f.groups, f.month ?? undefined, f.row);

function isSideEffect(f: Finding, wb: EvalWorkbook): boolean {
  if (f.row !== undefined || f.month === null) return false;
  return wb.footprints.some(
    (fp) =>
      organisationKey(fp.organisation) === organisationKey(f.organisation) &&
      fp.staffType === f.staffType &&
      f.month !== null &&
      f.month >= fp.fromMonth &&
      f.groups.some((g) => g !== null && fp.groups.includes(g))
  );
}

export function score(corpus: readonly EvalWorkbook[], options?: ReconcileOptions): EvalReport {
  const counts = new Map<
    FindingCode,
    { planted: number; tp: number; fp: number; fn: number; side: number }
  >();
  for (const spec of FINDING_CODES)
    counts.set(spec.code, { planted: 0, tp: 0, fp: 0, fn: 0, side: 0 });
  const pfr = { right: 0, of: 0 };
  const examples: string[] = [];
  for (const wb of corpus) {
    const result = reconcile(wb.snapshot, options);
    const plants = new Map<string, PlantedFinding>();
    for (const p of wb.planted) {
      plants.set(plantKey(p), p);
      counts.get(p.code)!.planted++;
    }
    const matched = new Set<string>();
    for (const f of result.findings) {
      const c = counts.get(f.code)!;
      const k = findingKey(f);
      const plant = plants.get(k);
      if (plant && !matched.has(k)) {
        matched.add(k);
        c.tp++;
        if (f.code === "RECODING_SHIFT" && plant.pfrFollows !== undefined) {
          pfr.of++;
          if (f.pfrFollows === plant.pfrFollows) pfr.right++;
        }
      } else if (isSideEffect(f, wb)) {
        c.side++;
      } else {
        c.fp++;
        if (examples.length < 40)
          examples.push(`false alarm  ${wb.name} ${f.code} ${f.cells[0] ?? ""}: ${f.message}`);
      }
    }
    for (const [k, p] of plants) {
      if (matched.has(k)) continue;
      counts.get(p.code)!.fn++;
      if (examples.length < 40) examples.push(`missed       ${wb.name} ${k}`);
    }
  }
  const scores: CodeScore[] = [...counts.entries()].map(([code, c]) => ({
    code,
    planted: c.planted,
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
    sideEffects: c.side,
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.planted === 0 ? 1 : c.tp / (c.tp + c.fn),
  }));
  return { workbooks: corpus.length, scores, pfrFollows: pfr, examples };
}

export function formatReport(report: EvalReport): string {
  const pct = (x: number) => x.toFixed(3);
  const head = ["Code", "Planted", "TP", "FP", "FN", "Side", "Precision", "Recall"];
  const rows = report.scores.map((s) => [
    s.code,
    String(s.planted),
    String(s.truePositives),
    String(s.falsePositives),
    String(s.falseNegatives),
    String(s.sideEffects),
    pct(s.precision),
    pct(s.recall),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  const out = [
    line(head),
    `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...rows.map(line),
  ];
  const { right, of } = report.pfrFollows;
  out.push(
    "",
    "Side: findings of another aggregate code on a planted group from its month on (side effects, not scored).",
    `RECODING_SHIFT "PFR follows" right in ${right} of ${of} found${of > 0 ? ` (${pct(right / of)})` : ""}.`
  );
  return out.join("\n");
}
