export { FakeExcel, FakeSettings, type FakeExcelOptions, type SeedCell } from "./fake-excel";
export type { FakeAction, RequestRecord } from "./request";
export { FakeOfficeError } from "./errors";
export type {
  CellContent,
  CellFormat,
  ChartRangeState,
  ChartState,
  FillState,
  SheetState,
  TableState,
  WorkbookState,
} from "./state";
export { seedPlan } from "./seed";
