import type { Finding } from "../../../src/core/findings/finding";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/workbook-model/plan";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { sheetNamedIn, snapshotOfSheets } from "../../../src/core/workbook-model/read-scope";
import type { WorkbookHost } from "../../../src/hosts/workbook-host";

type Method = Exclude<keyof WorkbookHost, "kind">;

export interface FakeHostOptions {
  /** The open workbook; readSnapshot("active") gives its active sheet alone, as Excel's host does. */
  workbook?: WorkbookSnapshot;
  /** Defaults to "Biểu mẫu". */
  activeSheet?: string;
  /** Sheets already in the workbook: writing a plan with these names asks before replacing. */
  existingSheets?: string[];
  openResult?: "opened" | "unsupported";
  settings?: Record<string, string>;
  /** Methods that reject with this error. */
  failing?: Partial<Record<Method, Error>>;
}

export interface FakeHost extends WorkbookHost {
  calls: { method: Method; args: unknown[] }[];
  argsOf: (method: Method) => unknown[][];
  /** The answers confirmReplace gave, in order. */
  replaceAnswers: boolean[];
  stored: Record<string, string>;
  /** The sheets the workbook has now: those it started with and those written. */
  sheetNames: () => string[];
}

function activeOnly(workbook: WorkbookSnapshot, sheet: string): WorkbookSnapshot {
  return {
    fileName: workbook.fileName,
    sheets: workbook.sheets.filter((s) => s.name === sheet),
    names: workbook.names.filter((n) => n.sheet === sheet),
    tables: workbook.tables.filter((t) => t.sheet === sheet),
  };
}

/** A plain WorkbookHost that records every call: enough to test the panes without Excel. */
export function fakeHost(options: FakeHostOptions = {}): FakeHost {
  const calls: FakeHost["calls"] = [];
  const replaceAnswers: boolean[] = [];
  const existing = new Set(options.existingSheets ?? []);
  let marked = 0;
  const host: FakeHost = {
    kind: "excel",
    calls,
    replaceAnswers,
    sheetNames: () => [...existing],
    stored: { ...(options.settings ?? {}) },
    argsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    readSnapshot: (scope) =>
      record("readSnapshot", [scope], () => {
        const workbook = options.workbook;
        if (!workbook) throw new Error("no workbook in this test");
        if (scope === "all") return workbook;
        if (scope === "active") return activeOnly(workbook, options.activeSheet ?? "Biểu mẫu");
        return snapshotOfSheets(workbook, sheetNamedIn(scope.sheets));
      }),
    writeSheets: (plan: WorkbookPlan, confirmReplace) =>
      record("writeSheets", [plan, confirmReplace], async () => {
        const names = plan.sheets.map((s) => s.name);
        const clashes = names.filter((n) => existing.has(n));
        const replace = clashes.length > 0 ? await confirmReplace(clashes) : false;
        if (clashes.length > 0) replaceAnswers.push(replace);
        const written = names.map((n) => (existing.has(n) && !replace ? `${n} (2)` : n));
        written.forEach((n) => existing.add(n));
        return written;
      }),
    insertAtSelection: (section: SheetPlan) => record("insertAtSelection", [section], () => undefined),
    markFindings: (findings: Finding[]) =>
      record("markFindings", [findings], () => {
        marked += findings.length;
        return findings.length;
      }),
    clearMarks: () =>
      record("clearMarks", [], () => {
        const count = marked;
        marked = 0;
        return count;
      }),
    selectCell: (sheet, cell) => record("selectCell", [sheet, cell], () => undefined),
    openAsNewWorkbook: (bytes) => record("openAsNewWorkbook", [bytes], () => options.openResult ?? "opened"),
    loadSettings: () => record("loadSettings", [], () => ({ ...host.stored })),
    saveSettings: (settings) =>
      record("saveSettings", [settings], () => {
        host.stored = { ...settings };
      }),
  };

  async function record<T>(method: Method, args: unknown[], answer: () => T | Promise<T>): Promise<T> {
    calls.push({ method, args });
    await Promise.resolve();
    const failure = options.failing?.[method];
    if (failure) throw failure;
    return answer();
  }

  return host;
}
