import type { WorkbookHost } from "../../hosts/workbook-host";

/**
 * A host that loads the real one on first use, so the pane renders before the host's code has arrived.
 * A failed load is retried on the next call and reaches the pane as that call's error.
 */
export function lazyHost(kind: WorkbookHost["kind"], load: () => Promise<WorkbookHost>): WorkbookHost {
  let loading: Promise<WorkbookHost> | undefined;
  const real = (): Promise<WorkbookHost> =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return {
    kind,
    readSnapshot: (scope) => real().then((h) => h.readSnapshot(scope)),
    writeSheets: (plan, confirm) => real().then((h) => h.writeSheets(plan, confirm)),
    insertAtSelection: (section) => real().then((h) => h.insertAtSelection(section)),
    markFindings: (findings) => real().then((h) => h.markFindings(findings)),
    clearMarks: () => real().then((h) => h.clearMarks()),
    selectCell: (sheet, cell) => real().then((h) => h.selectCell(sheet, cell)),
    openAsNewWorkbook: (bytes) => real().then((h) => h.openAsNewWorkbook(bytes)),
    loadSettings: () => real().then((h) => h.loadSettings()),
    saveSettings: (settings) => real().then((h) => h.saveSettings(settings)),
  };
}
