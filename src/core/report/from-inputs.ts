import type { Campaign } from "../campaign/model";
import { consolidate } from "../consolidation/consolidate";
import type { Consolidation, ConsolidationInput } from "../consolidation/model";
import { defaultYear } from "../consolidation/scope";
import type { Lang } from "../locale/lang";
import { buildReport } from "./build-report";
import { scopeOf } from "./kinds";
import type { Report, ReportKind } from "./model";
import type { ReportSettings } from "./settings";
import { staffByYear } from "./staff";

export interface ReportFromInputs {
  current: Consolidation;
  previous?: Consolidation;
  report: Report;
}

const yearOf = (input: ConsolidationInput): number | undefined => {
  const submission = input.check.result?.submission;
  return submission?.year ?? submission?.meta.year;
};

/**
 * The consolidation a report needs, and the report. Annual: the year, compared with the year before when
 * files of that year were given. Interim and final: their period. Used by `thidua report` and the pane alike.
 */
export function reportFromInputs(
  inputs: ConsolidationInput[],
  campaign: Campaign,
  kind: ReportKind,
  settings: ReportSettings,
  lang: Lang,
  year?: number,
  now = new Date(),
): ReportFromInputs {
  if (kind !== "annual") {
    const current = consolidate(inputs, campaign, { period: scopeOf(kind, campaign.settings), lang });
    return {
      current,
      report: buildReport(current, campaign, settings, kind, lang, { staff: staffByYear(inputs, current) }),
    };
  }
  const y = year ?? defaultYear(inputs, campaign, now);
  const current = consolidate(
    inputs.filter((i) => yearOf(i) !== y - 1),
    campaign,
    { year: y, lang },
  );
  return annualReport(current, inputs, campaign, settings, lang);
}

/** The annual report of a consolidation already made, compared with the year before where files allow. */
export function annualReport(
  current: Consolidation,
  inputs: ConsolidationInput[],
  campaign: Campaign,
  settings: ReportSettings,
  lang: Lang,
): ReportFromInputs {
  const y = current.reviewYear;
  const earlier = current.mode === "year" ? inputs.filter((i) => yearOf(i) === y - 1) : [];
  const previous =
    earlier.length > 0
      ? consolidate(earlier, campaign, { year: y - 1, lang, excludeInvalid: current.excludeInvalid })
      : undefined;
  const staff = { ...(previous ? staffByYear(inputs, previous) : {}), ...staffByYear(inputs, current) };
  const report = buildReport(current, campaign, settings, "annual", lang, {
    staff,
    ...(previous ? { previous } : {}),
  });
  return { current, ...(previous ? { previous } : {}), report };
}
