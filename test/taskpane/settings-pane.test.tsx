/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import { planToSnapshot } from "../helpers/plan-to-snapshot";
import {
  button,
  byLabel,
  cleanup,
  click,
  getByText,
  mountSettled,
  textOf,
  typeInto,
  waitFor,
} from "./helpers/dom";
import { fakeHost } from "./helpers/fake-host";
import { batch2024, planOf } from "./helpers/samples";

const EXCEL: HostInfo = { kind: "excel", displayLanguage: "vi-VN", theme: "light" };

afterEach(cleanup);

describe("Cài đặt pane", () => {
  it("shows the settings stored in the workbook and saves changes back to it", async () => {
    const workbook = planToSnapshot(planOf(batch2024(), "VP"), "So.xlsx");
    const host = fakeHost({
      workbook,
      settings: { signer_name: "Trần Văn An", roster_not_expected: "BQLDA" },
    });
    const { container } = await mountSettled(<App host={EXCEL} workbook={host} initialTab="settings" />);
    const panel = container.querySelector<HTMLElement>("#panel-settings") as HTMLElement;
    expect(byLabel<HTMLInputElement>(panel, "Họ và tên").value).toBe("Trần Văn An");
    expect(byLabel<HTMLInputElement>(panel, "Tên cơ quan").value).toBe("SỞ XÂY DỰNG");
    expect(byLabel<HTMLInputElement>(panel, "Ban Quản lý dự án (BQLDA)").checked).toBe(false);
    expect(panel.textContent).toContain("9/10 đơn vị phải nộp báo cáo.");
    expect(button(panel, "Lưu vào sổ tính").disabled).toBe(true);

    typeInto(byLabel<HTMLInputElement>(panel, "Số văn bản"), "125");
    click(byLabel(panel, "Trung tâm Quy hoạch xây dựng (TTQH)"));
    expect(panel.textContent).toContain("8/10 đơn vị phải nộp báo cáo.");
    click(button(panel, "Lưu vào sổ tính"));
    await waitFor(
      () => host.argsOf("saveSettings").length === 1 && panel.querySelector(".fui-MessageBarBody") !== null,
      "the save",
    );
    expect(host.stored).toMatchObject({
      signer_name: "Trần Văn An",
      document_number: "125",
      roster_not_expected: "BQLDA,TTQH",
    });
    expect(textOf(panel.querySelector(".fui-MessageBarBody") as Element)).toMatch(
      /^Đã lưu cài đặt vào sổ tính\./,
    );

    // Every pane now works with the saved roster: 8 units are expected.
    click(getByText(container, '[role="tab"]', "Tổng hợp", true));
    const consolidate = (): HTMLElement =>
      container.querySelector<HTMLElement>("#panel-consolidate") as HTMLElement;
    await waitFor(() => consolidate().querySelector("button") !== null, "the pane's code");
    click(button(consolidate(), "Dùng các trang tính đơn vị trong sổ này"));
    // The status board counts from the start (0/8); the sheets read, one unit of the eight has reported.
    const received = (): string =>
      textOf(consolidate().querySelector("dl dd") ?? document.createElement("dd"));
    await waitFor(() => received() !== "0/8" && received() !== "", "the summary");
    expect(received()).toBe("1/8");
  });

  it("falls back to the defaults, and says so, when the workbook's settings cannot be read", async () => {
    // The error's own text goes to the console, not to the clerk.
    const consoleWarn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const host = fakeHost({ failing: { loadSettings: new Error("Document settings unavailable") } });
    const { container } = await mountSettled(<App host={EXCEL} workbook={host} initialTab="settings" />);
    const panel = container.querySelector<HTMLElement>("#panel-settings") as HTMLElement;
    expect(textOf(panel.querySelector(".fui-MessageBarBody") as Element)).toMatch(
      /^Không đọc được cài đặt của sổ tính; đang dùng cài đặt mặc định\. Đã có lỗi không lường trước\./,
    );
    expect(byLabel<HTMLInputElement>(panel, "Thẩm quyền ký (ví dụ KT. GIÁM ĐỐC)").value).toBe("KT. GIÁM ĐỐC");
    expect(consoleWarn).toHaveBeenCalledWith(
      "thidua:",
      expect.objectContaining({ message: "Document settings unavailable" }),
    );
    consoleWarn.mockRestore();
  });
});
