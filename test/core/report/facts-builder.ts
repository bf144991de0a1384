/** Facts for sentence tests, written out by hand: exactly the figures a case needs. */
import { IND, type Facts, type Indicator } from "../../../src/core/report/facts";
import type { UnitMention } from "../../../src/core/report/figures";
import type { ReportKind } from "../../../src/core/report/model";

export interface FactsInput {
  kind?: ReportKind;
  scope?: { from: number; to: number };
  now?: Partial<Record<Indicator, number>>;
  /** The year before; absent: no comparison. */
  before?: Partial<Record<Indicator, number>>;
  previousYear?: number;
  staff?: number | null;
  unitsExpected?: number;
  unitsIncluded?: number;
  previousUnits?: number;
  missing?: UnitMention[];
  withErrors?: UnitMention[];
  excluded?: UnitMention[];
  classes?: Facts["classes"];
  proposals?: Facts["proposals"];
  recognised?: Facts["recognised"];
}

const totalsOf = (values: Partial<Record<Indicator, number>>): Record<string, number> =>
  Object.fromEntries((Object.keys(IND) as Indicator[]).map((i) => [IND[i], values[i] ?? 0]));

export const BANDS: Facts["classes"] = [
  { label: "Hoàn thành xuất sắc", labelEn: "Excellent", count: 0, units: [] },
  { label: "Hoàn thành tốt", labelEn: "Good", count: 0, units: [] },
  { label: "Hoàn thành", labelEn: "Completed", count: 0, units: [] },
  { label: "Không hoàn thành", labelEn: "Not completed", count: 0, units: [] },
];

export function makeFacts(input: FactsInput = {}): Facts {
  const kind = input.kind ?? "annual";
  const scope = input.scope ?? (kind === "annual" ? { from: 2024, to: 2024 } : { from: 2021, to: 2025 });
  const years = scope.to - scope.from + 1;
  const unitsExpected = input.unitsExpected ?? 10;
  const missing = input.missing ?? [];
  const missingReports = missing.reduce((s, m) => s + m.years.length, 0);
  const now = input.now ?? {};
  const before = input.before;
  const previousYear = input.previousYear ?? scope.to - 1;
  return {
    kind,
    scope,
    campaignPeriod: { from: 2021, to: 2025 },
    campaignName: "Vì người nghèo – Không để ai bị bỏ lại phía sau",
    planReference: "Kế hoạch số 1223/KH-UBND ngày 08/7/2022 của UBND tỉnh",
    unitsExpected,
    reportsExpected: unitsExpected * years,
    reportsReceived: unitsExpected * years - missingReports,
    missing,
    withErrors: input.withErrors ?? [],
    excluded: input.excluded ?? [],
    current: {
      year: scope.to,
      unitsIncluded: input.unitsIncluded ?? unitsExpected * years - missingReports,
      totals: totalsOf(now),
      staff: input.staff === undefined ? null : input.staff,
    },
    ...(before
      ? {
          previous: {
            year: previousYear,
            unitsIncluded: input.previousUnits ?? input.unitsIncluded ?? unitsExpected - missingReports,
            totals: totalsOf(before),
            staff: null,
          },
        }
      : {}),
    value: (i) => now[i] ?? 0,
    before: (i) => (before ? (before[i] ?? 0) : undefined),
    recognised: input.recognised ?? [],
    classes: input.classes ?? BANDS,
    scored: (input.classes ?? BANDS).reduce((s, c) => s + c.count, 0),
    proposals: input.proposals ?? { groups: [], leftOut: [], duplicated: 0 },
  };
}
