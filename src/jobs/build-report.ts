/** Build a report: the same selection of files as a consolidation, then the report of the kind asked. */
import type { Campaign } from "../core/campaign/model";
import type { Lang } from "../core/locale/lang";
import {
  reportFromInputs,
  type ReportFromInputs,
  type ReportKind,
  type ReportSettings,
} from "../core/report";
import { documentFiles, statusWithDocuments } from "./missing-documents";
import { distinctFiles, fileDecisions, type FileDecision, type GivenFile } from "./select-inputs";

export interface ReportJob extends ReportFromInputs {
  /**
   * The files given that the report does not rest on (in neither its year or period nor the year it is
   * compared with), and why.
   */
  notUsed: FileDecision[];
}

export function reportFromFiles(
  files: readonly GivenFile[],
  campaign: Campaign,
  kind: ReportKind,
  settings: ReportSettings,
  lang: Lang,
  year?: number,
): ReportJob {
  const { distinct, skipped } = distinctFiles(files);
  const built = reportFromInputs(
    distinct.map((d) => d.input),
    campaign,
    kind,
    settings,
    lang,
    year,
  );
  const current = fileDecisions(files, built.current, skipped);
  // The annual report compares with the year before: that year's files are used too. Each consolidation
  // only saw its own year's files, so a file the other one used is not "unreadable" to it.
  const previous = built.previous ? fileDecisions(files, built.previous, skipped) : undefined;
  const decisions = current.map((d, i) => {
    const other = previous?.[i];
    if (d.used || !other) return d;
    return other.used || d.reason === "unreadable" ? other : d;
  });
  // The units without a form that a document given names: the doors say so after "Chưa nộp".
  const status = statusWithDocuments(built.current.status, documentFiles(files));
  return { ...built, current: { ...built.current, status }, notUsed: decisions.filter((d) => !d.used) };
}
