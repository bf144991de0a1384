/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { createBrowserHost } from "../../src/hosts/browser";
import type { XlsxModule } from "../../src/hosts/browser/xlsx-module";
import { WorkbookReadError } from "../../src/hosts/xlsx";
import { App } from "../../src/taskpane/App";
import { BROWSER_HOST } from "../../src/taskpane/host";
import { planToSnapshot } from "../helpers/plan-to-snapshot";
import { button, cleanup, click, mountSettled, pickFiles, queryByText, textOf, waitFor } from "./helpers/dom";
import { batch2024, planOf } from "./helpers/samples";

const batch = batch2024();
/** Thanh tra's workbook has the typical mistakes; Văn phòng's is right. */
const faulty = planToSnapshot(planOf(batch, "TTr"), "TTr-2024.xlsx");
const fixed = planToSnapshot(planOf(batch, "VP"), "VP-2024.xlsx");

afterEach(cleanup);

/** The page's host with a reader that knows a workbook by the file's text; anything else is corrupt. */
function browserHost() {
  const xlsx = {
    readWorkbook: (bytes: Uint8Array, name: string) => {
      const text = new TextDecoder().decode(bytes);
      if (text === "faulty") return Promise.resolve({ ...faulty, fileName: name });
      if (text === "fixed") return Promise.resolve({ ...fixed, fileName: name });
      return Promise.reject(new WorkbookReadError("corrupt", name, "end of central directory not found"));
    },
    writeWorkbook: () => Promise.resolve(new Uint8Array()),
    WorkbookReadError,
  } as unknown as XlsxModule;
  return createBrowserHost({
    storage: null,
    download: () => undefined,
    loadXlsx: () => Promise.resolve(xlsx),
  });
}

/** A picked file whose content on disk changes: read again, it gives `next`, or fails as Chromium does. */
function changingFile(name: string, first: string, next: string | "unreadable"): File {
  const file = new File([first], name);
  let reads = 0;
  Object.defineProperty(file, "arrayBuffer", {
    value: () => {
      reads += 1;
      if (reads === 1) return new Blob([first]).arrayBuffer();
      if (next === "unreadable")
        return Promise.reject(new DOMException("The requested file could not be read", "NotReadableError"));
      return new Blob([next]).arrayBuffer();
    },
  });
  return file;
}

async function open() {
  const host = browserHost();
  const { container } = await mountSettled(<App host={BROWSER_HOST} workbook={host} />);
  const panel = container.querySelector<HTMLElement>("#panel-validate");
  if (!panel) throw new Error("no validate panel");
  const input = panel.querySelector<HTMLInputElement>("input[type=file]");
  if (!input) throw new Error("no file input");
  const status = () => textOf(panel.querySelector('[role="status"]') as Element);
  const region = () => panel.querySelector('[role="region"][aria-label="Kết luận kiểm tra"]') as HTMLElement;
  const rows = () => [...region().querySelectorAll('ul[aria-label="Các tệp đã mở"] > li')].map(textOf);
  /** Picks files and waits for the check they start to end. */
  const pick = async (files: File[], target = input) => {
    const before = status();
    pickFiles(target, files);
    await waitFor(() => status() !== before && status().startsWith("Đã kiểm tra"), "the check to finish");
  };
  return { host, panel, input, status, region, rows, pick };
}

describe("Kiểm tra pane outside Excel", () => {
  it("gives each file its verdict, counts forms apart from unreadable files, skips companion files", async () => {
    const { host, panel, status, region, rows, pick } = await open();
    expect(queryByText(panel, "button", "Đánh dấu trên trang tính")).toBeUndefined();
    await pick([
      new File(["faulty"], "TTr-2024.xlsx"),
      new File(["x"], "hong.xlsx"),
      new File(["y"], "~$TTr-2024.xlsx"),
      new File(["z"], "._TTr-2024.xlsx"),
    ]);

    expect(host.getState().files.map((f) => f.name)).toEqual(["TTr-2024.xlsx", "hong.xlsx"]);
    expect(status()).toBe(
      "Đã kiểm tra 1 biểu mẫu: 1 cần sửa trước khi gửi, 0 có thể gửi. 1 tệp không đọc được.",
    );
    const [ttr, broken] = rows();
    expect(ttr).toMatch(/^TTr-2024\.xlsxThanh tra Sở[1-9]\d* lỗi cần sửa trước khi gửi/);
    expect(broken).toContain("Không đọc được tệp, chưa kiểm tra được");
    expect(broken).toContain("Tệp bị hỏng, không đọc được. Hãy mở bằng Excel");
    expect(textOf(panel)).not.toContain("central directory");
    expect(rows()).toHaveLength(2);
    expect([...panel.querySelectorAll('[role="note"]')].map(textOf)).toEqual([
      "Đã bỏ qua ~$TTr-2024.xlsx: tệp khóa tạm của Excel (tên bắt đầu bằng ~$), không phải báo cáo.",
      "Đã bỏ qua ._TTr-2024.xlsx: tệp phụ macOS tạo ra khi chép hay nén tệp (tên bắt đầu bằng ._), không phải báo cáo.",
    ]);
    expect(document.activeElement).toBe(region());
    const findings = panel.querySelector('ul[aria-label="Kết quả kiểm tra"]');
    expect(findings?.querySelectorAll("button").length).toBe(0);
  });

  it("replaces the row of a file opened again under the same name, with the new file's verdict", async () => {
    const { host, rows, pick, status } = await open();
    await pick([new File(["faulty"], "don-vi.xlsx")]);
    expect(rows()[0]).toContain("lỗi cần sửa trước khi gửi");
    await pick([new File(["fixed"], "don-vi.xlsx")]);
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toContain("Hợp lệ — có thể gửi");
    expect(status()).toBe("Đã kiểm tra 1 biểu mẫu: 0 cần sửa trước khi gửi, 1 có thể gửi.");
    expect(host.getState().files.map((f) => f.name)).toEqual(["don-vi.xlsx"]);
  });

  it("reads the file again on “Kiểm tra lại”: the fixed content gives the new verdict", async () => {
    const { panel, rows, pick, status } = await open();
    await pick([changingFile("don-vi.xlsx", "faulty", "fixed")]);
    expect(rows()[0]).toContain("lỗi cần sửa trước khi gửi");
    const again = button(panel, "Kiểm tra lại");
    click(again);
    await waitFor(() => rows()[0]?.includes("Hợp lệ — có thể gửi") === true, "the new verdict");
    expect(status()).toBe("Đã kiểm tra 1 biểu mẫu: 0 cần sửa trước khi gửi, 1 có thể gửi.");
  });

  it("asks to open the file again when the browser will not read the changed file, and checks the new one", async () => {
    const { host, panel, rows, pick, status, region } = await open();
    await pick([changingFile("don-vi.xlsx", "faulty", "unreadable")]);
    click(button(panel, "Kiểm tra lại"));
    await waitFor(() => status().includes("1 tệp cần mở lại."), "the changed file");
    expect(rows()[0]).toContain("Tệp đã thay đổi trên máy sau khi mở, trình duyệt không đọc lại được");
    expect(rows()[0]).toContain("Bấm “Mở lại tệp” và chọn lại tệp này");
    expect(textOf(panel)).not.toContain("NotReadableError");
    expect(host.getState().files).toEqual([]);
    const reopen = region().querySelector<HTMLInputElement>(
      'input[type=file][aria-label="Mở lại tệp don-vi.xlsx"]',
    );
    if (!reopen) throw new Error("no Mở lại tệp");
    expect(button(region(), "Mở lại tệp")).toBeDefined();
    await pick([new File(["fixed"], "don-vi.xlsx")], reopen);
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toContain("Hợp lệ — có thể gửi");
    expect(host.getState().files.map((f) => f.name)).toEqual(["don-vi.xlsx"]);
  });

  it("reads a file picked with a handle (Chrome, Edge) as it is on disk now: fixed, “Kiểm tra lại” says “có thể gửi”", async () => {
    let onDisk = "faulty";
    const handle = { getFile: () => Promise.resolve(new File([onDisk], "TTr-2024.xlsx")) };
    const picker = jest.fn(() => Promise.resolve([handle]));
    Object.defineProperty(window, "showOpenFilePicker", { value: picker, configurable: true });
    try {
      const { panel, rows, status } = await open();
      click(button(panel, "Chọn tệp…"));
      await waitFor(() => status().startsWith("Đã kiểm tra"), "the first check");
      expect(rows()[0]).toContain("lỗi cần sửa trước khi gửi");
      onDisk = "fixed";
      click(button(panel, "Kiểm tra lại"));
      await waitFor(() => rows()[0]?.includes("Hợp lệ — có thể gửi") === true, "the new verdict");
      expect(rows()).toHaveLength(1);
      expect(picker).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(window, "showOpenFilePicker");
    }
  });

  it("falls back to the page's file input where the picker is not allowed (a cross-origin frame)", async () => {
    const picker = jest.fn(() =>
      Promise.reject(new DOMException("Cross origin sub frames", "SecurityError")),
    );
    Object.defineProperty(window, "showOpenFilePicker", { value: picker, configurable: true });
    try {
      const { panel, input } = await open();
      const clicked = jest.spyOn(input, "click").mockImplementation(() => undefined);
      click(button(panel, "Chọn tệp…"));
      await waitFor(() => clicked.mock.calls.length === 1, "the file input to be opened");
    } finally {
      Reflect.deleteProperty(window, "showOpenFilePicker");
    }
  });

  it("removes one file: its row, its findings and the host's copy go", async () => {
    const { host, panel, rows, pick, status } = await open();
    await pick([new File(["faulty"], "TTr-2024.xlsx"), new File(["fixed"], "VP-2024.xlsx")]);
    expect(status()).toBe("Đã kiểm tra 2 biểu mẫu: 1 cần sửa trước khi gửi, 1 có thể gửi.");
    click(button(panel, "Bỏ tệp"));
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toContain("VP-2024.xlsx");
    expect(status()).toBe("Đã kiểm tra 1 biểu mẫu: 0 cần sửa trước khi gửi, 1 có thể gửi.");
    expect(host.getState().files.map((f) => f.name)).toEqual(["VP-2024.xlsx"]);
    expect(textOf(panel)).not.toContain("Thanh tra Sở");
  });

  it("says in the host's words that no file is open when Kiểm tra runs before any file is picked", async () => {
    const { panel } = await open();
    click(button(panel, "Kiểm tra"));
    await waitFor(() => panel.querySelector(".fui-MessageBar") !== null, "the message bar");
    expect(textOf(panel.querySelector(".fui-MessageBar") as Element)).toContain("Chưa mở tệp .xlsx nào.");
  });
});
