import type { ExcelRun } from "./excel-api";

/** Document settings (Office.context.document.settings) with saving as a promise. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Persists the settings in the document (saveAsync). */
  save(): Promise<void>;
  /**
   * Reads the settings persisted in the document again (refreshAsync). Each runtime holds its own copy,
   * loaded when it started: the ribbon's function file does not see what the pane saved since.
   */
  refresh(): Promise<void>;
}

/** Everything hosts/office takes from the Office.js globals; hosts/fake provides the same for tests. */
export interface OfficeEnv {
  run: ExcelRun;
  isSetSupported(name: string, minVersion: string): boolean;
  settings: DocumentSettings;
  /** Excel.createWorkbook; undefined where the host does not have it. */
  createWorkbook?: (base64File: string) => Promise<void>;
  /** Office's UI language ("vi-VN"). */
  displayLanguage?: string;
}

function officeSettings(): DocumentSettings {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    save: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Failed
            ? reject(new Error(result.error.message))
            : resolve(),
        ),
      ),
    refresh: () =>
      new Promise((resolve, reject) =>
        settings.refreshAsync((result) =>
          result.status === Office.AsyncResultStatus.Failed
            ? reject(new Error(result.error.message))
            : resolve(),
        ),
      ),
  };
}

/** The environment of the running add-in. Call only after Office.onReady. */
export function realOfficeEnv(): OfficeEnv {
  return {
    // Passing Excel's context where a RequestContextLike is expected makes the compiler check the subset.
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    settings: officeSettings(),
    createWorkbook:
      typeof Excel.createWorkbook === "function" ? (b64) => Excel.createWorkbook(b64) : undefined,
    displayLanguage: Office.context.displayLanguage,
  };
}
