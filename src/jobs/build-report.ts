/** Build a report: the same selection of files as a consolidation, then the report of the kind asked. */
import type { Campaign } from "../core/campaign/model";
import type { Lang } from "../core/locale/lang";
import {
  reportFromInputs,
  type ReportFromInputs,
  type ReportKind,
  type ReportSettings,
} from "../core/report";
import { distinctFiles, type GivenFile } from "./select-inputs";

export function reportFromFiles(
  files: readonly GivenFile[],
  campaign: Campaign,
  kind: ReportKind,
  settings: ReportSettings,
  lang: Lang,
  year?: number,
): ReportFromInputs {
  const inputs = distinctFiles(files).distinct.map((d) => d.input);
  return reportFromInputs(inputs, campaign, kind, settings, lang, year);
}
