import type { WorkbookPlan } from "../../core/workbook-model/plan";
import type { WorkbookSnapshot } from "../../core/workbook-model/snapshot";
import type { WorkbookHost } from "../workbook-host";
import { download as browserDownload } from "./download";
import { BrowserHostError } from "./errors";
import { sheetNamedIn, snapshotOfSheets } from "../../core/workbook-model/read-scope";
import { mergeSnapshots } from "./merge-snapshots";
import { readOpenedFile, type OpenedFile } from "./opened-file";
import { addSheets, clashingSheets } from "./output-workbook";
import { settingsStore } from "./settings-store";
import { loadXlsxModule, type XlsxModule } from "./xlsx-module";

/**
 * A workbook the pane has produced: every sheet the jobs wrote to this file name so far (a job writing
 * again to its own file asks before it replaces its sheets), downloaded as one .xlsx after each write.
 */
export interface OutputWorkbook {
  readonly fileName: string;
  readonly plan: WorkbookPlan;
  readonly sheets: readonly string[];
  readonly bytes: Uint8Array;
}

export interface BrowserHostState {
  /** In the order they were opened. */
  readonly files: readonly OpenedFile[];
  /** The file readSnapshot("active") reads: the one set with setActiveFile, else the last readable one opened. */
  readonly activeId?: string;
  /** The workbook written last. */
  readonly output?: OutputWorkbook;
  /** Every workbook produced, one per file name, in the order they were first written. */
  readonly outputs: readonly OutputWorkbook[];
}

/** The page outside Excel: the .xlsx files the user opened, and the workbook the pane produces for download. */
export interface BrowserWorkbookHost extends WorkbookHost {
  readonly kind: "browser";
  /** Reads the files (one at a time) and adds them; files that cannot be read come back with a problem. */
  openFiles(files: readonly File[]): Promise<OpenedFile[]>;
  /** Forgets the files with these ids, or every file. */
  closeFiles(ids?: readonly string[]): void;
  setActiveFile(id: string): void;
  /** The same object until something changes (for React's useSyncExternalStore). */
  getState(): BrowserHostState;
  subscribe(listener: () => void): () => void;
  /** Offers a produced workbook for download again: the one of that name, else the one written last. */
  downloadOutput(fileName?: string): void;
  /** Forgets the produced workbooks; the next write to any name starts a new file. */
  newOutput(): void;
}

export interface BrowserHostOptions {
  /** How a file is offered for download; a link the page clicks by default. */
  download?: (fileName: string, bytes: Uint8Array) => void;
  /** Where settings are kept; localStorage by default, null for memory only. */
  storage?: Storage | null;
  /** hosts/xlsx, loaded on first use by default. */
  loadXlsx?: () => Promise<XlsxModule>;
  /** Name of the downloaded workbook when a write names none (jobs name theirs: jobs/output-names). */
  outputFileName?: string;
}

export const OUTPUT_FILE_NAME = "thi-dua-ket-qua.xlsx";

export function isBrowserHost(host: WorkbookHost): host is BrowserWorkbookHost {
  return host.kind === "browser" && "openFiles" in host;
}

export function createBrowserHost(options: BrowserHostOptions = {}): BrowserWorkbookHost {
  const offer = options.download ?? ((name: string, bytes: Uint8Array) => browserDownload(name, bytes));
  const loadXlsx = options.loadXlsx ?? loadXlsxModule;
  const fileName = options.outputFileName ?? OUTPUT_FILE_NAME;
  const settings = settingsStore(options.storage);
  const listeners = new Set<() => void>();
  let state: BrowserHostState = { files: [], outputs: [] };
  let nextId = 1;
  // Opening and writing run one at a time: a workbook is held whole in memory, and a write must see
  // the sheets the previous write added.
  let queue: Promise<unknown> = Promise.resolve();

  const setState = (change: Partial<BrowserHostState>): void => {
    state = { ...state, ...change };
    listeners.forEach((listener) => listener());
  };
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.catch(() => undefined);
    return run;
  };
  const readable = (): { file: OpenedFile; snapshot: WorkbookSnapshot }[] =>
    state.files.flatMap((file) => (file.snapshot ? [{ file, snapshot: file.snapshot }] : []));

  const writeSheets: WorkbookHost["writeSheets"] = (plan, confirmReplace, target) =>
    serial(async () => {
      const name = target?.fileName ?? fileName;
      const current = state.outputs.find((o) => o.fileName === name)?.plan;
      const clashes = clashingSheets(current, plan);
      const replace = clashes.length > 0 && (await confirmReplace(clashes));
      const added = addSheets(current, plan, replace);
      // Nothing is kept or offered unless the whole workbook was written.
      const bytes = await (await loadXlsx()).writeWorkbook(added.plan);
      offer(name, bytes);
      const output: OutputWorkbook = {
        fileName: name,
        plan: added.plan,
        sheets: added.plan.sheets.map((s) => s.name),
        bytes,
      };
      const outputs = state.outputs.some((o) => o.fileName === name)
        ? state.outputs.map((o) => (o.fileName === name ? output : o))
        : [...state.outputs, output];
      setState({ output, outputs });
      return added.written;
    });

  return {
    kind: "browser",
    openFiles: (files) =>
      serial(async () => {
        if (files.length === 0) return [];
        const xlsx = await loadXlsx();
        const opened: OpenedFile[] = [];
        for (const file of files) opened.push(await readOpenedFile(`f${nextId++}`, file, xlsx));
        const lastReadable = opened.filter((f) => f.snapshot).pop();
        setState({ files: [...state.files, ...opened], activeId: lastReadable?.id ?? state.activeId });
        return opened;
      }),
    closeFiles: (ids) => {
      const closing = new Set(ids ?? state.files.map((f) => f.id));
      const files = state.files.filter((f) => !closing.has(f.id));
      const activeId =
        state.activeId !== undefined && closing.has(state.activeId) ? undefined : state.activeId;
      setState({ files, activeId });
    },
    setActiveFile: (id) => {
      if (state.files.some((f) => f.id === id && f.snapshot)) setState({ activeId: id });
    },
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    downloadOutput: (name) => {
      const output = state.outputs.find((o) => o.fileName === name) ?? state.output;
      if (output) offer(output.fileName, output.bytes);
    },
    newOutput: () => setState({ output: undefined, outputs: [] }),

    readSnapshot: async (scope) => {
      const files = readable();
      if (files.length === 0) throw new BrowserHostError("no-files");
      if (scope === "all") return mergeSnapshots(files.map((f) => f.snapshot));
      if (typeof scope === "object") {
        return snapshotOfSheets(mergeSnapshots(files.map((f) => f.snapshot)), sheetNamedIn(scope.sheets));
      }
      const active = files.find((f) => f.file.id === state.activeId) ?? files[files.length - 1];
      return active.snapshot;
    },
    writeSheets,
    // There is no selection outside Excel: the section becomes a sheet of its own in the produced workbook.
    insertAtSelection: async (section) => {
      await writeSheets({ sheets: [section] }, () => Promise.resolve(false));
    },
    markFindings: () => Promise.reject(new BrowserHostError("read-only")),
    // The opened files are never written, so there are no marks to clear.
    clearMarks: () => Promise.resolve(0),
    selectCell: (sheet, cell) =>
      Promise.reject(new BrowserHostError("no-grid", { cell: `${sheet}!${cell}` })),
    openAsNewWorkbook: () => Promise.resolve("unsupported"),
    loadSettings: async () => settings.load(),
    saveSettings: async (next) => settings.save(next),
  };
}
