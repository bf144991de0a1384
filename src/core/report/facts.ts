/**
 * Everything the sentences say, gathered once and language-neutral: figures by meaning rather than by
 * field id, the units to name, the recognised initiatives, the classification and the proposals.
 */
import type { Campaign } from "../campaign/model";
import type { Consolidation } from "../consolidation/model";
import type { ReportFigures, UnitMention, YearFigures } from "./figures";
import type { ReportScope } from "./kinds";
import type { ReportKind } from "./model";
import { proposalFacts, type ProposalFacts } from "./proposal-facts";
import type { ReportSettings } from "./settings";

/** The campaign's indicators by what they mean (ids of the default criteria). */
export const IND = {
  sessions: "b01_sessions",
  participants: "b02_participants",
  donors: "b03_donors",
  fund: "b04_fund_amount",
  dayWageDonors: "b05_day_wage_donors",
  inKind: "b06_in_kind_value",
  built: "b07_houses_built",
  repaired: "b08_houses_repaired",
  housingFunds: "b09_housing_funds",
  tempRemoved: "b10_temp_houses_removed",
  helped: "b11_households_helped",
  escaped: "b12_households_escaped",
  initiatives: "b13_initiatives",
  recognised: "b14_initiatives_recognized",
  models: "b15_models",
  exemplars: "b16_exemplars",
} as const;

export type Indicator = keyof typeof IND;

export interface NamedItem {
  name: string;
  unit: string;
  year: number;
}

export interface ClassCount {
  label: string;
  labelEn: string;
  count: number;
  units: string[];
}

export interface Facts {
  kind: ReportKind;
  scope: ReportScope;
  campaignPeriod: ReportScope;
  campaignName: string;
  planReference: string;
  unitsExpected: number;
  /** Reports expected (units × years) and received (with or without errors). */
  reportsExpected: number;
  reportsReceived: number;
  missing: UnitMention[];
  withErrors: UnitMention[];
  excluded: UnitMention[];
  current: YearFigures;
  previous?: YearFigures;
  /** A figure of the report's scope; undefined when the criteria have no such indicator. */
  value(indicator: Indicator): number | undefined;
  /** The same figure the year before, when compared. */
  before(indicator: Indicator): number | undefined;
  /** Initiatives with the status "Được công nhận". */
  recognised: NamedItem[];
  /** The review year's classification, highest band first. */
  classes: ClassCount[];
  scored: number;
  proposals: ProposalFacts;
}

const RECOGNISED = "Được công nhận";

function textOf(value: string | number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value).normalize("NFC").trim();
}

function classCounts(c: Consolidation, campaign: Campaign): ClassCount[] {
  const bands = [...campaign.scoring.bands].sort((a, b) => b.min - a.min);
  return bands.map((band) => {
    const rows = c.scores.filter((s) => s.included && s.classification === band.label);
    return {
      label: band.label,
      labelEn: band.labelEn,
      count: rows.length,
      units: rows.map((r) => r.unit.name),
    };
  });
}

export function gatherFacts(
  c: Consolidation,
  campaign: Campaign,
  settings: ReportSettings,
  figures: ReportFigures,
): Facts {
  const { current, previous } = figures;
  const known = (id: string): boolean => c.indicators.some((d) => d.id === id);
  const reportsExpected = figures.unitsExpected * figures.years.length;
  const missingReports = figures.missing.reduce((s, m) => s + m.years.length, 0);
  return {
    kind: figures.kind,
    scope: { from: figures.years[0], to: figures.reviewYear },
    campaignPeriod: { from: campaign.settings.firstYear, to: campaign.settings.lastYear },
    campaignName: settings.campaignName,
    planReference: settings.planReference,
    unitsExpected: figures.unitsExpected,
    reportsExpected,
    reportsReceived: reportsExpected - missingReports,
    missing: figures.missing,
    withErrors: figures.withErrors,
    excluded: figures.excluded,
    current,
    ...(previous ? { previous } : {}),
    value: (i) => (known(IND[i]) ? (current.totals[IND[i]] ?? 0) : undefined),
    before: (i) => (previous && known(IND[i]) ? (previous.totals[IND[i]] ?? 0) : undefined),
    recognised: c.initiatives
      .filter((r) => figures.years.includes(r.year) && textOf(r.values.status) === RECOGNISED)
      .map((r) => ({ name: textOf(r.values.name), unit: r.unit.name, year: r.year }))
      .filter((r) => r.name !== ""),
    classes: classCounts(c, campaign),
    scored: c.scores.filter((s) => s.included && s.classification !== null).length,
    proposals: proposalFacts(c, campaign, figures),
  };
}
