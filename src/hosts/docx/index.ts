export { writeReportDocx } from "./report-docx";
export { writeChaseDocx } from "./chase-docx";
