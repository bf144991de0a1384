/** The cell behind every number in the summary: indicators of each included year, scores of the review year. */
import type { Campaign } from "../campaign/model";
import { readNumber } from "./indicators";
import type { IndicatorDef, SourceRow, UnitResult } from "./model";
import { slotOf, type Placement } from "./placement";

function indicatorSources(units: UnitResult[], indicators: IndicatorDef[]): SourceRow[] {
  return units.flatMap(({ unit, years }) =>
    years.flatMap((unitYear) =>
      indicators.flatMap((def) => {
        const { value, source } = unitYear.values[def.id];
        if (value === null || !source) return [];
        return [
          {
            unitCode: unit.code,
            unitName: unit.name,
            year: unitYear.year,
            fieldId: def.id,
            label: def.label,
            value,
            source,
          },
        ];
      }),
    ),
  );
}

function scoreSources(placement: Placement, campaign: Campaign, reviewYear: number): SourceRow[] {
  const fields = campaign.scoring.criteria.flatMap((c) => [
    { id: c.id, label: `${c.label} (tự chấm)` },
    { id: `${c.id}_review`, label: `${c.label} (thẩm định)` },
  ]);
  return placement.units.flatMap((unit) => {
    const slot = slotOf(placement, unit, reviewYear);
    const kept = slot.kept;
    if (!slot.included || !kept?.result) return [];
    const submission = kept.result.submission;
    return fields.flatMap(({ id, label }) => {
      const { value, source } = readNumber(submission, id, kept.file);
      if (value === null || !source) return [];
      return [
        { unitCode: unit.code, unitName: unit.name, year: reviewYear, fieldId: id, label, value, source },
      ];
    });
  });
}

/** Per unit (roster order): its indicators year by year, then its scores. */
export function sourceRows(
  placement: Placement,
  campaign: Campaign,
  units: UnitResult[],
  indicators: IndicatorDef[],
  reviewYear: number,
): SourceRow[] {
  const byUnit = new Map<string, SourceRow[]>(units.map(({ unit }) => [unit.code, []]));
  for (const row of indicatorSources(units, indicators)) byUnit.get(row.unitCode)?.push(row);
  for (const row of scoreSources(placement, campaign, reviewYear)) byUnit.get(row.unitCode)?.push(row);
  return [...byUnit.values()].flat();
}
