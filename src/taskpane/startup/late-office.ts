/**
 * Resolves when office.js arrives after the pane has already started outside Excel and Office says this is
 * Excel: the pane then offers to reload, so the clerk is not left working on files instead of the workbook.
 */
export function watchLateOffice(lateLoad: Promise<void>): Promise<void> {
  return lateLoad.then(async () => {
    if (typeof Office === "undefined") return new Promise<void>(() => undefined);
    const info = await Office.onReady();
    if (info.host !== Office.HostType.Excel) return new Promise<void>(() => undefined);
  });
}
