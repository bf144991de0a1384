/** Which years each kind of report covers and which forms of commendation it may propose. */
import type { Campaign, CampaignSettings } from "../campaign/model";
import type { ReportKind } from "./model";

export interface ReportScope {
  from: number;
  to: number;
}

/** annual: the year; interim (sơ kết): interimFrom–interimYear; final (tổng kết): firstYear–finalYear. */
export function scopeOf(kind: ReportKind, settings: CampaignSettings, year?: number): ReportScope {
  if (kind === "interim") return { from: settings.interimFrom, to: settings.interimYear };
  if (kind === "final") return { from: settings.firstYear, to: settings.finalYear };
  const y = year ?? settings.lastYear;
  return { from: y, to: y };
}

/**
 * Forms a report may propose, lowest first. The Department's annual cycle has only the two lowest; the
 * highest (Bằng khen của Thủ tướng Chính phủ, Huân chương Lao động hạng Ba) belong to the sơ kết and tổng kết.
 */
export function allowedForms(kind: ReportKind, campaign: Campaign): string[] {
  const forms = campaign.lists.find((l) => l.id === "proposal_form")?.values ?? [];
  return kind === "annual" ? forms.slice(0, 2) : [...forms];
}
