/**
 * hosts/xlsx pulls in ExcelJS (about 1 MB). It is loaded here, on first use, into its own chunk, so the
 * pane opens fast; nothing else in the pane may import hosts/xlsx statically.
 */
export type XlsxModule = typeof import("../../hosts/xlsx");

let loading: Promise<XlsxModule> | undefined;

export function loadXlsx(): Promise<XlsxModule> {
  loading ??= import(/* webpackChunkName: "xlsx" */ "../../hosts/xlsx").catch((error: unknown) => {
    // A failed chunk load (network) may be retried on the next use.
    loading = undefined;
    throw error;
  });
  return loading;
}
