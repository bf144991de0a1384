/**
 * hosts/xlsx in two chunks, each imported on first use: its reader when a file is opened, and its writer
 * when .xlsx bytes are written (both small, on fflate). Opening the page costs neither.
 */
export interface XlsxModule {
  readWorkbook: typeof import("../xlsx/read").readWorkbook;
  readSheetsOnly: typeof import("../xlsx/read").readSheetsOnly;
  writtenByThidua: typeof import("../xlsx/read").writtenByThidua;
  WorkbookReadError: typeof import("../xlsx/read").WorkbookReadError;
  writeWorkbook: typeof import("../xlsx/write-workbook").writeWorkbook;
}

/** A lazily imported module, tried again on the next use when its chunk failed to load (network). */
function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

const loadReader = lazy(() => import(/* webpackChunkName: "xlsx-read" */ "../xlsx/read"));
const loadWriter = lazy(() => import(/* webpackChunkName: "xlsx" */ "../xlsx/write-workbook"));

const xlsxModule = (reader: Awaited<ReturnType<typeof loadReader>>): XlsxModule => ({
  readWorkbook: reader.readWorkbook,
  readSheetsOnly: reader.readSheetsOnly,
  writtenByThidua: reader.writtenByThidua,
  WorkbookReadError: reader.WorkbookReadError,
  writeWorkbook: async (...args) => (await loadWriter()).writeWorkbook(...args),
});

export async function loadXlsxModule(): Promise<XlsxModule> {
  return xlsxModule(await loadReader());
}
