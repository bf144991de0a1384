// The Kiểm tra pane's reducer and verdicts, without React: each event in, the next state out.
import type { Severity } from "../../src/core/campaign/model";
import { countBySeverity, type Finding } from "../../src/core/findings/finding";
import { unreadableFile } from "../../src/core/validation/file-check";
import type { UnitCheck } from "../../src/jobs/workbook-units";
import { statusLine } from "../../src/taskpane/shared/LiveStatus";
import { filterFindings } from "../../src/taskpane/validate/findings-view";
import {
  checkedUnits,
  initialValidateState,
  stateItems,
  validateReducer,
  type ValidateEvent,
  type ValidateState,
} from "../../src/taskpane/validate/validate-state";
import { verdictGroups } from "../../src/taskpane/validate/verdict-groups";
import { verdictOf } from "../../src/taskpane/validate/verdict";
import { makeT } from "../../src/i18n/ui-text";

const t = makeT("vi");

const finding = (severity: Severity, cell: string): Finding => ({
  code: "required-value",
  severity,
  file: "a.xlsx",
  sheet: "Biểu mẫu",
  cell,
  params: { label: cell },
});

function form(file: string, label: string, severities: Severity[]): UnitCheck {
  const findings = severities.map((s, i) => finding(s, `D${i + 1}`));
  const counts = countBySeverity(findings);
  return {
    key: "Biểu mẫu",
    label,
    formSheet: "Biểu mẫu",
    check: { file, findings, counts, valid: counts.error === 0 },
  };
}

const unreadable = (file: string): UnitCheck => ({
  key: file,
  label: file,
  check: unreadableFile(file, "corrupt", "end of central directory not found"),
});

const run = (events: ValidateEvent[], from = initialValidateState()): ValidateState =>
  events.reduce(validateReducer, from);

/** Files opened and read, as the hook reports them. */
function opened(files: Record<string, UnitCheck[]>, from = initialValidateState()): ValidateState {
  const names = Object.keys(files);
  return run(
    [
      { type: "files-opened", names, companions: [] },
      { type: "checking-started", total: names.length },
      ...names.flatMap((name, i): ValidateEvent[] => [
        { type: "file-read", name, units: files[name] },
        { type: "checking-progress", done: i + 1 },
      ]),
      { type: "checking-finished" },
    ],
    from,
  );
}

describe("the Kiểm tra verdicts", () => {
  it("says fix before sending, ready to send (with or without warnings), and apart, no form at all", () => {
    expect(verdictOf(form("a.xlsx", "VP", ["error", "error", "warning"]))).toEqual({
      kind: "fix",
      errors: 2,
      warnings: 1,
    });
    expect(verdictOf(form("a.xlsx", "VP", ["warning", "info"]))).toEqual({ kind: "ready", warnings: 1 });
    expect(verdictOf(form("a.xlsx", "VP", []))).toEqual({ kind: "ready", warnings: 0 });
    expect(verdictOf(unreadable("hong.xlsx")).kind).toBe("unreadable");
    const notTemplate: UnitCheck = {
      ...form("ghi-chu.xlsx", "ghi-chu.xlsx", []),
      check: {
        file: "ghi-chu.xlsx",
        findings: [{ code: "not-the-template", severity: "error", file: "ghi-chu.xlsx", params: {} }],
        counts: { error: 1, warning: 0, info: 0 },
        valid: false,
      },
    };
    expect(verdictOf(notTemplate).kind).toBe("not-a-form");
  });
});

describe("validateReducer", () => {
  it("checks files: progress while reading, then the overall line counting forms apart from unreadable files", () => {
    let state = run([
      { type: "files-opened", names: ["TTr.xlsx", "hong.xlsx"], companions: ["~$TTr.xlsx"] },
      { type: "checking-started", total: 2 },
    ]);
    expect(state.busy).toBe("run");
    expect(state.progress).toEqual({ done: 0, total: 2 });
    expect(state.skippedCompanions).toEqual(["~$TTr.xlsx"]);
    expect(statusLine(state.status ?? { key: "validate.run" }, t)).toBe("Đang đọc và kiểm tra…");
    expect(verdictGroups(state).map((g) => g.items[0].verdict.kind)).toEqual(["reading", "reading"]);
    state = run(
      [
        {
          type: "file-read",
          name: "TTr.xlsx",
          units: [form("TTr.xlsx", "Thanh tra Sở", ["error", "error"])],
        },
        { type: "checking-progress", done: 1 },
      ],
      state,
    );
    expect(state.progress).toEqual({ done: 1, total: 2 });
    // Progress is not announced: the live region says the start and the end only.
    expect(state.status).toEqual({ key: "validate.status.reading" });
    state = run(
      [
        { type: "file-read", name: "hong.xlsx", units: [unreadable("hong.xlsx")] },
        { type: "checking-finished" },
      ],
      state,
    );
    expect(state.busy).toBeNull();
    expect(state.progress).toBeNull();
    expect(state.finishedChecks).toBe(1);
    expect(statusLine(state.status ?? { key: "validate.run" }, t)).toBe(
      "Đã kiểm tra 1 biểu mẫu: 1 cần sửa trước khi gửi, 0 có thể gửi. 1 tệp không đọc được.",
    );
    expect(verdictGroups(state).map((g) => [g.title, g.items.map((i) => i.verdict.kind)])).toEqual([
      ["TTr.xlsx", ["fix"]],
      ["hong.xlsx", ["unreadable"]],
    ]);
  });

  it("replaces the row of a file opened again under the same name, in its place", () => {
    let state = opened({
      "a.xlsx": [form("a.xlsx", "VP", ["error"])],
      "b.xlsx": [form("b.xlsx", "TTr", [])],
    });
    state = opened({ "a.xlsx": [form("a.xlsx", "VP", [])] }, state);
    expect(state.files.map((f) => f.name)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(verdictGroups(state).map((g) => g.items[0].verdict.kind)).toEqual(["ready", "ready"]);
    expect(state.finishedChecks).toBe(2);
    expect(stateItems(state)).toEqual([]);
  });

  it("keeps a file that changed on disk as one to open again, and says so at the end", () => {
    let state = opened({ "a.xlsx": [form("a.xlsx", "VP", ["error"])] });
    state = run(
      [
        { type: "checking-started", total: 1 },
        { type: "file-changed", name: "a.xlsx" },
        { type: "checking-finished" },
      ],
      state,
    );
    expect(verdictGroups(state)[0].items[0].verdict).toEqual({ kind: "changed" });
    expect(statusLine(state.status ?? { key: "validate.run" }, t)).toBe(
      "Chưa kiểm tra được biểu mẫu nào. 1 tệp cần mở lại.",
    );
    expect(stateItems(state)).toEqual([]);
  });

  it("removes a file: its row and findings go, the line is said again for what is left", () => {
    let state = opened({
      "a.xlsx": [form("a.xlsx", "VP", ["error"])],
      "b.xlsx": [form("b.xlsx", "TTr", [])],
    });
    state = validateReducer(validateReducer(state, { type: "unit-chosen", unit: "a.xlsx/Biểu mẫu" }), {
      type: "file-removed",
      name: "a.xlsx",
    });
    expect(state.files.map((f) => f.name)).toEqual(["b.xlsx"]);
    expect(state.unit).toBe("");
    expect(statusLine(state.status ?? { key: "validate.run" }, t)).toBe(
      "Đã kiểm tra 1 biểu mẫu: 0 cần sửa trước khi gửi, 1 có thể gửi.",
    );
    state = validateReducer(state, { type: "files-closed" });
    expect(state.files).toEqual([]);
    expect(state.status).toBeNull();
    expect(checkedUnits(state)).toBeNull();
  });

  it("labels forms with their file when several files are open, and keys them apart", () => {
    const state = opened({
      "a.xlsx": [form("a.xlsx", "VP", ["error"])],
      "b.xlsx": [form("b.xlsx", "TTr", ["warning"])],
    });
    expect(checkedUnits(state)?.map((u) => [u.key, u.label])).toEqual([
      ["a.xlsx/Biểu mẫu", "VP (a.xlsx)"],
      ["b.xlsx/Biểu mẫu", "TTr (b.xlsx)"],
    ]);
  });

  it("toggles the chips as “show only”: none pressed shows all, one pressed shows only it", () => {
    let state = opened({ "a.xlsx": [form("a.xlsx", "VP", ["error", "warning", "info", "error"])] });
    const shown = () =>
      filterFindings(stateItems(state), { severities: state.shown, unit: state.unit }).map(
        (i) => i.finding.severity,
      );
    expect(shown()).toEqual(["error", "warning", "info", "error"]);
    state = validateReducer(state, { type: "filter-toggled", severity: "error" });
    expect(shown()).toEqual(["error", "error"]);
    state = validateReducer(state, { type: "filter-toggled", severity: "info" });
    expect(shown()).toEqual(["error", "info", "error"]);
    state = run(
      [
        { type: "filter-toggled", severity: "error" },
        { type: "filter-toggled", severity: "info" },
      ],
      state,
    );
    expect(state.shown.size).toBe(0);
    expect(shown()).toHaveLength(4);
  });

  it("in Excel: the workbook's forms; a failed check says why, forgets the last forms, ends the wait", () => {
    let state = run([
      { type: "checking-started", total: 0 },
      { type: "workbook-checked", units: [form("so.xlsx", "Văn phòng Sở", ["warning"])] },
      { type: "checking-finished" },
    ]);
    expect(state.progress).toBeNull();
    expect(verdictGroups(state)).toEqual([
      {
        key: "Biểu mẫu",
        title: "Văn phòng Sở",
        items: [{ key: "Biểu mẫu", verdict: { kind: "ready", warnings: 1 } }],
      },
    ]);
    expect(statusLine(state.status ?? { key: "validate.run" }, t)).toBe(
      "Đã kiểm tra 1 biểu mẫu: 0 cần sửa trước khi gửi, 1 có thể gửi.",
    );
    state = run(
      [
        { type: "checking-started", total: 0 },
        { type: "checking-failed", notice: { intent: "warning", title: "validate.noForm.active" } },
      ],
      state,
    );
    expect(state.busy).toBeNull();
    expect(state.workbookUnits).toBeNull();
    expect(state.status).toBeNull();
    expect(state.notice?.title).toBe("validate.noForm.active");
    expect(state.finishedChecks).toBe(1);
  });

  it("forgets files whose reading never started when loading the reader fails", () => {
    let state = opened({ "a.xlsx": [form("a.xlsx", "VP", [])] });
    state = run(
      [
        { type: "files-opened", names: ["b.xlsx"], companions: [] },
        { type: "checking-started", total: 1 },
        { type: "checking-failed", notice: { intent: "error", title: "validate.error.run" } },
      ],
      state,
    );
    expect(state.files.map((f) => f.name)).toEqual(["a.xlsx"]);
  });

  it("marks and clears as jobs of their own, saying their counts at the end", () => {
    const state = run([
      { type: "job-started", job: "mark" },
      { type: "job-ended", status: { key: "validate.status.marked", params: { count: 3 } } },
    ]);
    expect(state.busy).toBeNull();
    expect(statusLine(state.status ?? { key: "validate.run" }, t)).toBe("Đã đánh dấu 3 ô trên trang tính.");
  });
});
