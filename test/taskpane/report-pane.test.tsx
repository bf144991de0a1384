/** @jest-environment jsdom */
import "./helpers/browser-globals";
import type { SheetPlan, WorkbookPlan } from "../../src/core/workbook-model/plan";
import { HostError } from "../../src/hosts/office/errors";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import { planToSnapshot } from "../helpers/plan-to-snapshot";
import {
  button,
  byLabel,
  chooseOption,
  cleanup,
  click,
  getByText,
  mountSettled,
  textOf,
  waitFor,
} from "./helpers/dom";
import { fakeHost, type FakeHost } from "./helpers/fake-host";
import { mergeUnitWorkbooks } from "./helpers/merge-units";
import { batch2024, planOf } from "./helpers/samples";

const EXCEL: HostInfo = { kind: "excel", displayLanguage: "vi-VN", theme: "light" };
const batch = batch2024();
const workbook = mergeUnitWorkbooks([
  planToSnapshot(planOf(batch, "VP")),
  planToSnapshot(planOf(batch, "TTr")),
  planToSnapshot(planOf(batch, "QLXD")),
]);

afterEach(cleanup);

async function render(host: FakeHost): Promise<HTMLElement> {
  const { container } = await mountSettled(<App host={EXCEL} workbook={host} initialTab="report" />);
  return container.querySelector<HTMLElement>("#panel-report") as HTMLElement;
}

const strings = (plan: SheetPlan): string[] =>
  plan.blocks.flatMap((b) => b.rows.flat()).filter((v): v is string => typeof v === "string");
const messageBar = (panel: HTMLElement): string =>
  textOf(panel.querySelector(".fui-MessageBarBody") as Element);

describe("Báo cáo pane", () => {
  it("inserts one section at the selected cell, from the unit sheets in the workbook", async () => {
    const host = fakeHost({ workbook });
    const panel = await render(host);
    chooseOption(byLabel<HTMLSelectElement>(panel, "Năm báo cáo"), "2024");
    const section = byLabel<HTMLSelectElement>(panel, "Phần báo cáo");
    expect([...section.options].map((o) => o.text)).toEqual([
      "Phần đầu (cơ quan, số, ngày)",
      "Tên báo cáo",
      "I. Công tác lãnh đạo, chỉ đạo, triển khai",
      "II. Kết quả thực hiện",
      "III. Đánh giá chung",
      "IV. Đề xuất khen thưởng",
      "V. Phương hướng, nhiệm vụ",
      "Nơi nhận và chữ ký",
    ]);
    chooseOption(section, "closing");
    click(button(panel, "Chèn vào ô đang chọn"));
    await waitFor(() => panel.querySelector(".fui-MessageBar") !== null, "the result");
    expect(messageBar(panel)).toBe("Đã chèn phần báo cáo vào ô đang chọn.");
    const [plan] = host.argsOf("insertAtSelection")[0] as [SheetPlan];
    expect(strings(plan)).toContain("Nơi nhận:");
    expect(strings(plan).join("\n")).not.toContain("BÁO CÁO");
  });

  it("writes the whole report as a sheet, numbered from the settings saved in the workbook", async () => {
    const host = fakeHost({ workbook, settings: { document_number: "125", signer_name: "Nguyễn Văn Bình" } });
    const panel = await render(host);
    chooseOption(byLabel<HTMLSelectElement>(panel, "Năm báo cáo"), "2024");
    click(button(panel, "Chèn cả báo cáo thành trang tính"));
    await waitFor(() => panel.querySelector(".fui-MessageBar") !== null, "the result");
    expect(messageBar(panel)).toBe("Đã ghi báo cáo vào trang: Báo cáo.");
    const [plan] = host.argsOf("writeSheets")[0] as [WorkbookPlan];
    expect(plan.sheets.map((s) => s.name)).toEqual(["Báo cáo"]);
    const text = strings(plan.sheets[0]).join("\n");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Số: 125/BC-SXD");
    expect(text).toContain("Nguyễn Văn Bình");
    expect(text).toContain("năm 2024");
  });

  it("downloads the report as a Word document named by its kind and year, numbered from the saved settings", async () => {
    const blobs: Blob[] = [];
    const create = jest.fn((blob: Blob) => (blobs.push(blob), "blob:report"));
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const host = fakeHost({ workbook, settings: { document_number: "125" } });
    const panel = await render(host);
    chooseOption(byLabel<HTMLSelectElement>(panel, "Năm báo cáo"), "2024");
    click(button(panel, "Tải xuống bản Word (bao-cao-nam-2024.docx)"));
    await waitFor(() => panel.querySelector(".fui-MessageBar") !== null, "the result");
    expect(messageBar(panel)).toBe("Đã tải bản Word: bao-cao-nam-2024.docx");
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const { unzipSync, strFromU8 } = await import("fflate");
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0]);
    });
    const doc = strFromU8(unzipSync(bytes)["word/document.xml"]);
    expect(doc).toContain("Số: 125/BC-SXD");
    expect(doc).toContain("<w:titlePg/>");
    expect(host.argsOf("writeSheets")).toHaveLength(0);
  });

  it("covers the interim and final periods without asking for a year", async () => {
    const panel = await render(fakeHost({ workbook }));
    click(getByText(panel, "label", "Sơ kết"));
    expect(panel.textContent).toContain("Giai đoạn 2021–2023");
    expect(() => byLabel(panel, "Năm báo cáo")).toThrow();
    click(getByText(panel, "label", "Tổng kết"));
    expect(panel.textContent).toContain("Giai đoạn 2021–2025");
  });

  it("gives the host's explanation when the selection has data below it", async () => {
    const error = new HostError("target-not-empty", { range: "B5:H40" }, "not empty");
    const panel = await render(fakeHost({ workbook, failing: { insertAtSelection: error } }));
    click(button(panel, "Chèn vào ô đang chọn"));
    await waitFor(() => panel.querySelector(".fui-MessageBar") !== null, "the message");
    expect(messageBar(panel)).toMatch(
      /^Không chèn được phần báo cáo\. Vùng B5:H40 đã có dữ liệu; để không ghi đè, hãy chọn một ô mà bên dưới và bên phải còn trống\./,
    );
  });
});
