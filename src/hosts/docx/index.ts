export { writeReportDocx } from "./report-docx";
