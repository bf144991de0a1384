/** The sheet the report is written on. */
export const REPORT_SHEET = "Báo cáo";
