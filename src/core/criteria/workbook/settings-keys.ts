/** Keys of the "Cài đặt" sheet: the campaign's versions and every CampaignSettings property. */
import type { Campaign, CampaignSettings } from "../../campaign/model";

export type VersionProp = "criteriaVersion" | "templateId" | "templateVersion";

export const VERSION_KEYS: Readonly<Record<VersionProp, { key: string; description: string }>> = {
  criteriaVersion: {
    key: "criteria_version",
    description: "Phiên bản bộ tiêu chí (ghi vào mỗi biểu mẫu phát hành)",
  },
  templateId: { key: "template_id", description: "Mã biểu mẫu" },
  templateVersion: { key: "template_version", description: "Phiên bản biểu mẫu" },
};

/** Every setting must have a key here (checked by the type). Numbers are told apart by the default's type. */
export const SETTING_KEYS: Readonly<Record<keyof CampaignSettings, { key: string; description: string }>> = {
  campaignName: { key: "campaign_name", description: "Tên Phong trào thi đua" },
  planReference: { key: "plan_reference", description: "Văn bản kế hoạch (số, ngày, cơ quan ban hành)" },
  firstYear: { key: "first_year", description: "Năm đầu giai đoạn" },
  lastYear: { key: "last_year", description: "Năm cuối giai đoạn" },
  interimYear: { key: "interim_year", description: "Năm sơ kết" },
  interimFrom: { key: "interim_from", description: "Sơ kết tính từ năm" },
  finalYear: { key: "final_year", description: "Năm tổng kết" },
  parentAgency: {
    key: "parent_agency",
    description: "Cơ quan chủ quản (dòng trên ở góc trái báo cáo, chữ in hoa)",
  },
  agency: { key: "agency", description: "Tên cơ quan ban hành báo cáo (chữ in hoa)" },
  agencyShort: {
    key: "agency_short",
    description: "Chữ viết tắt tên cơ quan trong số ký hiệu (ví dụ BC-SXD)",
  },
  place: { key: "place", description: "Địa danh ghi ở dòng ngày tháng của báo cáo" },
  signerAuthority: {
    key: "signer_authority",
    description: "Thẩm quyền ký (ví dụ KT. GIÁM ĐỐC; để trống nếu Giám đốc ký)",
  },
  signerTitle: { key: "signer_title", description: "Chức vụ người ký (chữ in hoa)" },
  signerName: { key: "signer_name", description: "Họ và tên người ký" },
  individualProposalShare: {
    key: "individual_proposal_share",
    description: "Tỷ lệ cá nhân tối đa được đề nghị khen thưởng trên tổng số CCVC-NLĐ (0,15 = 15%)",
  },
};

export const SETTING_PROPS = Object.keys(SETTING_KEYS) as (keyof CampaignSettings)[];
export const VERSION_PROPS = Object.keys(VERSION_KEYS) as VersionProp[];

export function settingRows(
  campaign: Campaign,
): { key: string; value: string | number; description: string }[] {
  return [
    ...VERSION_PROPS.map((p) => ({ ...VERSION_KEYS[p], value: campaign[p] })),
    ...SETTING_PROPS.map((p) => ({ ...SETTING_KEYS[p], value: campaign.settings[p] })),
  ];
}
