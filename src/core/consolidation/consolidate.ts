/**
 * Consolidates the units' checked files into plain data: figures with their sources, scores and ranks,
 * proposals, initiatives, the submission status and every finding. Pure and deterministic: the order of
 * the inputs does not change the result.
 */
import type { Campaign } from "../campaign/model";
import { sortedEntries, strayStatus } from "./entries";
import { findingRows } from "./findings";
import { indicatorDefs, totalsOf, unitResults, yearTotalsOf } from "./indicators";
import { initiativeRows } from "./initiatives";
import { listItems } from "./listing";
import type {
  Consolidation,
  ConsolidationCounts,
  ConsolidationInput,
  ConsolidationOptions,
  MissingUnit,
  UnitResult,
} from "./model";
import { resolveOptions } from "./options";
import { placeEntries, type Placement } from "./placement";
import { proposalRows } from "./proposals";
import { classificationCounts, scoreRows } from "./scores";
import { sourceRows } from "./sources";
import { statusRow } from "./status";

function missingUnits(units: UnitResult[]): MissingUnit[] {
  return units.flatMap(({ unit, years }) => {
    const missing = years.filter((y) => y.state === "missing").map((y) => y.year);
    return unit.expected && missing.length > 0 ? [{ code: unit.code, name: unit.name, years: missing }] : [];
  });
}

function countsOf(placement: Placement, units: UnitResult[], files: number): ConsolidationCounts {
  const slots = units.flatMap((u) => u.years.map((y) => ({ unit: u.unit, ...y })));
  const count = (test: (s: (typeof slots)[number]) => boolean): number => slots.filter(test).length;
  const unknownUnit = placement.strays.filter((e) => strayStatus(e) === "unknown-unit").length;
  return {
    expected: count((s) => s.unit.expected),
    received: count((s) => s.state !== "missing"),
    valid: count((s) => s.state === "valid"),
    withErrors: count((s) => s.state === "with-errors" || s.state === "excluded"),
    excluded: count((s) => s.state === "excluded"),
    missing: count((s) => s.unit.expected && s.state === "missing"),
    duplicates: count((s) => s.duplicates.length > 0),
    unreadable: placement.unreadable.length,
    unknownUnit,
    notAReport: placement.strays.length - unknownUnit,
    otherYear: placement.otherYear.length,
    files,
  };
}

export function consolidate(
  inputs: ConsolidationInput[],
  campaign: Campaign,
  options: ConsolidationOptions,
): Consolidation {
  const { mode, years, reviewYear, excludeInvalid, lang } = resolveOptions(options);
  const placement = placeEntries(
    sortedEntries(inputs, campaign.roster),
    campaign.roster,
    years,
    excludeInvalid,
  );
  const indicators = indicatorDefs(campaign);
  const units = unitResults(placement, indicators);
  const scores = scoreRows(placement, campaign, reviewYear);
  const proposals = proposalRows(placement, campaign, reviewYear);
  const items = listItems(placement);
  return {
    mode,
    years,
    reviewYear,
    excludeInvalid,
    lang,
    campaignName: campaign.settings.campaignName,
    indicators,
    units,
    totals: totalsOf(units, indicators),
    yearTotals: yearTotalsOf(units, indicators, years),
    scores,
    classificationCounts: classificationCounts(scores, campaign.scoring),
    proposals: proposals.rows,
    initiatives: initiativeRows(placement),
    status: items.map(statusRow),
    findings: findingRows(items, proposals.findings, reviewYear, lang),
    sources: sourceRows(placement, campaign, units, indicators, reviewYear),
    missing: missingUnits(units),
    duplicateUnits: units.filter((u) => u.years.some((y) => y.duplicates.length > 0)).map((u) => u.unit.code),
    counts: countsOf(placement, units, inputs.length),
  };
}
