/**
 * hosts/xlsx pulls in ExcelJS (about 1 MB), so it is imported on first use into the same "xlsx" chunk the
 * task pane loads: opening the page costs nothing until a file is opened or a workbook is written.
 */
export type XlsxModule = Pick<
  typeof import("../xlsx"),
  "readWorkbook" | "writeWorkbook" | "WorkbookReadError"
>;

let loading: Promise<XlsxModule> | undefined;

export function loadXlsxModule(): Promise<XlsxModule> {
  loading ??= import(/* webpackChunkName: "xlsx" */ "../xlsx").catch((error: unknown) => {
    // A chunk that failed to load (network) is tried again on the next use.
    loading = undefined;
    throw error;
  });
  return loading;
}
