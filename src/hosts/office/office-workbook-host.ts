import type { Lang } from "../../core/locale/lang";
import type { WorkbookHost } from "../workbook-host";
import { clearMarksWith } from "./marks/clear-marks";
import { markFindingsWith } from "./marks/mark-findings";
import type { NoticeSink } from "./notices";
import { realOfficeEnv, type OfficeEnv } from "./office-env";
import { readSnapshotWith } from "./read/read-snapshot";
import { supportsOf } from "./requirements";
import { loadSettingsFrom, openAsNewWorkbookWith, saveSettingsTo, selectCellWith } from "./workbook-actions";
import { insertSection } from "./write/insert-section";
import { writeSheets } from "./write/write-sheets";

export interface OfficeHostOptions {
  /** Defaults to the Office.js globals (read when first needed, so after Office.onReady). */
  env?: OfficeEnv;
  /** Told what an operation skipped because this Excel lacks an API (describeNotice renders it). */
  notice?: NoticeSink;
  /** Language of the notes that marks add; defaults to Office's UI language, Vietnamese first. */
  lang?: Lang;
  /** Request sizes, for tests. */
  requestBytes?: number;
  cellsPerRequest?: number;
}

function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage !== undefined && displayLanguage.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** The open workbook in Excel, through Excel.run. The only WorkbookHost that touches Office.js. */
export function officeWorkbookHost(options: OfficeHostOptions = {}): WorkbookHost {
  let resolved = options.env;
  const env = (): OfficeEnv => (resolved ??= realOfficeEnv());
  const supports = (): ReturnType<typeof supportsOf> => supportsOf(env());
  const writeOptions = () => ({
    supports: supports(),
    notice: options.notice,
    requestBytes: options.requestBytes,
  });
  return {
    kind: "excel",
    readSnapshot: (scope) =>
      env().run((context) =>
        readSnapshotWith(context, scope, {
          supports: supports(),
          notice: options.notice,
          cellsPerRequest: options.cellsPerRequest,
        }),
      ),
    writeSheets: (plan, confirmReplace) => writeSheets(env().run, plan, confirmReplace, writeOptions()),
    insertAtSelection: (section) => insertSection(env().run, section, writeOptions()),
    markFindings: (findings) =>
      env().run((context) =>
        markFindingsWith(context, findings, {
          supports: supports(),
          notice: options.notice,
          lang: options.lang ?? langOf(env().displayLanguage),
        }),
      ),
    clearMarks: () => env().run((context) => clearMarksWith(context, supports())),
    selectCell: (sheet, cell) => env().run((context) => selectCellWith(context, sheet, cell)),
    openAsNewWorkbook: (bytes) => openAsNewWorkbookWith(env(), bytes),
    loadSettings: async () => loadSettingsFrom(env().settings),
    saveSettings: (settings) => saveSettingsTo(env().settings, settings),
  };
}
