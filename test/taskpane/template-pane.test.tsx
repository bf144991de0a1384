/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { CRITERIA_SHEETS } from "../../src/core/criteria/workbook";
import type { WorkbookPlan } from "../../src/core/workbook-model/plan";
import { readWorkbook } from "../../src/hosts/xlsx";
import { makeT } from "../../src/i18n/ui-text";
import { capabilitiesOf } from "../../src/taskpane/workbook/capabilities";
import { TemplatePane } from "../../src/taskpane/template/TemplatePane";
import { button, byLabel, chooseOption, cleanup, click, mountSettled, textOf, waitFor } from "./helpers/dom";
import { fakeHost, type FakeHost } from "./helpers/fake-host";

afterEach(cleanup);

async function render(host: FakeHost, download = jest.fn()): Promise<HTMLElement> {
  const { container } = await mountSettled(
    <FluentProvider theme={webLightTheme}>
      <TemplatePane
        host={host}
        can={capabilitiesOf(host)}
        campaign={DEFAULT_CAMPAIGN}
        lang="vi"
        t={makeT("vi")}
        hidden={false}
        download={download}
      />
    </FluentProvider>,
  );
  return container;
}

const message = (root: HTMLElement): string => textOf(root.querySelector(".fui-MessageBarBody") as Element);

describe("Biểu mẫu pane", () => {
  it("opens the standard template, filled in for a unit and year, as a new workbook", async () => {
    const host = fakeHost();
    const pane = await render(host);
    chooseOption(byLabel<HTMLSelectElement>(pane, "Đơn vị (không bắt buộc)"), "VP");
    chooseOption(byLabel<HTMLSelectElement>(pane, "Năm báo cáo (không bắt buộc)"), "2024");
    click(button(pane, "Tạo biểu mẫu"));
    await waitFor(() => pane.querySelector(".fui-MessageBarBody") !== null, "the result");
    expect(message(pane)).toBe("Đã mở biểu mẫu trong một sổ tính mới. Hãy lưu sổ đó rồi gửi cho đơn vị.");
    const [bytes] = host.argsOf("openAsNewWorkbook")[0] as [Uint8Array];
    const snapshot = await readWorkbook(bytes, "template.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toContain("Biểu mẫu");
    const meta = snapshot.sheets.find((s) => s.name === "_thidua");
    expect(Object.values(meta?.cells ?? {}).map((c) => c.value)).toEqual(
      expect.arrayContaining(["VP", "2024"]),
    );
  });

  it("offers the template as a download where Excel cannot open a new workbook", async () => {
    const download = jest.fn();
    const pane = await render(fakeHost({ openResult: "unsupported" }), download);
    click(button(pane, "Tạo biểu mẫu"));
    await waitFor(() => download.mock.calls.length === 1, "the download");
    const [bytes, name] = download.mock.calls[0] as [Uint8Array, string];
    expect(name).toBe("bieu-mau.xlsx");
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    await waitFor(() => pane.querySelector(".fui-MessageBarBody") !== null, "the message");
    expect(message(pane)).toBe(
      "Đã tải xuống bieu-mau.xlsx. Tệp nằm trong thư mục Tải xuống của trình duyệt.",
    );
  });

  it("writes or refreshes the criteria sheets in this workbook, asking before it replaces them", async () => {
    const host = fakeHost({ existingSheets: [CRITERIA_SHEETS.fields] });
    const pane = await render(host);
    click(button(pane, "Ghi hoặc cập nhật các trang tiêu chí"));
    await waitFor(() => document.querySelector('[role="alertdialog"]') !== null, "the dialog");
    click(button(document.querySelector('[role="alertdialog"]') as HTMLElement, "Thay thế"));
    await waitFor(() => pane.querySelector(".fui-MessageBarBody") !== null, "the result");
    const [plan] = host.argsOf("writeSheets")[0] as [WorkbookPlan];
    expect(plan.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(Object.values(CRITERIA_SHEETS)));
    expect(host.replaceAnswers).toEqual([true]);
    expect(message(pane)).toMatch(/^Đã ghi bộ tiêu chí vào các trang: Trường, /);
  });
});
