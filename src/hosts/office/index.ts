export { officeWorkbookHost, type OfficeHostOptions } from "./office-workbook-host";
export { realOfficeEnv, type OfficeEnv, type DocumentSettings } from "./office-env";
export {
  describeNotice,
  describeHostError,
  type HostNotice,
  type HostNoticeCode,
  type NoticeSink,
} from "./notices";
export { HostError, type HostErrorCode } from "./errors";
export { GUARDED_APIS } from "./requirements";
export { MARKS_SHEET } from "./marks/marks-sheet";
