import { SECTION_IDS } from "../../core/report/model";
import type { UiKey } from "../../i18n/ui-text";
import type { ReportKind, ReportSectionId } from "./report-builder";

export const REPORT_KINDS: readonly ReportKind[] = ["annual", "interim", "final"];
export const REPORT_SECTIONS: readonly ReportSectionId[] = SECTION_IDS;

export const KIND_LABEL: Record<ReportKind, UiKey> = {
  annual: "report.kind.annual",
  interim: "report.kind.interim",
  final: "report.kind.final",
};

export const SECTION_LABEL: Record<ReportSectionId, UiKey> = {
  header: "report.section.header",
  title: "report.section.title",
  leadership: "report.section.leadership",
  results: "report.section.results",
  assessment: "report.section.assessment",
  commendation: "report.section.commendation",
  tasks: "report.section.tasks",
  closing: "report.section.closing",
};
