/** What the file pickers offer first: Excel workbooks (the reader explains anything else that is given). */
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** For an <input type="file" accept>. */
export const XLSX_ACCEPT = `.xlsx,${XLSX_MIME}`;

/** For the File System Access picker's `types`. */
export const XLSX_ACCEPT_TYPES: Record<string, string[]> = { [XLSX_MIME]: [".xlsx"] };
