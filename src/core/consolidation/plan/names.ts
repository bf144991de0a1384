/** Sheet and table names of the summary workbook. Other tools read the table names: never rename one. */

export const SUMMARY_SHEETS = {
  indicators: "Tổng hợp chỉ tiêu",
  period: "Tổng hợp giai đoạn",
  scores: "Chấm điểm, xếp loại",
  proposals: "Đề nghị khen thưởng",
  initiatives: "Sáng kiến, mô hình",
  status: "Tình trạng nộp",
  findings: "Kết quả kiểm tra",
  sources: "Nguồn số liệu",
  charts: "Biểu đồ",
} as const;

export const SUMMARY_TABLES = {
  indicators: "tbl_sum_indicators",
  period: "tbl_sum_period",
  scores: "tbl_sum_scores",
  proposals: "tbl_sum_proposals",
  initiatives: "tbl_sum_initiatives",
  status: "tbl_sum_status",
  findings: "tbl_sum_findings",
  sources: "tbl_sum_sources",
} as const;
