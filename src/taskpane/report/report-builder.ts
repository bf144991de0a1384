/**
 * The only place the pane calls the report builder (src/core/report). It is loaded with import() into its
 * own chunk when a report is first inserted, so the pane opens fast. The consolidations are chosen by
 * core/report's reportFromInputs, as for `thidua report`.
 */
import type { Campaign } from "../../core/campaign/model";
import type { ConsolidationInput } from "../../core/consolidation/model";
import type { Lang } from "../../core/locale/lang";
import type { ReportKind, SectionId } from "../../core/report/model";
import type { SheetPlan, WorkbookPlan } from "../../core/workbook-model/plan";

export type { ReportKind };
export type ReportSectionId = SectionId;

export interface ReportRequest {
  inputs: ConsolidationInput[];
  campaign: Campaign;
  kind: ReportKind;
  /** The report year (annual); interim and final reports cover their period. */
  year: number;
  documentNumber: string;
  lang: Lang;
}

const loadReportModule = () => import(/* webpackChunkName: "report" */ "../../core/report");

async function buildFor(request: ReportRequest) {
  const { reportFromInputs, reportSettings } = await loadReportModule();
  const { inputs, campaign, kind, year, lang } = request;
  const settings = reportSettings(campaign.settings, { documentNumber: request.documentNumber }, lang);
  return reportFromInputs(inputs, campaign, kind, settings, lang, year).report;
}

/** The whole report as a workbook plan with its "Báo cáo" sheet. */
export async function reportWorkbookPlan(request: ReportRequest): Promise<WorkbookPlan> {
  const [{ buildReportPlan }, report] = await Promise.all([loadReportModule(), buildFor(request)]);
  return buildReportPlan(report);
}

/** The whole report as a Word document (.docx bytes), in the Decree 30 layout; docx loads in its own chunk. */
export async function reportDocxBytes(request: ReportRequest): Promise<Uint8Array> {
  const [{ writeReportDocx }, report] = await Promise.all([
    import(/* webpackChunkName: "report-docx" */ "../../hosts/docx"),
    buildFor(request),
  ]);
  return writeReportDocx(report);
}

/** One section, anchored at A1, for host.insertAtSelection. */
export async function reportSectionPlan(
  request: ReportRequest,
  section: ReportSectionId,
): Promise<SheetPlan> {
  const [{ buildReportSheet }, report] = await Promise.all([loadReportModule(), buildFor(request)]);
  return buildReportSheet(report, { section });
}
