/** Scores of the review year: self and reviewer scores, totals, classification and rank. */
import type { Campaign, ScoringDef } from "../campaign/model";
import { compareNumbers, firstNonZero } from "./compare";
import type { CheckResult } from "../validation/validate";
import { SCORE_ERROR_NOTE, SLOT_NOTES } from "./labels";
import type { ClassificationCount, ScoreRow } from "./model";
import { slotOf, type Placement } from "./placement";

function scoreOf(value: number | string | null | undefined, status: string | undefined): number | null {
  return status === "ok" && typeof value === "number" ? value : null;
}

/** An error at a score cell (a criterion, a reviewer's score or a total): such scores neither rank nor classify. */
function hasScoreError(result: CheckResult | undefined, campaign: Campaign): boolean {
  if (!result) return false;
  const scoreFields = new Set(campaign.fields.filter((f) => f.type === "score").map((f) => f.id));
  return result.findings.some(
    (f) => f.severity === "error" && f.field !== undefined && scoreFields.has(f.field),
  );
}

function scoreRow(placement: Placement, campaign: Campaign, unitIndex: number, year: number): ScoreRow {
  const unit = placement.units[unitIndex];
  const slot = slotOf(placement, unit, year);
  const self: Record<string, number | null> = {};
  const review: Record<string, number | null> = {};
  const result = slot.included ? slot.kept?.result : undefined;
  for (const c of campaign.scoring.criteria) {
    const s = result?.submission.fields[c.id];
    const r = result?.submission.fields[`${c.id}_review`];
    self[c.id] = scoreOf(s?.value, s?.status);
    review[c.id] = scoreOf(r?.value, r?.status);
  }
  const scores = result?.scores;
  const scoreErrors = hasScoreError(result, campaign);
  return {
    unit,
    year,
    state: slot.state,
    included: slot.included,
    self,
    review,
    selfTotal: scores?.selfTotal ?? null,
    reviewTotal: scores?.reviewTotal ?? null,
    total: scores?.total ?? null,
    classification: scoreErrors ? null : (scores?.classification ?? null),
    rank: null,
    scoreErrors,
    note: scoreErrors
      ? SCORE_ERROR_NOTE
      : unit.expected || slot.state !== "missing"
        ? SLOT_NOTES[slot.state]
        : "",
  };
}

/** The score a tie-break criterion counts with: the reviewer's where given, else the unit's own. */
function effective(row: ScoreRow, criterion: string): number {
  return row.review[criterion] ?? row.self[criterion] ?? -Infinity;
}

function compareRank(a: ScoreRow, b: ScoreRow, scoring: ScoringDef): number {
  return firstNonZero(
    () => compareNumbers(b.total ?? -Infinity, a.total ?? -Infinity),
    ...scoring.tieBreak.map((c) => () => compareNumbers(effective(b, c), effective(a, c))),
  );
}

/** Competition ranking: units equal on total and every tie-break share a rank, the next rank skips (1, 2, 2, 4). */
function assignRanks(rows: ScoreRow[], scoring: ScoringDef): ScoreRow[] {
  const ranked = rows
    .filter((r) => r.included && r.total !== null && !r.scoreErrors)
    .sort((a, b) => compareRank(a, b, scoring));
  const ranks = new Map<ScoreRow, number>();
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1];
    const rank =
      previous && compareRank(previous, row, scoring) === 0 ? (ranks.get(previous) as number) : i + 1;
    ranks.set(row, rank);
  });
  return rows.map((row) => ({ ...row, rank: ranks.get(row) ?? null }));
}

export function scoreRows(placement: Placement, campaign: Campaign, reviewYear: number): ScoreRow[] {
  const rows = placement.units.map((_, i) => scoreRow(placement, campaign, i, reviewYear));
  return assignRanks(rows, campaign.scoring);
}

/** Included units per band, highest band first. */
export function classificationCounts(rows: ScoreRow[], scoring: ScoringDef): ClassificationCount[] {
  const bands = [...scoring.bands].sort((a, b) => b.min - a.min);
  return bands.map((band) => ({
    label: band.label,
    count: rows.filter((r) => r.included && r.classification === band.label).length,
  }));
}
