import type { WorkbookHost } from "../../hosts/workbook-host";

/** What the pane can do where it runs, decided once, so the panes ask this instead of which host it is. */
export interface HostCapabilities {
  /** Findings can be marked on the cells of an open workbook. */
  readonly marksCells: boolean;
  /** A finding's cell can be selected; a report section can be inserted at the selected cell. */
  readonly selectsCells: boolean;
  /** The pane works on files the user opens and offers every result as a download (outside Excel). */
  readonly opensFiles: boolean;
  /** Settings are kept in the workbook (document settings); otherwise in this browser's storage. */
  readonly settingsInWorkbook: boolean;
}

export function capabilitiesOf(host: WorkbookHost): HostCapabilities {
  const inExcel = host.kind === "excel";
  return { marksCells: inExcel, selectsCells: inExcel, opensFiles: !inExcel, settingsInWorkbook: inExcel };
}
