import type { BandDef, ScoringDef } from "./model";

export interface ScoreValues {
  /** Self scores by criterion id; undefined when not known. */
  self: Record<string, number | undefined>;
  /** Reviewer scores by criterion id; undefined when not given. */
  review: Record<string, number | undefined>;
}

export interface ScoreSummary {
  selfTotal?: number;
  /** Present when at least one reviewer score is given: reviewer scores where given, self scores elsewhere. */
  reviewTotal?: number;
  /** The total that classifies: reviewer's where present, else self. */
  total?: number;
  classification?: string;
}

/** Totals and classification; undefined where a needed score is unknown. */
export function summariseScores(scoring: ScoringDef, values: ScoreValues): ScoreSummary {
  const ids = scoring.criteria.map((c) => c.id);
  const selfKnown = ids.every((id) => values.self[id] !== undefined);
  const selfTotal = selfKnown
    ? roundScore(ids.reduce((sum, id) => sum + (values.self[id] ?? 0), 0))
    : undefined;
  const anyReview = ids.some((id) => values.review[id] !== undefined);
  let reviewTotal: number | undefined;
  if (anyReview) {
    const parts = ids.map((id) => values.review[id] ?? values.self[id]);
    reviewTotal = parts.every((p) => p !== undefined)
      ? roundScore(parts.reduce<number>((s, p) => s + (p ?? 0), 0))
      : undefined;
  }
  const total = anyReview ? reviewTotal : selfTotal;
  return {
    selfTotal,
    reviewTotal,
    total,
    classification: total === undefined ? undefined : classify(total, scoring.bands)?.label,
  };
}

export function classify(total: number, bands: BandDef[]): BandDef | undefined {
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  return ordered.find((band) => total >= band.min);
}

/** Scores move in half points; sums are rounded to cancel floating-point dust. */
function roundScore(n: number): number {
  return Math.round(n * 1000) / 1000;
}
