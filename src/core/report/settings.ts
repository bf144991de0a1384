/** Who issues and signs the report, its number and date, and who receives it. */
import type { CampaignSettings } from "../campaign/model";
import type { CalendarDate } from "../locale/excel-date";
import type { Lang } from "../locale/lang";
import { normalizeText } from "../locale/text";

export interface ReportSettings {
  /** "UBND TỈNH …" (the header writes it in upper case). */
  parentAgency: string;
  /** "SỞ XÂY DỰNG". */
  agency: string;
  /** "SXD", for the number "…/BC-SXD". */
  agencyShort: string;
  /** Place name on the date line. */
  place: string;
  /** "KT. GIÁM ĐỐC", or "" when the Director signs. */
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  /** The number part of "Số: 125/BC-SXD"; "" leaves dots for the clerk to fill at issue. */
  documentNumber: string;
  /** Absent: dots for the day and month, the review year. */
  date?: CalendarDate;
  /** The date the chase letter asks units to send by; absent: some days after the letter's date. */
  chaseDeadline?: CalendarDate;
  campaignName: string;
  /** "Kế hoạch số 1223/KH-UBND ngày 08/7/2022 của UBND tỉnh". */
  planReference: string;
  /** Without the leading "- " and the closing ";" or ".", which the report adds. */
  recipients: string[];
}

const RECIPIENTS: Record<Lang, string[]> = {
  vi: ["UBND tỉnh", "Sở Nội vụ", "Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"],
  en: [
    "Provincial People's Committee",
    "Department of Home Affairs",
    "Director of the Department",
    "Divisions and units of the Department",
    "Archive: VT, VP",
  ],
};

const TEXT_KEYS = [
  "parentAgency",
  "agency",
  "agencyShort",
  "place",
  "signerAuthority",
  "signerTitle",
  "signerName",
  "documentNumber",
  "campaignName",
  "planReference",
] as const satisfies readonly (keyof ReportSettings)[];

/** The campaign's settings (from the criteria workbook's "Cài đặt" sheet), then any overrides, all NFC. */
export function reportSettings(
  campaign: CampaignSettings,
  overrides: Partial<ReportSettings> = {},
  lang: Lang = "vi",
): ReportSettings {
  const base: ReportSettings = {
    parentAgency: campaign.parentAgency,
    agency: campaign.agency,
    agencyShort: campaign.agencyShort,
    place: campaign.place,
    signerAuthority: campaign.signerAuthority,
    signerTitle: campaign.signerTitle,
    signerName: campaign.signerName,
    documentNumber: "",
    campaignName: campaign.campaignName,
    planReference: campaign.planReference,
    recipients: RECIPIENTS[lang],
  };
  const merged: ReportSettings = { ...base, ...definedOnly(overrides) };
  return {
    ...merged,
    ...Object.fromEntries(TEXT_KEYS.map((key) => [key, normalizeText(merged[key])])),
    recipients: merged.recipients.map(normalizeText).filter((r) => r !== ""),
  };
}

function definedOnly(overrides: Partial<ReportSettings>): Partial<ReportSettings> {
  return Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
}
