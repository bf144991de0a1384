/**
 * The Kiểm tra pane's state and every change to it, as a pure reducer (tested without React): the files
 * opened outside Excel or the unit forms of the workbook, each checked; the check's progress; the filters;
 * what the live region says. use-validate-pane.ts wires it to the host, ValidateView.tsx renders it.
 */
import type { Severity } from "../../core/campaign/model";
import type { UnitCheck } from "../../jobs/workbook-units";
import type { StatusText } from "../shared/LiveStatus";
import type { PaneNotice } from "../shared/pane-notice";
import { findingItems, type FindingItem } from "./findings-view";
import { overallStatus, tallyVerdicts } from "./verdict";

export type ValidateScope = "active" | "all";
export type ValidateJob = "run" | "mark" | "clear";

/** A file opened outside Excel. */
export interface FileRow {
  /** The row's identity: a file opened again under the same name replaces its row, never adds one. */
  readonly name: string;
  /** Its unit forms, checked (one entry saying why for a file that is none); null while it is read. */
  readonly units: readonly UnitCheck[] | null;
  /** Reading it again failed: it changed on disk since it was opened, so it must be opened again. */
  readonly changed: boolean;
}

export interface ValidateState {
  readonly scope: ValidateScope;
  readonly busy: ValidateJob | null;
  /** Outside Excel, in the order first opened. */
  readonly files: readonly FileRow[];
  /** In Excel: the forms of the last check; null before it. */
  readonly workbookUnits: readonly UnitCheck[] | null;
  /** While files are read: how many of how many. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  /** Companion files (Excel's lock files "~$…", macOS metadata "._…") left out of the last opening. */
  readonly skippedCompanions: readonly string[];
  /** "Show only" these severities; none chosen shows every finding. */
  readonly shown: ReadonlySet<Severity>;
  /** A unit's key, or "" for every unit. */
  readonly unit: string;
  /** What the live region says: the start and the end of a check, the end of a marking. */
  readonly status: StatusText | null;
  readonly notice: PaneNotice | null;
  /** How many checks have ended; the view moves the focus to the verdict when it grows. */
  readonly finishedChecks: number;
}

export type ValidateEvent =
  | { type: "scope-chosen"; scope: ValidateScope }
  | { type: "files-opened"; names: readonly string[]; companions: readonly string[] }
  | { type: "checking-started"; total: number }
  | { type: "checking-progress"; done: number }
  | { type: "file-read"; name: string; units: readonly UnitCheck[] }
  | { type: "file-changed"; name: string }
  | { type: "file-removed"; name: string }
  | { type: "files-closed" }
  | { type: "workbook-checked"; units: readonly UnitCheck[] }
  | { type: "checking-finished" }
  | { type: "checking-failed"; notice: PaneNotice }
  | { type: "filter-toggled"; severity: Severity }
  | { type: "unit-chosen"; unit: string }
  | { type: "job-started"; job: Exclude<ValidateJob, "run"> }
  | { type: "job-ended"; status?: StatusText; notice?: PaneNotice }
  | { type: "notice-dismissed" };

export function initialValidateState(): ValidateState {
  return {
    scope: "active",
    busy: null,
    files: [],
    workbookUnits: null,
    progress: null,
    skippedCompanions: [],
    shown: new Set(),
    unit: "",
    status: null,
    notice: null,
    finishedChecks: 0,
  };
}

/** Every checked form: the workbook's in Excel; outside Excel the opened files', null until one is read. */
export function checkedUnits(state: ValidateState): readonly UnitCheck[] | null {
  if (state.workbookUnits) return state.workbookUnits;
  const read = state.files.filter((row) => row.units !== null);
  if (read.length === 0) return null;
  return read.flatMap((row) =>
    (row.units ?? []).map((u) => ({
      ...u,
      // Keys are unique across files: two files may both have a "Biểu mẫu" sheet.
      key: `${row.name}/${u.key}`,
      label: state.files.length === 1 || u.label === row.name ? u.label : `${u.label} (${row.name})`,
    })),
  );
}

/** The findings of every checked form, for the list and its filters. */
export function stateItems(state: ValidateState): FindingItem[] {
  return findingItems([...(checkedUnits(state) ?? [])]);
}

function summaryOf(state: ValidateState): StatusText | null {
  const units = checkedUnits(state);
  const changed = state.files.filter((row) => row.changed).length;
  if (!units && changed === 0) return null;
  return overallStatus(tallyVerdicts(units ?? [], changed));
}

function replaceRow(files: readonly FileRow[], name: string, change: Partial<FileRow>): FileRow[] {
  return files.map((row) => (row.name === name ? { ...row, ...change } : row));
}

export function validateReducer(state: ValidateState, event: ValidateEvent): ValidateState {
  switch (event.type) {
    case "scope-chosen":
      return { ...state, scope: event.scope };
    case "files-opened": {
      const fresh = (name: string): FileRow => ({ name, units: null, changed: false });
      const names = [...new Set(event.names)];
      const kept = state.files.map((row) => (names.includes(row.name) ? fresh(row.name) : row));
      const added = names.filter((name) => !state.files.some((row) => row.name === name)).map(fresh);
      return { ...state, files: [...kept, ...added], skippedCompanions: event.companions };
    }
    case "checking-started":
      return {
        ...state,
        busy: "run",
        notice: null,
        progress: event.total > 0 ? { done: 0, total: event.total } : null,
        status: { key: "validate.status.reading" },
      };
    case "checking-progress":
      return state.progress ? { ...state, progress: { ...state.progress, done: event.done } } : state;
    case "file-read":
      return { ...state, files: replaceRow(state.files, event.name, { units: event.units, changed: false }) };
    case "file-changed":
      return { ...state, files: replaceRow(state.files, event.name, { units: null, changed: true }) };
    case "file-removed": {
      const next = { ...state, files: state.files.filter((row) => row.name !== event.name) };
      const units = checkedUnits(next);
      const unit = units?.some((u) => u.key === next.unit) ? next.unit : "";
      return { ...next, unit, status: state.status ? summaryOf(next) : null };
    }
    case "files-closed":
      return { ...state, files: [], skippedCompanions: [], unit: "", status: null, notice: null };
    case "workbook-checked":
      return { ...state, workbookUnits: event.units, unit: "" };
    case "checking-finished": {
      const units = checkedUnits(state);
      const unit = units?.some((u) => u.key === state.unit) ? state.unit : "";
      return {
        ...state,
        busy: null,
        progress: null,
        unit,
        status: summaryOf(state),
        finishedChecks: state.finishedChecks + 1,
      };
    }
    case "checking-failed":
      return {
        ...state,
        busy: null,
        progress: null,
        // Files whose reading never started are forgotten: nothing was learnt about them.
        files: state.files.filter((row) => row.units !== null || row.changed),
        workbookUnits: null,
        status: null,
        notice: event.notice,
      };
    case "filter-toggled": {
      const shown = new Set(state.shown);
      if (!shown.delete(event.severity)) shown.add(event.severity);
      return { ...state, shown };
    }
    case "unit-chosen":
      return { ...state, unit: event.unit };
    case "job-started":
      return { ...state, busy: event.job, notice: null };
    case "job-ended":
      return { ...state, busy: null, status: event.status ?? state.status, notice: event.notice ?? null };
    case "notice-dismissed":
      return { ...state, notice: null };
  }
}
