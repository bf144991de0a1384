/**
 * What the file pickers offer first: Excel workbooks, and LibreOffice's own .ods, which the reader reads
 * too (it explains anything else that is given).
 */
const TYPES: Record<string, string[]> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
  "application/vnd.ms-excel.sheet.macroEnabled.12": [".xlsm"],
  "application/vnd.oasis.opendocument.spreadsheet": [".ods"],
};

/** For an <input type="file" accept>. */
export const XLSX_ACCEPT = Object.entries(TYPES)
  .flatMap(([mime, extensions]) => [...extensions, mime])
  .join(",");

/** For the File System Access picker's `types`. */
export const XLSX_ACCEPT_TYPES: Record<string, string[]> = TYPES;
