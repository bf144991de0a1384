import type { Campaign, CampaignSettings, RosterUnit, ScoringDef } from "./model";
import {
  DEFAULT_CRITERIA_LABELS,
  DEFAULT_INDICATORS,
  DEFAULT_SCORE_FIELDS,
  DEFAULT_SECTIONS,
  DEFAULT_TOTAL_FIELDS,
  DEFAULT_UNIT_FIELDS,
} from "./default-fields";
import { DEFAULT_LISTS, DEFAULT_TABLES } from "./default-tables";
import { DEFAULT_RULES } from "./default-rules";

const CRITERION_MAX: Record<string, number> = { c1: 20, c2: 25, c3: 25, c4: 15, c5: 10, c6: 5 };

const ROSTER: [string, string][] = [
  ["VP", "Văn phòng Sở"],
  ["TTr", "Thanh tra Sở"],
  ["KHTC", "Phòng Kế hoạch - Tài chính"],
  ["QLXD", "Phòng Quản lý xây dựng"],
  ["QHKT", "Phòng Quy hoạch - Kiến trúc"],
  ["QLN", "Phòng Quản lý nhà và Thị trường bất động sản"],
  ["HTKT", "Phòng Hạ tầng kỹ thuật"],
  ["TTKĐ", "Trung tâm Kiểm định chất lượng xây dựng"],
  ["TTQH", "Trung tâm Quy hoạch xây dựng"],
  ["BQLDA", "Ban Quản lý dự án"],
];

export const DEFAULT_ROSTER: RosterUnit[] = ROSTER.map(([code, name], i) => ({
  code,
  name,
  order: i + 1,
  expected: true,
}));

export const DEFAULT_SCORING: ScoringDef = {
  criteria: DEFAULT_CRITERIA_LABELS.map(([id, label, labelEn]) => ({
    id,
    label,
    labelEn,
    max: CRITERION_MAX[id],
    step: 0.5,
  })),
  bands: [
    { min: 90, label: "Hoàn thành xuất sắc", labelEn: "Excellent" },
    { min: 70, label: "Hoàn thành tốt", labelEn: "Good" },
    { min: 50, label: "Hoàn thành", labelEn: "Completed" },
    { min: 0, label: "Không hoàn thành", labelEn: "Not completed" },
  ],
  tieBreak: ["c2", "c3"],
};

export const DEFAULT_SETTINGS: CampaignSettings = {
  campaignName: "Vì người nghèo – Không để ai bị bỏ lại phía sau",
  planReference: "Kế hoạch số 1223/KH-UBND ngày 08/7/2022 của UBND tỉnh",
  firstYear: 2021,
  lastYear: 2025,
  interimYear: 2023,
  interimFrom: 2021,
  finalYear: 2025,
  parentAgency: "UBND TỈNH ……",
  agency: "SỞ XÂY DỰNG",
  agencyShort: "SXD",
  place: "……",
  signerAuthority: "KT. GIÁM ĐỐC",
  signerTitle: "PHÓ GIÁM ĐỐC",
  signerName: "",
  individualProposalShare: 0.15,
};

export const DEFAULT_CAMPAIGN: Campaign = {
  criteriaVersion: "2024.1",
  templateId: "thidua-vnn-2021-2025",
  templateVersion: "1.0",
  sections: DEFAULT_SECTIONS,
  fields: [...DEFAULT_UNIT_FIELDS, ...DEFAULT_INDICATORS, ...DEFAULT_SCORE_FIELDS, ...DEFAULT_TOTAL_FIELDS],
  tables: DEFAULT_TABLES,
  lists: DEFAULT_LISTS,
  rules: DEFAULT_RULES,
  roster: DEFAULT_ROSTER,
  scoring: DEFAULT_SCORING,
  settings: DEFAULT_SETTINGS,
};

/** Settings as the names rules use ("first_year", "interim_year", …). */
export function settingNames(settings: CampaignSettings): Record<string, number | string> {
  return {
    first_year: settings.firstYear,
    last_year: settings.lastYear,
    interim_year: settings.interimYear,
    interim_from: settings.interimFrom,
    final_year: settings.finalYear,
    individual_proposal_share: settings.individualProposalShare,
  };
}
