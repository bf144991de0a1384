/** @jest-environment jsdom */
import "../taskpane/helpers/browser-globals";
import type { WorkbookPlan } from "../../src/core/workbook-model/plan";
import { HostError } from "../../src/hosts/office/errors";
import { setHostFactory } from "../../src/commands/host-factory";
import type { CommandOutcome } from "../../src/commands/run-command";
import { planToSnapshot } from "../helpers/plan-to-snapshot";
import { fakeHost, type FakeHost } from "../taskpane/helpers/fake-host";
import { mergeUnitWorkbooks } from "../taskpane/helpers/merge-units";
import { batch2024, planOf } from "../taskpane/helpers/samples";

// A minimal Office: what commands.ts and its helpers touch, with behaviour each test can change.
type Handler = (event: Office.AddinCommands.Event) => Promise<CommandOutcome>;
type DialogCallback = (result: { status: string; value: FakeDialog }) => void;
interface FakeDialog {
  handlers: Map<string, () => void>;
  addEventHandler: (type: string, handler: () => void) => void;
  close: jest.Mock;
}

const handlers = new Map<string, Handler>();
const supported = new Set<string>();
const displayDialogAsync = jest.fn<void, [string, unknown, DialogCallback]>();
const isSetSupported = jest.fn((name: string) => supported.has(name));

const fakeOffice = {
  onReady: (callback: () => void) => {
    callback();
    return Promise.resolve({ host: "Excel", platform: "PC" });
  },
  actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
  context: {
    displayLanguage: "vi-VN",
    requirements: { isSetSupported },
    ui: { displayDialogAsync },
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
};

const batch = batch2024();
const vp = planToSnapshot(planOf(batch, "VP"), "Tong hop.xlsx");
const ttr = planToSnapshot(planOf(batch, "TTr"), "Tong hop.xlsx");

function fakeDialog(): FakeDialog {
  const dialogHandlers = new Map<string, () => void>();
  return {
    handlers: dialogHandlers,
    addEventHandler: (type, handler) => dialogHandlers.set(type, handler),
    close: jest.fn(),
  };
}

function fakeEvent(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return { completed: jest.fn(), source: { id: "button" } };
}

function handler(name: string): Handler {
  const found = handlers.get(name);
  if (!found) throw new Error(`${name} is not registered`);
  return found;
}

/** Dialogs open and are closed by the user at once; returns the notice each one showed. */
function dialogsCloseAtOnce(): URL[] {
  supported.add("DialogApi");
  const shown: URL[] = [];
  displayDialogAsync.mockImplementation((url, _options, callback) => {
    shown.push(new URL(url));
    const dialog = fakeDialog();
    callback({ status: "succeeded", value: dialog });
    dialog.handlers.get("dialogMessageReceived")?.();
  });
  return shown;
}

function useHost(host: FakeHost): void {
  setHostFactory(() => Promise.resolve(host));
}

beforeAll(async () => {
  (globalThis as { Office?: unknown }).Office = fakeOffice;
  await import("../../src/commands/commands");
});

afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
  setHostFactory();
});

beforeEach(() => {
  jest.clearAllMocks();
  supported.clear();
  localStorage.clear();
  isSetSupported.mockImplementation((name: string) => supported.has(name));
});

describe("ribbon commands", () => {
  it("registers the two functions the manifest names", () => {
    expect([...handlers.keys()].sort()).toEqual(["consolidateWorkbook", "validateActiveSheet"]);
  });

  it("Kiểm tra validates the active sheet, marks it and reports the counts", async () => {
    const shown = dialogsCloseAtOnce();
    const host = fakeHost({ workbook: ttr });
    useHost(host);
    const event = fakeEvent();
    const { report } = await handler("validateActiveSheet")(event);
    // The whole workbook once (its criteria sheets, if any, and the form with its table sheets), then the
    // active sheet's name.
    expect(host.argsOf("readSnapshot")).toEqual([["all"], ["active"]]);
    const [marked] = host.argsOf("markFindings")[0] as [unknown[]];
    expect(marked.length).toBeGreaterThan(0);
    expect(report.title).toBe("Có lỗi cần sửa");
    expect(report.message).toMatch(
      new RegExp(
        `^Trang “Biểu mẫu”: [1-9]\\d* lỗi, \\d+ cảnh báo, \\d+ lưu ý\\. Đã đánh dấu ${marked.length} ô`,
      ),
    );
    expect(shown[0].searchParams.get("title")).toBe(report.title);
    expect(shown[0].searchParams.get("message")).toBe(report.message);
    expect(shown[0].searchParams.get("notice")).toBe("validate");
    expect(localStorage.getItem("thidua.requestedTab")).toBe("validate");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("Tổng hợp consolidates the unit sheets into new summary sheets without replacing any", async () => {
    dialogsCloseAtOnce();
    const host = fakeHost({
      workbook: mergeUnitWorkbooks([vp, ttr]),
      existingSheets: ["Tổng hợp chỉ tiêu"],
    });
    useHost(host);
    const event = fakeEvent();
    const { report } = await handler("consolidateWorkbook")(event);
    const [plan] = host.argsOf("writeSheets")[0] as [WorkbookPlan];
    expect(plan.sheets.flatMap((s) => s.tables ?? []).map((t) => t.name)).toContain("tbl_sum_indicators");
    expect(host.replaceAnswers).toEqual([false]);
    expect(report.title).toBe("Đã tổng hợp năm 2024");
    expect(report.message).toMatch(/^Đã nhận 2\/10 báo cáo \(1 hợp lệ, 1 có lỗi\)\. Chưa nộp: KHTC, /);
    expect(report.message).toContain("Tổng hợp chỉ tiêu (2)");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("waits for the notice to be closed before completing", async () => {
    supported.add("DialogApi");
    const dialog = fakeDialog();
    displayDialogAsync.mockImplementation((_url, _options, callback) =>
      callback({ status: "succeeded", value: dialog }),
    );
    useHost(fakeHost({ workbook: vp }));
    const event = fakeEvent();
    const running = handler("validateActiveSheet")(event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(displayDialogAsync).toHaveBeenCalled();
    expect(event.completed).not.toHaveBeenCalled();
    dialog.handlers.get("dialogEventReceived")?.();
    await expect(running).resolves.toMatchObject({
      shown: true,
      report: { ok: true, title: "Không có lỗi" },
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("says so when the workbook holds no unit form", async () => {
    dialogsCloseAtOnce();
    const blank = {
      fileName: "Book1",
      sheets: [{ name: "Sheet1", visibility: "visible" as const, cells: {}, merges: [] }],
      names: [],
      tables: [],
    };
    const host = fakeHost({ workbook: blank });
    useHost(host);
    const validate = await handler("validateActiveSheet")(fakeEvent());
    expect(validate.report.title).toBe("Trang đang mở không phải biểu mẫu đơn vị");
    const consolidate = await handler("consolidateWorkbook")(fakeEvent());
    expect(consolidate.report.title).toBe("Không thấy biểu mẫu đơn vị nào");
    expect(host.argsOf("markFindings")).toEqual([]);
    expect(host.argsOf("writeSheets")).toEqual([]);
  });

  it("adds what this Excel could not do to the result", async () => {
    dialogsCloseAtOnce();
    const host = fakeHost({ workbook: ttr });
    setHostFactory((notice) => {
      const markFindings = host.markFindings;
      host.markFindings = async (findings) => {
        notice({ code: "mark-notes-skipped", count: findings.length, items: [] });
        return markFindings(findings);
      };
      return Promise.resolve(host);
    });
    const { report } = await handler("validateActiveSheet")(fakeEvent());
    expect(report.message).toMatch(
      /Phiên bản Excel này không thêm được ghi chú vào ô \(cần ExcelApi 1\.18\)/,
    );
  });

  it.each([
    [
      "the host throws",
      () => useHost(fakeHost({ failing: { readSnapshot: new Error("RichApi.Error: boom") } })),
    ],
    [
      "the Excel host cannot be loaded",
      () => setHostFactory(() => Promise.reject(new Error("Loading chunk 7 failed"))),
    ],
  ])("completes the event and explains what to do when %s", async (_what, breakIt) => {
    const shown = dialogsCloseAtOnce();
    // The unforeseen error's own text goes to the console, for whoever supports the Office.
    const consoleWarn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    breakIt();
    for (const [name, title] of [
      ["validateActiveSheet", "Không kiểm tra được"],
      ["consolidateWorkbook", "Không tổng hợp được"],
    ]) {
      const event = fakeEvent();
      const { report } = await handler(name)(event);
      expect(report).toMatchObject({ ok: false, title });
      expect(report.message).toMatch(/^Đã có lỗi không lường trước\. Hãy lưu sổ tính rồi bấm lại nút/);
      // The error's own words ("RichApi.Error: boom", "Loading chunk 7 failed") are not the clerk's.
      expect(report.message).not.toMatch(/RichApi|chunk/);
      expect(event.completed).toHaveBeenCalledTimes(1);
    }
    expect(shown.map((u) => u.searchParams.get("title"))).toEqual([
      "Không kiểm tra được",
      "Không tổng hợp được",
    ]);
    expect(consoleWarn).toHaveBeenCalledTimes(2);
    consoleWarn.mockRestore();
  });

  it("gives the host's own explanation of a failure it understands, Office's words only to the console", async () => {
    dialogsCloseAtOnce();
    const consoleWarn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const office = new Error("The operation failed because the document is locked.");
    const error = new HostError("settings-not-saved", {}, "settings not saved", { cause: office });
    useHost(fakeHost({ failing: { loadSettings: error } }));
    const { report } = await handler("consolidateWorkbook")(fakeEvent());
    expect(report.message).toBe("Không lưu được cài đặt vào sổ. Thử lưu sổ rồi làm lại.");
    expect(consoleWarn).toHaveBeenCalledWith("thidua:", error);
    consoleWarn.mockRestore();
  });

  it.each([
    ["there is no Dialog API", () => undefined],
    [
      "Office refuses the dialog",
      () => {
        supported.add("DialogApi");
        displayDialogAsync.mockImplementation((_url, _options, callback) =>
          callback({ status: "failed", value: fakeDialog() }),
        );
      },
    ],
    [
      "isSetSupported throws",
      () =>
        isSetSupported.mockImplementation(() => {
          throw new Error("requirements unavailable");
        }),
    ],
    [
      "displayDialogAsync throws",
      () => {
        supported.add("DialogApi");
        displayDialogAsync.mockImplementation(() => {
          throw new Error("dialog failed");
        });
      },
    ],
  ])("completes the event when %s", async (_what, breakOffice) => {
    breakOffice();
    useHost(fakeHost({ workbook: vp }));
    for (const name of ["validateActiveSheet", "consolidateWorkbook"]) {
      const event = fakeEvent();
      await expect(handler(name)(event)).resolves.toMatchObject({ shown: false });
      expect(event.completed).toHaveBeenCalledTimes(1);
    }
  });
});
