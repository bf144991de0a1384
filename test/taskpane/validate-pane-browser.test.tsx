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

const ttr = planToSnapshot(planOf(batch2024(), "TTr"), "TTr-2024.xlsx");

afterEach(cleanup);

/** The page's host with a reader that knows one workbook by name, and anything else is corrupt. */
function browserHost() {
  const xlsx = {
    readWorkbook: (_bytes: Uint8Array, name: string) =>
      name === ttr.fileName
        ? Promise.resolve(ttr)
        : Promise.reject(new WorkbookReadError("corrupt", name, "bad", "bad")),
    writeWorkbook: () => Promise.resolve(new Uint8Array()),
    WorkbookReadError,
  } as unknown as XlsxModule;
  return createBrowserHost({
    storage: null,
    download: () => undefined,
    loadXlsx: () => Promise.resolve(xlsx),
  });
}

describe("Kiểm tra pane outside Excel", () => {
  it("checks the picked unit workbook and lists its findings, with no marking and no cell to select", async () => {
    const host = browserHost();
    const { container } = await mountSettled(<App host={BROWSER_HOST} workbook={host} />);
    const panel = container.querySelector<HTMLElement>("#panel-validate");
    if (!panel) throw new Error("no validate panel");
    expect(queryByText(panel, "button", "Đánh dấu trên trang tính")).toBeUndefined();
    expect(queryByText(panel, "button", "Xóa đánh dấu")).toBeUndefined();

    const input = panel.querySelector<HTMLInputElement>("input[type=file]");
    if (!input) throw new Error("no file input");
    pickFiles(input, [new File(["x"], "TTr-2024.xlsx"), new File(["y"], "hong.xlsx")]);
    const status = () => textOf(panel.querySelector('[role="status"]') as Element);
    await waitFor(() => status().startsWith("Đã kiểm tra"), "the check to finish");

    expect(host.getState().files.map((f) => f.name)).toEqual(["TTr-2024.xlsx", "hong.xlsx"]);
    const opened = [...panel.querySelectorAll('ul[aria-label="Các tệp đã mở"] li')].map(textOf);
    expect(opened).toEqual(["TTr-2024.xlsx", "hong.xlsx (không đọc được)"]);
    const findings = panel.querySelector('ul[aria-label="Kết quả kiểm tra"]');
    expect(findings?.querySelectorAll("li").length).toBeGreaterThan(1);
    expect(findings?.querySelectorAll("button").length).toBe(0);
    expect(textOf(findings as Element)).toContain("hong.xlsx");
    expect(status()).toMatch(/^Đã kiểm tra 2 biểu mẫu: [1-9]/);
  });

  it("says in the host's words that no file is open when Kiểm tra runs before any file is picked", async () => {
    const { container } = await mountSettled(<App host={BROWSER_HOST} workbook={browserHost()} />);
    const panel = container.querySelector<HTMLElement>("#panel-validate") as HTMLElement;
    click(button(panel, "Kiểm tra"));
    await waitFor(() => panel.querySelector(".fui-MessageBar") !== null, "the message bar");
    expect(textOf(panel.querySelector(".fui-MessageBar") as Element)).toContain("Chưa mở tệp .xlsx nào.");
  });
});
