/** The numbers a report speaks of, taken from a consolidation (and a previous year's, for comparison). */
import type { Consolidation, YearTotals } from "../consolidation/model";
import type { ReportKind } from "./model";

export interface YearFigures {
  year: number;
  /** Units whose report was merged (for a period: unit-years). */
  unitsIncluded: number;
  totals: Record<string, number>;
  /** Staff of the included units (for a period: summed over the years); null when not known for all. */
  staff: number | null;
}

export interface UnitMention {
  name: string;
  /** The years concerned, ascending (one for an annual report). */
  years: number[];
}

export interface ReportFigures {
  kind: ReportKind;
  /** The years the report covers, ascending. */
  years: number[];
  reviewYear: number;
  /** Units expected to report each year. */
  unitsExpected: number;
  /** One entry per year covered. */
  perYear: YearFigures[];
  /** What the sentences speak of: the year, or the sum over the period. */
  current: YearFigures;
  /** The year before, for an annual report, when its figures are known. */
  previous?: YearFigures;
  /** Expected units without a report, roster order. */
  missing: UnitMention[];
  /** Units whose report had errors, merged anyway. */
  withErrors: UnitMention[];
  /** Units whose report had errors and was left out (excludeInvalid). */
  excluded: UnitMention[];
}

/** Staff of the included units per year, e.g. from staffByYear(); absent years leave the rate unsaid. */
export type StaffCounts = Record<number, number>;

export interface FigureSources {
  /** The previous year's consolidation, when `c` holds only the report year. */
  previous?: Consolidation;
  staff?: StaffCounts;
}

function yearFigures(t: YearTotals, staff: StaffCounts | undefined): YearFigures {
  return { year: t.year, unitsIncluded: t.unitsIncluded, totals: t.totals, staff: staff?.[t.year] ?? null };
}

function sumFigures(years: YearFigures[], review: number): YearFigures {
  const totals: Record<string, number> = {};
  for (const y of years) for (const [id, v] of Object.entries(y.totals)) totals[id] = (totals[id] ?? 0) + v;
  const staffKnown = years.every((y) => y.staff !== null);
  return {
    year: review,
    unitsIncluded: years.reduce((s, y) => s + y.unitsIncluded, 0),
    totals,
    staff: staffKnown ? years.reduce((s, y) => s + (y.staff ?? 0), 0) : null,
  };
}

/** The latest year before `year` with merged reports, in `c` itself (a period) or in `previous`. */
function previousYear(c: Consolidation, year: number, sources: FigureSources): YearFigures | undefined {
  const candidates = [...c.yearTotals, ...(sources.previous?.yearTotals ?? [])]
    .filter((t) => t.year < year && t.unitsIncluded > 0)
    .sort((a, b) => b.year - a.year);
  return candidates[0] && yearFigures(candidates[0], sources.staff);
}

function mentions(c: Consolidation, years: number[], test: (state: string) => boolean): UnitMention[] {
  return c.units.flatMap(({ unit, years: slots }) => {
    const hit = slots.filter((s) => years.includes(s.year) && test(s.state)).map((s) => s.year);
    return unit.expected && hit.length > 0 ? [{ name: unit.name, years: hit }] : [];
  });
}

export function reportFigures(
  c: Consolidation,
  kind: ReportKind,
  unitsExpected: number,
  sources: FigureSources = {},
): ReportFigures {
  const review = c.reviewYear;
  const years = kind === "annual" ? [review] : [...c.years];
  const perYear = c.yearTotals
    .filter((t) => years.includes(t.year))
    .map((t) => yearFigures(t, sources.staff));
  const current = kind === "annual" ? perYear[perYear.length - 1] : sumFigures(perYear, review);
  const previous = kind === "annual" ? previousYear(c, review, sources) : undefined;
  return {
    kind,
    years,
    reviewYear: review,
    unitsExpected,
    perYear,
    current: current ?? { year: review, unitsIncluded: 0, totals: {}, staff: null },
    ...(previous ? { previous } : {}),
    missing: mentions(c, years, (s) => s === "missing"),
    withErrors: mentions(c, years, (s) => s === "with-errors"),
    excluded: mentions(c, years, (s) => s === "excluded"),
  };
}
