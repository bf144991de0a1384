/**
 * hosts/xlsx for the pane, in two chunks loaded on first use: the reader (small, on fflate) when a file is
 * read, and the writer (also on fflate) only when .xlsx bytes are written. Nothing else in the pane may import
 * hosts/xlsx statically.
 */
export { loadXlsxModule as loadXlsx } from "../../hosts/browser/xlsx-module";
export type { XlsxModule } from "../../hosts/browser/xlsx-module";
