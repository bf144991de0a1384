import { useCallback, useMemo, useReducer, useRef } from "react";
import type { Campaign, Severity } from "../../core/campaign/model";
import { todaySerial } from "../../core/locale/clock";
import { BrowserHostError, isBrowserHost } from "../../hosts/browser";
import type { PickedFile } from "../shared/picked-file";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { isCompanionFile } from "../../jobs/select-inputs";
import { markable } from "../../core/findings/markable";
import type { UnitCheck } from "../../jobs/workbook-units";
import { errorNotice } from "../shared/pane-notice";
import { loadChecks } from "../shared/load-checks";
import { filterFindings, severityCounts, type FindingItem } from "./findings-view";
import {
  checkedUnits,
  initialValidateState,
  stateItems,
  validateReducer,
  type ValidateScope,
  type ValidateState,
} from "./validate-state";

export type { ValidateScope };

/** What the view may ask for; every change of state goes through the reducer. */
export interface ValidateCommands {
  setScope: (scope: ValidateScope) => void;
  toggleSeverity: (severity: Severity) => void;
  setUnit: (unit: string) => void;
  dismissNotice: () => void;
  /** In Excel: reads the chosen scope and checks it. Outside Excel: reads every opened file again. */
  run: () => Promise<void>;
  select: (item: FindingItem) => Promise<void>;
  mark: () => Promise<void>;
  clear: () => Promise<void>;
  /** Outside Excel: opens and checks these files; one with the name of an opened file replaces it. */
  openFiles: (files: readonly PickedFile[]) => Promise<void>;
  removeFile: (name: string) => void;
  closeFiles: () => void;
}

export interface ValidatePane extends ValidateCommands {
  state: ValidateState;
  /** Outside Excel: the page's opened files are read only, with no cell to select or mark. */
  outsideExcel: boolean;
  /** Null until the first check. */
  units: readonly UnitCheck[] | null;
  visible: FindingItem[];
  counts: Record<Severity, number>;
}

/** A file the user gave, its id in the browser host while the host holds it, and whether it was read. */
interface Source {
  file: File;
  /** Where the browser keeps a handle: the file as it is on disk now. */
  reread?: () => Promise<File>;
  hostId: string | null;
  seen: boolean;
}

export function useValidatePane(host: WorkbookHost, campaign: Campaign): ValidatePane {
  const [state, dispatch] = useReducer(validateReducer, undefined, initialValidateState);
  const browser = isBrowserHost(host) ? host : null;
  // The File objects, by name, in the order of the rows: "Kiểm tra lại" reads them again.
  const sources = useRef(new Map<string, Source>());

  const units = useMemo(() => checkedUnits(state), [state]);
  const items = useMemo(() => stateItems(state), [state]);
  const visible = useMemo(
    () => filterFindings(items, { severities: state.shown, unit: state.unit }),
    [items, state.shown, state.unit],
  );
  const counts = useMemo(() => severityCounts(items, state.unit), [items, state.unit]);

  /** Reads the files one at a time through the host (so Báo cáo sees the same files) and checks each. */
  const readFiles = useCallback(
    async (files: readonly File[]) => {
      if (!browser) return;
      dispatch({ type: "checking-started", total: files.length });
      const today = todaySerial();
      try {
        const { checkOpenedFile, couldNotLoad } = await loadChecks();
        for (const [i, file] of files.entries()) {
          const before = sources.current.get(file.name);
          const reread = before?.reread;
          if (before?.hostId) {
            browser.closeFiles([before.hostId]);
            before.hostId = null;
          }
          const [opened] = await browser.openFiles([file]);
          if (couldNotLoad(opened)) {
            browser.closeFiles([opened.id]);
            sources.current.set(file.name, { file, reread, hostId: null, seen: true });
            dispatch({ type: "file-changed", name: file.name });
          } else {
            sources.current.set(file.name, { file, reread, hostId: opened.id, seen: true });
            dispatch({ type: "file-read", name: file.name, units: checkOpenedFile(opened, campaign, today) });
          }
          dispatch({ type: "checking-progress", done: i + 1 });
        }
        dispatch({ type: "checking-finished" });
      } catch (error) {
        // Only loading the reader or the checks fails like this: a file that cannot be read becomes its verdict.
        for (const [name, source] of sources.current) if (!source.seen) sources.current.delete(name);
        dispatch({ type: "checking-failed", notice: errorNotice("validate.error.run", error) });
      }
    },
    [browser, campaign],
  );

  const openFiles = useCallback(
    async (picked: readonly PickedFile[]) => {
      const companions = picked.filter((p) => isCompanionFile(p.file.name)).map((p) => p.file.name);
      const given = picked.filter((p) => !isCompanionFile(p.file.name));
      // Of two files with one name picked together, the last one is the file.
      const byName = [...new Map(given.map((p) => [p.file.name, p])).values()];
      dispatch({ type: "files-opened", names: byName.map((p) => p.file.name), companions });
      for (const { file, reread } of byName) {
        const known = sources.current.get(file.name);
        if (!known) sources.current.set(file.name, { file, reread, hostId: null, seen: false });
        // Picked again: the new pick says whether it can be read again.
        else known.reread = reread;
      }
      if (byName.length > 0) await readFiles(byName.map((p) => p.file));
    },
    [readFiles],
  );

  const checkWorkbook = useCallback(async () => {
    dispatch({ type: "checking-started", total: 0 });
    try {
      const today = todaySerial();
      const { checkActiveUnit, checkUnitSheets } = await loadChecks();
      const checked =
        state.scope === "active"
          ? (await checkActiveUnit(host, campaign, today)).units
          : checkUnitSheets(await host.readSnapshot("all"), campaign, today).filter(
              (u) => u.formSheet !== undefined,
            );
      if (checked.length === 0) {
        dispatch({
          type: "checking-failed",
          notice: {
            intent: "warning",
            title: state.scope === "active" ? "validate.noForm.active" : "validate.noForm.all",
            body: "validate.noForm.body",
          },
        });
        return;
      }
      dispatch({ type: "workbook-checked", units: checked });
      dispatch({ type: "checking-finished" });
    } catch (error) {
      dispatch({ type: "checking-failed", notice: errorNotice("validate.error.run", error) });
    }
  }, [host, campaign, state.scope]);

  const run = useCallback(async () => {
    if (!browser) return checkWorkbook();
    // A file picked with a handle is read as it is on disk now; one from the file input as it was picked.
    const files = await Promise.all(
      [...sources.current.values()].map((s) => (s.reread ? s.reread().catch(() => s.file) : s.file)),
    );
    if (files.length === 0) {
      dispatch({
        type: "checking-failed",
        notice: errorNotice("validate.error.run", new BrowserHostError("no-files")),
      });
      return;
    }
    await readFiles(files);
  }, [browser, checkWorkbook, readFiles]);

  const removeFile = useCallback(
    (name: string) => {
      const hostId = sources.current.get(name)?.hostId;
      if (browser && hostId) browser.closeFiles([hostId]);
      sources.current.delete(name);
      dispatch({ type: "file-removed", name });
    },
    [browser],
  );

  const closeFiles = useCallback(() => {
    browser?.closeFiles();
    sources.current.clear();
    dispatch({ type: "files-closed" });
  }, [browser]);

  const select = useCallback(
    async (item: FindingItem) => {
      const { sheet, cell } = item.finding;
      if (sheet === undefined || cell === undefined) return;
      try {
        await host.selectCell(sheet, cell);
      } catch (error) {
        dispatch({ type: "job-ended", notice: errorNotice("validate.error.select", error) });
      }
    },
    [host],
  );

  const mark = useCallback(async () => {
    dispatch({ type: "job-started", job: "mark" });
    try {
      const count = await host.markFindings(markable(visible.map((i) => i.finding)));
      dispatch({ type: "job-ended", status: { key: "validate.status.marked", params: { count } } });
    } catch (error) {
      dispatch({ type: "job-ended", notice: errorNotice("validate.error.mark", error) });
    }
  }, [host, visible]);

  const clear = useCallback(async () => {
    dispatch({ type: "job-started", job: "clear" });
    try {
      const count = await host.clearMarks();
      dispatch({ type: "job-ended", status: { key: "validate.status.cleared", params: { count } } });
    } catch (error) {
      dispatch({ type: "job-ended", notice: errorNotice("validate.error.clear", error) });
    }
  }, [host]);

  return {
    state,
    outsideExcel: browser !== null,
    units,
    visible,
    counts,
    setScope: useCallback((scope: ValidateScope) => dispatch({ type: "scope-chosen", scope }), []),
    toggleSeverity: useCallback((severity: Severity) => dispatch({ type: "filter-toggled", severity }), []),
    setUnit: useCallback((unit: string) => dispatch({ type: "unit-chosen", unit }), []),
    dismissNotice: useCallback(() => dispatch({ type: "notice-dismissed" }), []),
    run,
    select,
    mark,
    clear,
    openFiles,
    removeFile,
    closeFiles,
  };
}
